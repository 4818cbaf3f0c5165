using System.Text.RegularExpressions;

namespace Dateline.Language;

/// <summary>
/// Openly licensed text, read without its labels, for learning word classes: the ECB+ news articles
/// (topics 1-35; CC BY 3.0, texts not copyrighted), wikigold (CC BY 4.0), the Broad Twitter Corpus
/// (CC BY 4.0) and WNUT-17 train + dev (CC BY 4.0), all from the data-sets folder, plus the training
/// sentences given. Never the EWT or GUM dev splits (the parser is scored on them), CoNLL-2003 or the
/// BBC articles. Files are read in ordinal path order so the text, and the classes, are deterministic.
/// </summary>
public static partial class UnlabelledText
{
    public const string DefaultDatasets = "../shared/datasets";

    public static IEnumerable<IReadOnlyList<string>> Read(string datasets, IEnumerable<ConlluSentence> training)
    {
        foreach (var s in training)
            yield return s.Words.Select(w => w.Form).ToArray();
        var ecb = Path.Combine(datasets, "ecbplus", "ECB+");
        if (Directory.Exists(ecb))
        {
            foreach (var file in Directory.EnumerateFiles(ecb, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var sentence = new List<string>();
                var current = "";
                foreach (Match m in EcbToken().Matches(File.ReadAllText(file)))
                {
                    if (m.Groups[1].Value != current && sentence.Count > 0)
                    {
                        yield return sentence.ToArray();
                        sentence.Clear();
                    }
                    current = m.Groups[1].Value;
                    sentence.Add(System.Net.WebUtility.HtmlDecode(m.Groups[2].Value));
                }
                if (sentence.Count > 0) yield return sentence.ToArray();
            }
        }
        var columns = new[]
        {
            Path.Combine(datasets, "wikigold", "wikigold.conll.txt"),
            Path.Combine(datasets, "wnut17", "wnut17train.conll"),
            Path.Combine(datasets, "wnut17", "emerging.dev.conll"),
        }.Concat(Directory.Exists(Path.Combine(datasets, "btc"))
            ? Directory.EnumerateFiles(Path.Combine(datasets, "btc"), "*.conll").Order(StringComparer.Ordinal)
            : []);
        foreach (var file in columns.Where(File.Exists))
        {
            var sentence = new List<string>();
            foreach (var line in File.ReadLines(file))
            {
                var cell = line.Split('\t', ' ')[0];
                if (cell.Length == 0 || cell == "-DOCSTART-")
                {
                    if (sentence.Count > 0) { yield return sentence.ToArray(); sentence.Clear(); }
                    continue;
                }
                sentence.Add(cell);
            }
            if (sentence.Count > 0) yield return sentence.ToArray();
        }
    }

    [GeneratedRegex("<token [^>]*sentence=\"(\\d+)\"[^>]*>([^<]*)</token>")]
    private static partial Regex EcbToken();
}
