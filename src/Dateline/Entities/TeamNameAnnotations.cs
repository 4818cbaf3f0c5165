using System.Globalization;
using Dateline.Language;

namespace Dateline.Entities;

/// <summary>
/// The team's own name labels over openly licensed text read from ../shared at training time (data/ner/README.md): UD
/// English-EWT train (data/ner/ewt-train-names.tsv: Universal NER v1 conventions, PER, ORG, LOC, no MISC) and the
/// ECB+ training topics' news articles (data/ner/ecb-train-names.tsv: CoNLL-2003 conventions, with MISC). The files
/// hold no text, only sentence ids and word spans. Format: "= DOCUMENT-ID" opens a document; then one line per
/// sentence, "NNNN&lt;TAB&gt;SPANS" where the sentence id is DOCUMENT-ID-NNNN and SPANS is "-" (no name) or
/// "FIRST-LAST:TYPE" / "WORD:TYPE" items (1-based word ids, multiword tokens not counted) separated by spaces.
/// </summary>
public static class TeamNameAnnotations
{
    /// <summary>The training parts' names (for --exclude and --repeat).</summary>
    public const string PartName = "ewt-team";

    public const string NewsPartName = "ecb-team";

    /// <summary>The annotation files, relative to the repository root (where `dateline train ner` runs).</summary>
    public const string DefaultPath = "data/ner/ewt-train-names.tsv";

    public const string NewsDefaultPath = "data/ner/ecb-train-names.tsv";

    public const string Licence = "labels written by the Dateline team; text UD English-EWT train, CC BY-SA 4.0";

    public const string NewsLicence = "labels written by the Dateline team; text ECB+ training topics, CC BY 3.0 (texts not copyrighted)";

    private static readonly HashSet<string> Types = new(StringComparer.Ordinal) { "PER", "ORG", "LOC", "MISC" };

    /// <summary>Sentence id to its names, in file order; a malformed line throws <see cref="FormatException"/> naming the file and line.</summary>
    public static Dictionary<string, List<BioSpan>> Read(string path)
    {
        var labels = new Dictionary<string, List<BioSpan>>(StringComparer.Ordinal);
        string? document = null;
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            if (line.StartsWith("= ", StringComparison.Ordinal))
            {
                document = line[2..].Trim();
                continue;
            }
            var cells = line.Split('\t');
            if (document is null || cells.Length != 2)
                throw new FormatException($"{path}:{number}: expected '= DOCUMENT' before 'NNNN<TAB>SPANS' lines.");
            var id = $"{document}-{cells[0]}";
            var spans = new List<BioSpan>();
            if (cells[1] != "-")
                foreach (var item in cells[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    spans.Add(ParseSpan(item) ?? throw new FormatException($"{path}:{number}: '{item}' is not FIRST-LAST:TYPE with TYPE one of PER, ORG, LOC, MISC."));
            spans.Sort((a, b) => a.Start.CompareTo(b.Start));
            for (var i = 1; i < spans.Count; i++)
                if (spans[i].Start < spans[i - 1].End)
                    throw new FormatException($"{path}:{number}: names overlap.");
            if (!labels.TryAdd(id, spans))
                throw new FormatException($"{path}:{number}: sentence {id} listed twice.");
        }
        return labels;
    }

    /// <summary>"3-5:ORG" or "7:PER" as a span over 0-based word indices [Start, End).</summary>
    private static BioSpan? ParseSpan(string item)
    {
        var colon = item.LastIndexOf(':');
        if (colon <= 0 || !Types.Contains(item[(colon + 1)..]))
            return null;
        var range = item[..colon].Split('-');
        if (range.Length > 2 || !int.TryParse(range[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first) || first < 1)
            return null;
        var last = first;
        if (range.Length == 2 && (!int.TryParse(range[1], NumberStyles.None, CultureInfo.InvariantCulture, out last) || last < first))
            return null;
        return new BioSpan(first - 1, last, item[(colon + 1)..]);
    }

    /// <summary>
    /// The labelled sentences of <paramref name="treebank"/> (UD English-EWT train), one document number per treebank
    /// document; documents not wholly labelled are left out. A span past its sentence's end throws, naming the sentence.
    /// </summary>
    public static List<NerSentence> Sentences(IEnumerable<ConlluSentence> treebank, Dictionary<string, List<BioSpan>> labels, string path)
    {
        var documents = new List<List<(string? Id, string[] Words)>>();
        foreach (var s in treebank)
        {
            if (s.NewDocument || documents.Count == 0)
                documents.Add([]);
            documents[^1].Add((s.Id, s.Words.Select(w => w.Form).ToArray()));
        }
        // No MISC labels: a capitalised word outside the names may be MISC (as UNER's own part).
        return Join(documents, labels, path, 2_000_000, partialMisc: true);
    }

    /// <summary>
    /// The labelled sentences of the ECB+ articles the labels name ("= TOPIC/FILE.xml"), read from <paramref name="ecbFolder"/>
    /// (../shared/datasets/ecbplus/ECB+) with the same tokens and sentence numbers the labels were written on.
    /// </summary>
    public static List<NerSentence> NewsSentences(string ecbFolder, Dictionary<string, List<BioSpan>> labels, string path)
    {
        var documents = new List<List<(string? Id, string[] Words)>>();
        foreach (var article in labels.Keys.GroupBy(k => k[..k.LastIndexOf('-')], StringComparer.Ordinal))
        {
            var file = Path.Combine(ecbFolder, article.Key);
            if (!File.Exists(file))
                throw new FormatException($"{path}: no article '{article.Key}' under {ecbFolder}.");
            var sentences = NerTrainingData.EcbSentences(file).Select(x => ((string?)$"{article.Key}-{x.Number}", x.Words))
                .Where(x => labels.ContainsKey(x.Item1!)).ToList();
            if (article.FirstOrDefault(id => !sentences.Any(x => x.Item1 == id)) is { } stray)
                throw new FormatException($"{path}: sentence {stray} is not in the article.");
            documents.Add(sentences);
        }
        return Join(documents, labels, path, 3_000_000, partialMisc: false);
    }

    private static List<NerSentence> Join(List<List<(string? Id, string[] Words)>> documents, Dictionary<string, List<BioSpan>> labels, string path, int firstDocument, bool partialMisc)
    {
        var result = new List<NerSentence>();
        for (var d = 0; d < documents.Count; d++)
        {
            if (documents[d].Any(x => x.Id is null || !labels.ContainsKey(x.Id)))
                continue;
            foreach (var (id, words) in documents[d])
            {
                var names = labels[id!];
                if (names.Any(n => n.End > words.Length))
                    throw new FormatException($"{path}: a name in sentence {id} runs past its {words.Length} words.");
                result.Add(new NerSentence(words, BioTags.FromSpans(names, words.Length), partialMisc) { Document = firstDocument + d });
            }
        }
        return result;
    }
}
