using Dateline.Knowledge;

namespace Dateline.Entities;

/// <summary>
/// The training sets the shipped model may learn from (licences in ../shared/datasets/INDEX.md):
/// wikigold (CC BY 4.0), BTC (CC BY 4.0), WNUT-17 train + dev (CC BY 4.0), GUM open genres
/// (CC BY / CC BY-SA / public domain; any non-commercial row of manifest.tsv is skipped).
/// UNER English-EWT dev (CC BY-SA 4.0, web text, no MISC) since session 5; its score is then
/// reported by cross-validation (`dateline eval ner --cross-validate K`). Since session 16 also the team's own labels
/// over UD English-EWT train and the ECB+ training topics (<see cref="TeamNameAnnotations"/>, data/ner).
/// CoNLL-2003 is never read here.
/// </summary>
public static partial class NerTrainingData
{
    /// <summary>The name of the UNER English-EWT dev part (for --exclude and --repeat).</summary>
    public const string UnerDev = "uner-en-ewt-dev";

    /// <summary>ALL-CAPS copies of every <paramref name="every"/>th sentence: headlines and datelines are written so.</summary>
    public static IEnumerable<NerSentence> Capitalised(IEnumerable<NerSentence> sentences, int every) =>
        sentences.Where((_, i) => i % every == 0).Select(s => s with { Words = [.. s.Words.Select(w => w.ToUpperInvariant())], Document = -1 });

    /// <summary>
    /// One convention across the sets, CoNLL-2003's: a nationality word tagged as a place on its own
    /// ("Iraqi" B-LOC in a tweet) becomes MISC, as GUM's conversion already does. Names ("Iraq") stay.
    /// </summary>
    public static NerSentence DemonymsAsMisc(NerSentence sentence, KnowledgeBase knowledge)
    {
        string[]? tags = null;
        for (var i = 0; i < sentence.Words.Count; i++)
        {
            if (sentence.Tags[i] != "B-LOC" || (i + 1 < sentence.Tags.Count && sentence.Tags[i + 1] == "I-LOC"))
                continue;
            var w = sentence.Words[i];
            if (knowledge.FindCountryByAdjective(w) is null || knowledge.FindCountryByName(w) is not null || knowledge.FindCountryByCapital(w) is not null)
                continue;
            tags ??= [.. sentence.Tags];
            tags[i] = "B-MISC";
        }
        return tags is null ? sentence : sentence with { Tags = tags };
    }

    /// <summary>
    /// One convention across the sets, CoNLL-2003's and the product's: a country or a capital is a place even where it
    /// acts as a government ("China protested", "Washington would have to anger Japan"), which UNER's guidelines would
    /// make ORG and the team's EWT labels sometimes did. The event coder reads such a place as the country's government.
    /// </summary>
    public static NerSentence CountriesAsPlaces(NerSentence sentence, KnowledgeBase knowledge)
    {
        string[]? tags = null;
        foreach (var span in BioTags.Spans(sentence.Tags))
        {
            if (span.Type != "ORG")
                continue;
            var name = string.Join(' ', sentence.Words.Skip(span.Start).Take(span.End - span.Start));
            if (knowledge.FindCountryByName(name) is null && knowledge.FindCountryByCapital(name) is null)
                continue;
            tags ??= [.. sentence.Tags];
            for (var i = span.Start; i < span.End; i++)
                tags[i] = (i == span.Start ? "B-" : "I-") + "LOC";
        }
        return tags is null ? sentence : sentence with { Tags = tags };
    }

    /// <summary>One training set; <paramref name="Files"/> are the full paths it was read from (GUM: its folder).</summary>
    public sealed record Part(string Name, string Licence, IReadOnlyList<NerSentence> Sentences, IReadOnlyList<string> Files)
    {
        public int Tokens => Sentences.Sum(s => s.Words.Count);
    }

