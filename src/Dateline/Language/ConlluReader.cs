using System.Collections.Immutable;

namespace Dateline.Language;

/// <summary>
/// Reads CoNLL-U (universaldependencies.org/format.html). Multiword-token lines ("1-2") become
/// surface tokens; empty nodes ("8.1") are skipped, as the CoNLL 2018 scorer does for basic trees.
/// </summary>
public static class ConlluReader
{
    /// <summary>All sentences of every .conllu file at <paramref name="path"/> (a file or a folder, files in ordinal order).</summary>
    public static List<ConlluSentence> ReadPath(string path)
    {
        var files = Directory.Exists(path)
            ? Directory.GetFiles(path, "*.conllu", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToList()
            : [path];
        var all = new List<ConlluSentence>();
        foreach (var file in files)
        {
            using var reader = new StreamReader(file);
            all.AddRange(Read(reader));
        }
        return all;
    }

    public static IEnumerable<ConlluSentence> Read(TextReader reader)
    {
        var words = ImmutableArray.CreateBuilder<ConlluWord>();
        var surface = ImmutableArray.CreateBuilder<ConlluToken>();
        string? id = null, text = null;
        bool newDoc = false, newPar = false;
        int mwtEnd = 0;
        string? line;
        while (true)
        {
            line = reader.ReadLine();
            if (line is null || line.Length == 0)
            {
                if (words.Count > 0)
                {
                    yield return new ConlluSentence(id, text, newDoc, newPar, words.ToImmutable(), surface.ToImmutable());
                    words.Clear(); surface.Clear();
                    id = text = null; newDoc = newPar = false; mwtEnd = 0;
                }
                if (line is null) yield break;
                continue;
            }
            if (line[0] == '#')
            {
                if (line.StartsWith("# sent_id = ", StringComparison.Ordinal)) id = line[12..];
                else if (line.StartsWith("# text = ", StringComparison.Ordinal)) text = line[9..];
                else if (line.StartsWith("# newdoc", StringComparison.Ordinal)) { newDoc = true; newPar = true; }
                else if (line.StartsWith("# newpar", StringComparison.Ordinal)) newPar = true;
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length < 10) continue;
            bool spaceAfter = !cols[9].Contains("SpaceAfter=No", StringComparison.Ordinal);
            int dash = cols[0].IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                int first = int.Parse(cols[0].AsSpan(0, dash), System.Globalization.CultureInfo.InvariantCulture);
                int last = int.Parse(cols[0].AsSpan(dash + 1), System.Globalization.CultureInfo.InvariantCulture);
                surface.Add(new ConlluToken(cols[1], first, last, spaceAfter));
                mwtEnd = last;
                continue;
            }
            if (cols[0].Contains('.', StringComparison.Ordinal)) continue;
            int wid = int.Parse(cols[0], System.Globalization.CultureInfo.InvariantCulture);
            int head = cols[6] == "_" ? 0 : int.Parse(cols[6], System.Globalization.CultureInfo.InvariantCulture);
            words.Add(new ConlluWord(wid, cols[1], cols[2], cols[3], cols[4], head, cols[7], spaceAfter) { Misc = cols[9] });
            if (wid > mwtEnd) surface.Add(new ConlluToken(cols[1], wid, wid, spaceAfter));
        }
    }
}
