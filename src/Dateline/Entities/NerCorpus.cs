using System.Globalization;
using Dateline.Knowledge;

namespace Dateline.Entities;

/// <summary>
/// Readers for the NER data sets: CoNLL-style column files (CoNLL-2003, wikigold, BTC, WNUT-17,
/// UNER) and GUM's CoNLL-U entity annotation. Tags come back as IOB2 over PER/ORG/LOC/MISC, and
/// each file reports the entity types its gold annotation uses (UNER and BTC have no MISC).
/// </summary>
public static class NerCorpus
{
    public sealed record Corpus(IReadOnlyList<NerSentence> Sentences, IReadOnlySet<string> Types);

    /// <summary>
    /// Detects the layout from the first data line: "INDEX TOKEN TAG ..." (UNER) when the first
    /// column is a number and there are at least three; otherwise token first and tag last
    /// (CoNLL-2003 "TOKEN POS CHUNK NER", wikigold and BTC "TOKEN TAG").
    /// </summary>
    /// <param name="leadingDocument">Sentences before the first document marker of a file that has markers are a document
    /// (../shared's eng.testa opens without "-DOCSTART-"); false keeps them standing alone, as the shipped training recipe
    /// reads wikigold (whose first article has no marker either; reading it as one document changes the weights).</param>
    public static Corpus ReadConll(TextReader reader, bool leadingDocument = false)
    {
        var sentences = new List<NerSentence>();
        var types = new HashSet<string>(StringComparer.Ordinal);
        var words = new List<string>();
        var tags = new List<string>();
        bool? indexed = null;
        var document = -1; // -1 until a "-DOCSTART-" or "# newdoc" line: then each sentence stands alone
        while (reader.ReadLine() is { } raw)
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                Flush();
                continue;
            }
            if (line.StartsWith("# newdoc", StringComparison.Ordinal))
            {
                Flush();
                document++;
                continue;
            }
            var cells = line.Contains('\t', StringComparison.Ordinal) ? line.Split('\t') : line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (line.StartsWith('#') && (cells.Length < 2 || !LooksLikeTag(cells[^1])) && (indexed ?? true))
                continue;
            if (cells[0] == "-DOCSTART-")
            {
                Flush();
                document++;
                continue;
            }
            indexed ??= cells.Length >= 3 && int.TryParse(cells[0], NumberStyles.None, CultureInfo.InvariantCulture, out _);
            string word, tag;
            if (indexed.Value)
            {
                if (cells.Length < 3 || !int.TryParse(cells[0], NumberStyles.None, CultureInfo.InvariantCulture, out _))
                    continue;
                (word, tag) = (cells[1], cells[2]);
            }
            else
            {
                if (cells.Length < 2)
                    continue;
                (word, tag) = (cells[0], cells[^1]);
            }
            words.Add(word);
            tags.Add(tag);
        }
        Flush();
        if (leadingDocument && document >= 0 && sentences.Count > 0 && sentences[0].Document < 0)
            for (var i = 0; i < sentences.Count; i++)
                sentences[i] = sentences[i] with { Document = sentences[i].Document + 1 };
        return new Corpus(sentences, types);

        void Flush()
        {
            if (words.Count == 0)
                return;
            var spans = BioTags.Spans(tags).Select(s => s with { Type = MapType(s.Type) }).Where(s => s.Type.Length > 0).ToList();
            foreach (var s in spans)
                types.Add(s.Type);
            sentences.Add(new NerSentence(words.ToArray(), BioTags.FromSpans(spans, words.Count)) { Document = document });
            words.Clear();
            tags.Clear();
        }
    }

    public static Corpus ReadConllFile(string path, bool leadingDocument = false)
    {
        using var reader = File.OpenText(path);
        return ReadConll(reader, leadingDocument);
    }

    private static bool LooksLikeTag(string s) => s == "O" || (s.Length > 2 && s[1] == '-' && s[0] is 'B' or 'I');

    /// <summary>Maps the data sets' type names onto ours; "" drops the chunk.</summary>
    public static string MapType(string type) => type.ToUpperInvariant() switch
    {
        "PER" or "PERSON" => "PER",
        "LOC" or "LOCATION" or "GPE" or "PLACE" => "LOC",
        "ORG" or "ORGANIZATION" or "ORGANISATION" or "GROUP" or "CORPORATION" => "ORG",
        "MISC" or "CREATIVE-WORK" or "PRODUCT" or "EVENT" or "NORP" => "MISC",
        _ => "",
    };

    /// <summary>
    /// GUM documents (CoNLL-U, Entity= in MISC). GUM marks every mention, named or not, as a whole
    /// noun phrase ("the all-girl Afghan team"); a mention counts as a name when its syntactic
    /// head is a proper noun, and the name is the run of proper nouns around that head ("University
    /// of Portsmouth" inside "the University of Portsmouth, United Kingdom"), without a leading
    /// title ("President"). Nationality adjectives outside names become MISC, as in CoNLL-2003.
    /// </summary>
    public static IReadOnlyList<NerSentence> ReadGum(TextReader reader, KnowledgeBase knowledge)
    {
        var sentences = new List<NerSentence>();
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                if (rows.Count > 0)
                    sentences.Add(GumSentence(rows, knowledge));
                rows.Clear();
                continue;
            }
            if (line.StartsWith('#'))
                continue;
            var cells = line.Split('\t');
            if (cells.Length < 10 || cells[0].Contains('-', StringComparison.Ordinal) || cells[0].Contains('.', StringComparison.Ordinal))
                continue;
            rows.Add(cells);
        }
        if (rows.Count > 0)
            sentences.Add(GumSentence(rows, knowledge));
        return sentences;
    }

    private static NerSentence GumSentence(List<string[]> rows, KnowledgeBase knowledge)
    {
        var n = rows.Count;
        var words = rows.Select(r => r[1]).ToArray();
        var upos = rows.Select(r => r[3]).ToArray();
        var heads = rows.Select(r => int.TryParse(r[6], NumberStyles.None, CultureInfo.InvariantCulture, out var h) ? h - 1 : -1).ToArray();
        var mentions = new List<BioSpan>();
        var open = new Dictionary<string, List<(int Start, string Type)>>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var entity = rows[i][9].Split('|').FirstOrDefault(f => f.StartsWith("Entity=", StringComparison.Ordinal));
            if (entity is null)
                continue;
            var s = entity["Entity=".Length..];
            var p = 0;
            while (p < s.Length)
            {
                if (s[p] == '(')
                {
                    var q = s.IndexOfAny(['(', ')'], p + 1);
                    if (q < 0)
                        q = s.Length;
                    var parts = s[(p + 1)..q].Split('-');
                    var id = parts[0];
                    var type = parts.Length > 1 ? parts[1] : "";
                    if (q < s.Length && s[q] == ')')
                    {
                        mentions.Add(new BioSpan(i, i + 1, type));
                        p = q + 1;
                    }
                    else
                    {
                        if (!open.TryGetValue(id, out var stack))
                            open[id] = stack = [];
                        stack.Add((i, type));
                        p = q;
                    }
                }
                else if (char.IsAsciiDigit(s[p]))
                {
                    var q = s.IndexOf(')', p);
                    if (q < 0)
                        break;
                    var id = s[p..q];
                    if (open.TryGetValue(id, out var stack) && stack.Count > 0)
                    {
                        var (start, type) = stack[^1];
                        stack.RemoveAt(stack.Count - 1);
                        mentions.Add(new BioSpan(start, i + 1, type));
                    }
                    p = q + 1;
                }
                else
                    p++;
            }
        }

        // A capitalised word GUM does not tag as a proper noun still belongs to the name next to it
        // ("United/VERB States", "New/ADJ Zealand", "World War II/NUM"); a nationality or title does not.
        bool InName(int i) => upos[i] == "PROPN" || (upos[i] is "ADJ" or "VERB" && words[i].Length > 0 && char.IsUpper(words[i][0])
            && knowledge.FindCountryByAdjective(words[i]) is null && knowledge.FindTitle(words[i]) is null);

        var names = new List<BioSpan>();
        foreach (var m in mentions)
        {
            var type = m.Type switch
            {
                "person" => "PER",
                "organization" => "ORG",
                "place" => "LOC",
                "event" or "object" or "abstract" or "substance" or "plant" or "animal" => "MISC",
                _ => "",
            };
            if (type.Length == 0)
                continue;
            var head = -1;
            for (var i = m.Start; i < m.End && head < 0; i++)
                if (heads[i] < m.Start || heads[i] >= m.End)
                    head = i;
            if (head < 0 || upos[head] != "PROPN")
                continue;
            var start = head;
            var end = head + 1;
            while (start > m.Start && (InName(start - 1) || (IsNameGlue(words[start - 1]) && start - 2 >= m.Start && InName(start - 2))))
                start--;
            while (end < m.End && (InName(end) || (IsNameGlue(words[end]) && end + 1 < m.End && InName(end + 1))))
                end++;
            while (start < end - 1 && knowledge.FindTitle(words[start]) is not null)
                start++;
            names.Add(new BioSpan(start, end, type));
        }
        // Outermost name wins where names nest ("Portsmouth" inside "University of Portsmouth").
        var taken = new bool[n];
        var chosen = new List<BioSpan>();
        foreach (var name in names.OrderByDescending(x => x.End - x.Start).ThenBy(x => x.Start))
        {
            var free = true;
            for (var i = name.Start; i < name.End; i++)
                free &= !taken[i];
            if (!free)
                continue;
            for (var i = name.Start; i < name.End; i++)
                taken[i] = true;
            chosen.Add(name);
        }
        for (var i = 0; i < n; i++)
            if (!taken[i] && upos[i] == "ADJ" && words[i].Length > 0 && char.IsUpper(words[i][0]) && knowledge.FindCountryByAdjective(words[i]) is not null)
                chosen.Add(new BioSpan(i, i + 1, "MISC"));
        return new NerSentence(words, BioTags.FromSpans(chosen, n));
    }

    private static bool IsNameGlue(string word) => word is "of" or "de" or "and" or "&" or "for" or "the" or "-" or "du" or "la";
}