    /// <summary>Every training set found under <paramref name="datasets"/>, in a fixed order; a recipe (<see cref="NerRecipe"/>) picks and weights them.</summary>
    public static IReadOnlyList<Part> Load(string datasets, KnowledgeBase knowledge, Action<string>? missing = null, string teamNames = TeamNameAnnotations.DefaultPath, string newsNames = TeamNameAnnotations.NewsDefaultPath)
    {
        var parts = new List<Part>();
        void Conll(string name, string licence, bool partialMisc, params string[] files)
        {
            var sentences = new List<NerSentence>();
            var found = new List<string>();
            foreach (var file in files)
            {
                var path = Path.GetFullPath(Path.Combine(datasets, file));
                if (File.Exists(path))
                {
                    sentences.AddRange(NerCorpus.ReadConllFile(path).Sentences.Select(x => DemonymsAsMisc(x with { PartialMisc = partialMisc }, knowledge)));
                    found.Add(path);
                }
                else
                    missing?.Invoke(path);
            }
            if (sentences.Count > 0)
                parts.Add(new Part(name, licence, sentences, found));
        }

        Conll("wikigold", "CC BY 4.0", false, "wikigold/wikigold.conll.txt");
        Conll("btc", "CC BY 4.0", true, "btc/a.conll", "btc/b.conll", "btc/e.conll", "btc/f.conll", "btc/g.conll", "btc/h.conll");
        Conll("wnut17", "CC BY 4.0", true, "wnut17/wnut17train.conll", "wnut17/emerging.dev.conll");
        Conll(UnerDev, "CC BY-SA 4.0", true, "uner-en-ewt/en_ewt-ud-dev.iob2");

        var gum = Path.Combine(datasets, "gum-open");
        var manifest = Path.Combine(gum, "manifest.tsv");
        if (File.Exists(manifest))
        {
            var sentences = new List<NerSentence>();
            foreach (var line in File.ReadLines(manifest).Skip(1))
            {
                var cells = line.Split('\t');
                if (cells.Length < 4 || cells[3].Contains("NC", StringComparison.Ordinal))
                    continue;
                var path = Path.Combine(gum, cells[2], cells[0] + ".conllu");
                if (!File.Exists(path))
                {
                    missing?.Invoke(path);
                    continue;
                }
                using var reader = File.OpenText(path);
                var document = parts.Count * 1000 + sentences.Count; // one document per file
                sentences.AddRange(NerCorpus.ReadGum(reader, knowledge).Select(x => x with { Document = document }));
            }
            parts.Add(new Part("gum-open", "annotations CC BY 4.0; texts CC BY 2.5/4.0, CC BY-SA 3.0, CC BY, public domain", sentences, [Path.GetFullPath(gum)]));
        }
        else
            missing?.Invoke(manifest);

        // The team's own labels: sentence ids and spans in data/ner, the text they point at under ../shared.
        void TeamLabels(string name, string licence, string text, bool textFound, string labels, Func<Dictionary<string, List<BioSpan>>, List<NerSentence>> join)
        {
            if (!textFound || !File.Exists(labels))
            {
                missing?.Invoke(textFound ? Path.GetFullPath(labels) : text);
                return;
            }
            var sentences = join(TeamNameAnnotations.Read(labels));
            if (sentences.Count > 0)
                parts.Add(new Part(name, licence, sentences, [text, Path.GetFullPath(labels)]));
        }

        var treebank = Path.GetFullPath(Path.Combine(datasets, "ud-english-ewt", "en_ewt-ud-train.conllu"));
        TeamLabels(TeamNameAnnotations.PartName, TeamNameAnnotations.Licence, treebank, File.Exists(treebank), teamNames,
            labels => TeamNameAnnotations.Sentences(Language.ConlluReader.ReadPath(treebank), labels, teamNames).ConvertAll(x => CountriesAsPlaces(x, knowledge)));
        var articles = Path.GetFullPath(Path.Combine(datasets, "ecbplus", "ECB+"));
        TeamLabels(TeamNameAnnotations.NewsPartName, TeamNameAnnotations.NewsLicence, articles, Directory.Exists(articles), newsNames,
            labels => TeamNameAnnotations.NewsSentences(articles, labels, newsNames));
        return parts;
    }

    /// <summary>
    /// Unlabelled, openly licensed text for word classes: ECB+ news (CC BY 3.0; texts not
    /// copyrighted), UD English-EWT train + dev (CC BY-SA 4.0), GUM open genres, plus the words of
    /// the training sets. Never CoNLL-2003 or the BBC articles.
    /// </summary>
    public static IEnumerable<IReadOnlyList<string>> Unlabelled(string datasets, IEnumerable<NerSentence> training)
    {
        foreach (var s in training)
            yield return s.Words;
        foreach (var s in Ecb(datasets))
            yield return s;
        var conllu = new List<string>();
        var ud = Path.Combine(datasets, "ud-english-ewt");
        foreach (var name in new[] { "en_ewt-ud-train.conllu", "en_ewt-ud-dev.conllu" })
            if (File.Exists(Path.Combine(ud, name)))
                conllu.Add(Path.Combine(ud, name));
        var gum = Path.Combine(datasets, "gum-open");
        if (Directory.Exists(gum))
            conllu.AddRange(Directory.EnumerateFiles(gum, "*.conllu", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        foreach (var s in conllu.SelectMany(Conllu))
            yield return s;
    }

    /// <summary>
    /// Plain text for word classes from folders the user names (`train ner --unlabelled DIR`): every *.txt file
    /// below each folder, in ordinal path order, paragraph by paragraph through the product's tokenizer and sentence
    /// splitter. An e-mail's header block (a file opening with an mbox "From " line) and quoted lines ("> ...")
    /// are left out, so a mail corpus gives its bodies' words once.
    /// </summary>
    public static IEnumerable<IReadOnlyList<string>> PlainText(IEnumerable<string> folders)
    {
        foreach (var folder in folders)
            foreach (var file in Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var lines = File.ReadAllLines(file);
                var start = 0;
                if (lines.Length > 0 && lines[0].StartsWith("From ", StringComparison.Ordinal))
                    while (start < lines.Length && lines[start].Length > 0)
                        start++;
                var paragraph = new System.Text.StringBuilder();
                for (var i = start; i <= lines.Length; i++)
                {
                    var line = i < lines.Length ? lines[i] : "";
                    if (line.StartsWith('>'))
                        continue;
                    if (line.Trim().Length > 0)
                    {
                        paragraph.Append(line).Append(' ');
                        continue;
                    }
                    if (paragraph.Length == 0)
                        continue;
                    var text = paragraph.ToString();
                    paragraph.Clear();
                    var (tokens, sentences) = Text.SentenceSplitter.Run(text);
                    foreach (var (first, count) in sentences)
                        yield return [.. tokens.Skip(first).Take(count).Select(t => text.Substring(t.Start, t.Length))];
                }
            }
    }

    /// <summary>
    /// Text for the <see cref="CaseProfile"/>: ECB+ and UD English-EWT train only. Not the labelled
    /// training text (its names would all be "seen capitalised" in training and mostly unseen in use,
    /// so the model would learn to trust a signal it rarely gets) and not EWT dev (UNER's dev text).
    /// </summary>
    public static IEnumerable<IReadOnlyList<string>> RunningText(string datasets)
    {
        var train = Path.Combine(datasets, "ud-english-ewt", "en_ewt-ud-train.conllu");
        return File.Exists(train) ? Ecb(datasets).Concat(Conllu(train)) : Ecb(datasets);
    }

    private static IEnumerable<IReadOnlyList<string>> Ecb(string datasets)
    {
        var ecb = Path.Combine(datasets, "ecbplus", "ECB+");
        if (!Directory.Exists(ecb))
            yield break;
        foreach (var file in Directory.EnumerateFiles(ecb, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            foreach (var (_, words) in EcbSentences(file))
                yield return words;
    }

    /// <summary>One ECB+ article's sentences: the sentence number of the XML and its tokens, entities decoded.</summary>
    public static IEnumerable<(int Number, string[] Words)> EcbSentences(string file)
    {
        var sentence = new List<string>();
        var current = "";
        foreach (System.Text.RegularExpressions.Match m in EcbToken().Matches(File.ReadAllText(file)))
        {
            if (m.Groups[1].Value != current && sentence.Count > 0)
            {
                yield return (int.Parse(current, System.Globalization.CultureInfo.InvariantCulture), sentence.ToArray());
                sentence.Clear();
            }
            current = m.Groups[1].Value;
            sentence.Add(System.Net.WebUtility.HtmlDecode(m.Groups[2].Value));
        }
        if (sentence.Count > 0)
            yield return (int.Parse(current, System.Globalization.CultureInfo.InvariantCulture), sentence.ToArray());
    }

    private static IEnumerable<IReadOnlyList<string>> Conllu(string file)
    {
        var sentence = new List<string>();
        foreach (var line in File.ReadLines(file))
        {
            if (line.Length == 0)
            {
                if (sentence.Count > 0)
                    yield return sentence.ToArray();
                sentence.Clear();
                continue;
            }
            if (line.StartsWith('#'))
                continue;
            var cells = line.Split('\t');
            if (cells.Length > 1 && !cells[0].Contains('-', StringComparison.Ordinal) && !cells[0].Contains('.', StringComparison.Ordinal))
                sentence.Add(cells[1]);
        }
        if (sentence.Count > 0)
            yield return sentence.ToArray();
    }

    [System.Text.RegularExpressions.GeneratedRegex("<token [^>]*sentence=\"(\\d+)\"[^>]*>([^<]*)</token>")]
    private static partial System.Text.RegularExpressions.Regex EcbToken();
}
