using System.Text;

namespace Dateline.Entities;

/// <summary>
/// The named-entity tagger: an averaged perceptron over hashed observation features with greedy
/// left-to-right decoding over BIO or BILOU tags (<see cref="NerTagScheme"/>: tag-history features, and
/// only valid transitions); the decoded tags are turned into BIO before the rules that follow. Works on
/// words, so any tokeniser can feed it. Trained by <see cref="NerTrainer"/>; one file on disk.
/// </summary>
public sealed partial class NerModel
{
    private const string Magic = "DATELINE-NER";
    // 4 added the case profile (3 files still load, without it); 5 marks a BILOU tag set, so older readers
    // refuse it; 6 adds the pre-trained vectors' word classes after the case profile. A model without those
    // classes is still written as 4 (BIO) or 5 (BILOU): the same training run gives the same bytes as before.
    private const int Version = 6;

    private readonly PackedWeights _packed;

    // One search buffer per thread: a model is shared by the ingest workers.
    [ThreadStatic]
    private static NerBeam? t_beam;

    internal NerModel(IReadOnlyList<string> tags, WeightTable weights, NameGazetteer gazetteer, WordClusters clusters, IReadOnlyDictionary<string, string> info, NameLexicon? lexicon = null, CaseProfile? cases = null)
        : this(tags, new PackedWeights(weights), gazetteer, clusters, info, lexicon ?? NameLexicon.Empty, cases ?? CaseProfile.Empty)
    {
    }

    private NerModel(IReadOnlyList<string> tags, PackedWeights weights, NameGazetteer gazetteer, WordClusters clusters, IReadOnlyDictionary<string, string> info, NameLexicon lexicon, CaseProfile cases)
    {
        Lexicon = lexicon;
        Cases = cases;
        Clusters = clusters;
        Tags = [.. tags];
        Scheme = NerTagScheme.FromTags(Tags);
        _packed = weights;
        Gazetteer = gazetteer;
        Info = info;
        BeamWidth = info.TryGetValue("beam", out var beam) && int.TryParse(beam, System.Globalization.CultureInfo.InvariantCulture, out var width) && width > 1 ? width : 1;
    }

    /// <summary>
    /// One model whose weights are the mean of <paramref name="models"/>' (trained by the same recipe with different
    /// shuffle seeds, so they share tags, word classes, name lists and case profile): a seed ensemble at the cost of
    /// one model when tagging. Rows whose mean is near zero everywhere are dropped, as the trainer drops them.
    /// </summary>
    internal static NerModel Average(IReadOnlyList<NerModel> models, IReadOnlyDictionary<string, string> info)
    {
        var first = models[0];
        if (models.Any(m => !m.Tags.SequenceEqual(first.Tags)))
            throw new ArgumentException("models with different tag sets cannot be averaged", nameof(models));
        var sums = new SortedDictionary<ulong, float[]>();
        foreach (var model in models)
            foreach (var (key, weights) in model._packed.Rows())
            {
                if (!sums.TryGetValue(key, out var sum))
                    sums[key] = sum = new float[weights.Length];
                for (var t = 0; t < weights.Length; t++)
                    sum[t] += weights[t] / models.Count;
            }
        var table = new WeightTable(first.Tags.Count);
        foreach (var (key, sum) in sums)
        {
            if (!sum.Any(v => Math.Abs(v) >= 1e-3))
                continue;
            var offset = table.GetOrAddRow(key); // first: adding a row may replace Data with a larger array
            sum.CopyTo(table.Data.AsSpan(offset, sum.Length));
        }
        return new NerModel(first.Tags, table, first.Gazetteer, first.Clusters, info, first.Lexicon, first.Cases);
    }

    /// <summary>The model's tag names by index: "O", then "B-X","I-X" (BIO) or "B-X","I-X","L-X","U-X" (BILOU) per entity type.</summary>
    public IReadOnlyList<string> Tags { get; }

    internal NerTagScheme Scheme { get; }

    /// <summary>Free-form facts written at training time (data, date, seed, epochs).</summary>
    public IReadOnlyDictionary<string, string> Info { get; }

    internal NameGazetteer Gazetteer { get; }

    internal WordClusters Clusters { get; }

    internal NameLexicon Lexicon { get; }

    internal CaseProfile Cases { get; }

    public int FeatureCount => _packed.RowCount;

    /// <summary>Beam width for decoding, from the file's facts ("beam"; 1 = greedy): a model is decoded as it was trained.</summary>
    public int BeamWidth { get; }

    /// <summary>BIO tags (IOB2) for one sentence of words.</summary>
    public IReadOnlyList<string> Tag(IReadOnlyList<string> words)
    {
        var result = new int[words.Count];
        Decode(words, result);
        var tags = new string[words.Count];
        for (var i = 0; i < tags.Length; i++)
            tags[i] = Scheme.BioNames[result[i]];
        return tags;
    }

    /// <summary>Chunks for one sentence of words.</summary>
    public IReadOnlyList<BioSpan> FindNames(IReadOnlyList<string> words) => BioTags.Spans(Tag(words));

    /// <summary>
    /// Chunks for each sentence of one document, in order. Two passes (Krishnan and Manning 2006;
    /// Ratinov and Roth 2009): the first tags the sentences in order, remembering what it decided for
    /// each capitalised word; the second re-tags a sentence with what the whole rest of the document
    /// said about its words (a headline or dateline learns from the body below it). A sentence whose
    /// words the rest of the document says nothing new about keeps its first-pass tags.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<BioSpan>> FindNamesInDocument(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var memory = new DocumentMemory();
        var types = Scheme.Types.Count;
        // The observation features are kept from the first pass: the second only refills the memory slots.
        var first = new (int[] Tags, Features Features, int[] Used)[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            var n = sentences[s].Count;
            first[s] = (new int[n], Extract(sentences[s]), new int[n]);
            Decode(sentences[s], first[s].Features, first[s].Tags, memory, first[s].Used);
            memory.Remember(sentences[s], first[s].Features.Lower, first[s].Tags, types, first[s].Features.Mode);
        }
        var found = new List<IReadOnlyList<BioSpan>>(sentences.Count);
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            var (result, features, used) = first[s];
            memory.Remember(words, features.Lower, result, types, features.Mode, -1);
            if (memory.Differs(words, features.Lower, used))
            {
                var again = new int[words.Count];
                Decode(words, features, again, memory, null);
                memory.Remember(words, features.Lower, result, types, features.Mode, 1);
                result = again;
            }
            else
                memory.Remember(words, features.Lower, result, types, features.Mode, 1);
            var tags = new string[words.Count];
            for (var i = 0; i < tags.Length; i++)
                tags[i] = Scheme.BioNames[result[i]];
            found.Add(BioTags.Spans(tags));
        }
        var typed = CompanyContext.Apply(sentences, OneTypePerName(sentences, found));
        // After the vote: a team in one sentence does not outvote the same town named as a place in others.
        var sports = IsSportsArticle(sentences);
        if (sports)
        {
            typed = SportsTeams.Apply(sentences, typed, Gazetteer);
            typed = [.. typed.Select((spans, s) => NameLayout.MatchTeams(sentences[s], spans, Gazetteer))];
            typed = SportsTeams.PlacesNamedAsTeams(sentences, typed, Gazetteer);
        }
        typed = OrganisationNames.Apply(sentences, typed, Cases);
        // After the companies ("Punjab National Bank" is theirs); not in sports copy, where a state is a team.
        if (!sports)
            typed = RegionNames.Apply(sentences, typed, Cases);
        // Last: an organisation every other stage settled on, found again where the tagger missed it.
        typed = OrganisationRuns.Apply(sentences, typed, Cases);
        typed = StormNames.Apply(sentences, typed, Cases);
        return [.. typed.Select((spans, s) => HyphenatedNames.Apply(sentences[s], spans, Cases))];
    }

    /// <summary>
    /// Whether an article reads as a sports report, where a town or club name in a team's place is an organisation: a
    /// results line, a fixture ("Walsall v Wrexham"), or a word only sports copy uses ("striker", "innings"). The eval's
    /// error listing splits errors by it.
    /// </summary>
    public static bool IsSportsArticle(IReadOnlyList<IReadOnlyList<string>> sentences) =>
        NameLayout.IsSportsArticle(sentences) || SportsTeams.HasSportsWords(sentences);

    /// <summary>
    /// One name, one type within an article: a name written the same way (case aside) that the tagger typed differently
    /// in different sentences takes the type most of its mentions got, when a clear majority exists ("Essex reached
    /// 372" PER, "title rivals Essex" LOC, and "Essex 372" ORG twice in the scores: ORG throughout).
    /// </summary>
    internal static IReadOnlyList<IReadOnlyList<BioSpan>> OneTypePerName(IReadOnlyList<IReadOnlyList<string>> sentences, List<IReadOnlyList<BioSpan>> found)
    {
        // Each span's key once: the name's words in lower case.
        var keys = found.Select((spans, s) => spans.Select(span => string.Join(' ', Enumerable.Range(span.Start, span.End - span.Start)
            .Select(i => sentences[s][i].ToLowerInvariant()))).ToArray()).ToArray();
        var votes = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        for (var s = 0; s < found.Count; s++)
            for (var j = 0; j < found[s].Count; j++)
            {
                if (!votes.TryGetValue(keys[s][j], out var byType)) votes[keys[s][j]] = byType = new(StringComparer.Ordinal);
                byType[found[s][j].Type] = byType.GetValueOrDefault(found[s][j].Type) + 1;
            }
        var winner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, byType) in votes)
        {
            if (byType.Count < 2) continue;
            var ranked = byType.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
            if (ranked[0].Value >= MajorityFactor * ranked[1].Value) winner[key] = ranked[0].Key;
        }
        if (winner.Count == 0) return found;
        for (var s = 0; s < found.Count; s++)
            if (keys[s].Any(winner.ContainsKey))
                found[s] = [.. found[s].Select((span, j) => winner.TryGetValue(keys[s][j], out var t) ? span with { Type = t } : span)];
        return found;
    }

    /// <summary>How many times the runner-up's mentions the winning type needs (testa / UNER dev: a plain majority or 1.5
    /// 78.11 / 66.28, 2 78.18 / 66.14, none 77.95 / 65.93).</summary>
    private const double MajorityFactor = 1.5;

    private readonly record struct Features(ulong[] Keys, string[] Lower, string[] Shorts, int Mode);

    private Features Extract(IReadOnlyList<string> words)
    {
        var n = words.Count;
        var features = new Features(new ulong[n * NerFeatures.Slots], new string[n], new string[n], NerFeatures.CaseMode(words));
        NerFeatures.Extract(words, Gazetteer, Clusters, features.Keys, features.Lower, features.Shorts, Lexicon, Cases);
        return features;
    }

    internal void Decode(IReadOnlyList<string> words, int[] result)
    {
        if (words.Count > 0)
            Decode(words, Extract(words), result, null, null);
    }

    private void Decode(IReadOnlyList<string> words, Features features, int[] result, DocumentMemory? memory, int[]? used)
    {
        if (words.Count == 0)
            return;
        memory?.Fill(words, features.Lower, features.Keys, features.Mode, used);
        if (BeamWidth > 1)
        {
            var beam = t_beam is { } b && b.Width == BeamWidth ? b : t_beam = new NerBeam(BeamWidth);
            beam.Search(_packed, Scheme, features.Keys, features.Lower, features.Shorts, decoding: true);
            beam.Backtrace(words.Count - 1, 0, result, Scheme);
        }
        else
        {
            Span<float> scores = stackalloc float[Tags.Count];
            for (var i = 0; i < words.Count; i++)
                result[i] = Score(_packed, Scheme, features.Keys, features.Lower, features.Shorts, result, i, scores, decoding: true);
        }
        Scheme.ToBio(result); // the rules below read the BIO layout
        CompleteKnownOrganisations(words, result);
        NationalitiesAsMisc(words, result);
        NameLayout.Apply(words, result, Scheme.BioNames, Gazetteer, Cases, features.Mode, Lexicon);
        // Again: a layout rule can leave a nationality standing alone ("BEIRUT - Lebanese businessman").
        NationalitiesAsMisc(words, result);
        LowerCasePlaces(words, features.Lower, result);
        CityAndState(words, result, features.Mode);
        SurnameCommaGiven(words, result);
        ShopNames(words, result);
        CompanySuffixes(words, result);
        InstitutionNames(words, result, features.Mode);
        PersonContext(words, features.Lower, result);
    }

    // Verbs whose object is a person ("met Dbeibah") and verbs a person does when the word opens a clause ("Dbeibah told").
    private static readonly HashSet<string> MeetVerbs = new(StringComparer.Ordinal) { "met", "meets", "told", "urged", "thanked", "invited" };
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal) { "said", "says", "told", "added", "insisted", "warned", "stressed" };

    /// <summary>
    /// One capitalised word no name list marks, outside a name or guessed MISC, right after a verb that takes a person
    /// ("The envoy met Dbeibah") or opening a sentence before a speech verb ("Dbeibah told reporters"), is a person: a
    /// surname of an unfamiliar shape that the lists do not hold (they teach the tagger to trust marked names) and no
    /// nationality (those are marked or known adjectives); never a word running text writes in lower case.
    /// </summary>
    private void PersonContext(IReadOnlyList<string> words, string[] lower, int[] result)
    {
        var names = Scheme.BioNames;
        if (names.Count < 3 || names[1] != "B-PER" || Lexicon.Count == 0)
            return;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            var single = result[i] == 0 || (names[result[i]] == "B-MISC" && (i + 1 == words.Count || !names[result[i + 1]].StartsWith("I-", StringComparison.Ordinal)));
            // A word running text writes in lower case ("Traders said", "They told") is a common word at a sentence's start.
            if (!single || w.Length < 3 || !char.IsUpper(w[0]) || !IsLowerWord(w.AsSpan(1)) || Lexicon.Of(w) != 0
                || Cases.Of(lower[i]) is not (0 or CaseProfile.Capital)
                || Gazetteer.IsAdjectiveWord(w) || GroupAdjectives.Contains(w) || (i > 0 && result[i - 1] != 0))
                continue;
            var after = i > 0 && MeetVerbs.Contains(words[i - 1]) && (i + 1 == words.Count || result[i + 1] == 0);
            var opens = i == 0 && i + 1 < words.Count && SpeechVerbs.Contains(words[i + 1]);
            if (after || opens)
                result[i] = 1;
        }
    }

    /// <summary>Capitalised function words that open a sentence or headline, never the first word of a company's name.</summary>
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "At", "On", "Of", "For", "From", "By", "With", "And", "To", "As", "But", "Shares", "THE",
    };

    /// <summary>Words that end a company's name ("Enron Corp.", "Apple Inc", "CCNG , Inc.").</summary>
    private static readonly HashSet<string> CompanySuffix = new(StringComparer.Ordinal)
    {
        "Corp.", "Corp", "Inc.", "Inc", "Ltd.", "Ltd", "LLC", "L.L.C.", "plc", "PLC", "Corporation", "Incorporated", "GmbH",
    };

    /// <summary>
    /// A capitalised name followed by a company suffix is an organisation, suffix included ("Enron Corp." had no name at all,
    /// "Huber Corp." was a person): the name the tagger found before the suffix, or else up to four capitalised words, is
    /// retyped ORG and extended over the suffix (and a comma before "Inc.").
    /// </summary>
    private void CompanySuffixes(IReadOnlyList<string> words, int[] result)
    {
        var names = Scheme.BioNames;
        var org = -1;
        for (var t = 0; t < names.Count; t++)
            if (names[t] == "B-ORG")
                org = t;
        if (org < 0)
            return;
        for (var i = 1; i < words.Count; i++)
        {
            if (!CompanySuffix.Contains(words[i]) || (result[i] != 0 && names[result[i]] != "I-ORG"))
                continue;
            var last = words[i - 1] == "," && i >= 2 ? i - 2 : i - 1;
            if (words[last].Length == 0 || !char.IsUpper(words[last][0]))
                continue;
            int start;
            if (result[last] != 0)
            {
                start = last;
                while (start > 0 && names[result[start]].StartsWith("I-", StringComparison.Ordinal))
                    start--;
                // "Vice President of CCNG , Inc.": a title the tagger took into a person stays outside the company.
                if (result[start] != org)
                    for (var k = last - 1; k > start; k--)
                        if (words[k] == "of")
                        {
                            for (var j = start; j <= k; j++)
                                result[j] = 0;
                            start = k + 1;
                            break;
                        }
            }
            else
            {
                start = last;
                while (start > 0 && last - start < 3 && result[start - 1] == 0 && words[start - 1].Length > 0 && char.IsUpper(words[start - 1][0])
                    && !SentenceOpeners.Contains(words[start - 1]))
                    start--;
            }
            result[start] = org;
            for (var k = start + 1; k <= i; k++)
                result[k] = org + 1;
        }
    }

    /// <summary>
    /// A name followed by a bare "s" is a shop or restaurant written without its apostrophe ("McDonald s", "Wendy s",
    /// "Applebee s"; web text's tokens): the "s" belongs to the name, and a person's name so written is the place.
    /// With the apostrophe, "Wendy 's" is far more often a possessive ("Arafat 's death") and is left alone.
    /// </summary>
    private void ShopNames(IReadOnlyList<string> words, int[] result)
    {
        var names = Scheme.BioNames;
        if (names.Count < 7 || names[1] != "B-PER" || names[5] != "B-LOC")
            return;
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i] != "s" || result[i] != 0 || result[i - 1] == 0 || words[i - 1].Length == 0 || !char.IsUpper(words[i - 1][0]))
                continue;
            var start = i - 1;
            while (start > 0 && result[start] % 2 == 0)
                start--; // back to the name's B- tag
            var type = result[start] == 1 ? 5 : result[start]; // PER -> LOC
            result[start] = type;
            for (var k = start + 1; k <= i; k++)
                result[k] = type + 1;
        }
    }

    /// <summary>
    /// A place written in lower case ("living in malaysia", "from san francisco"), which the tagger rarely names: a country
    /// the knowledge holds, or, in a sentence that uses no capitals beyond its first word, a run of up to three lower-case
    /// words of place names the lexicon holds (shipped gazetteer and knowledge) after "in", "from", "to" and the like. The
    /// first word must be written with a capital in running text or never seen there (the case profile), so "nice",
    /// "mobile" and "us" stay common words; a single word must be a whole place name.
    /// </summary>
    private void LowerCasePlaces(IReadOnlyList<string> words, string[] lower, int[] result)
    {
        var names = Scheme.BioNames;
        var begin = names.Count > 5 ? 5 : -1; // B-LOC
        // A line of one word is a label (a scorecard's "pakistan" heading), not running text that drops its capitals.
        if (begin < 0 || names[begin] != "B-LOC" || Lexicon.Count == 0 || Cases.Count == 0 || words.Count < 2)
            return;
        const int place = (int)(NameLexicon.Mark.PlaceWhole | NameLexicon.Mark.PlacePart);
        bool? cased = null; // read only when a candidate turns up: most sentences have none
        for (var i = 0; i < words.Count; i++)
        {
            if (result[i] != 0 || !IsLowerWord(words[i]) || (Lexicon.OfLower(lower[i]) & place) == 0 || Cases.Of(lower[i]) is not (0 or CaseProfile.Capital))
                continue;
            if (Gazetteer.IsCountry([string.Concat(words[i].AsSpan(0, 1).ToString().ToUpperInvariant(), words[i].AsSpan(1))], 0, 1))
            {
                result[i] = begin;
                continue;
            }
            // Where the writer uses capitals for other words, a lower-case place name is a common word ("its independence
            // bid": Independence, Missouri); without a preposition of place before it, too ("how often has independence been").
            cased ??= UsesCapitals(words);
            if (cased == true || i == 0 || !PlacePrepositions.Contains(lower[i - 1]))
                continue;
            var end = i + 1;
            while (end < words.Count && end - i < 3 && result[end] == 0 && IsLowerWord(words[end])
                && (Lexicon.OfLower(lower[end]) & place) != 0 && Cases.Of(lower[end]) is 0 or >= CaseProfile.Mixed)
                end++;
            if (end - i == 1 && (Lexicon.OfLower(lower[i]) & (int)NameLexicon.Mark.PlaceWhole) == 0)
                continue;
            result[i] = begin;
            for (var k = i + 1; k < end; k++)
                result[k] = begin + 1;
            i = end - 1;
        }
    }

    /// <summary>Words before a place name in web text ("living in malaysia", "between noida and greater noida").</summary>
    internal static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
    {
        "in", "from", "to", "at", "near", "between", "and", "into", "via", "around", "across", "towards", "toward", "visit", "visiting",
    };

    /// <summary>Whether a capital appears beyond the sentence's first word, "I" aside.</summary>
    internal static bool UsesCapitals(IReadOnlyList<string> words)
    {
        var initial = 0;
        while (initial < words.Count && (words[initial].Length == 0 || !char.IsLetterOrDigit(words[initial][0])))
            initial++;
        for (var i = initial + 1; i < words.Count; i++)
            if (words[i].Length > 0 && char.IsUpper(words[i][0]) && words[i] != "I")
                return true;
        return false;
    }

    internal static bool IsLowerWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
            return false;
        foreach (var c in word)
            if (!char.IsLower(c))
                return false;
        return true;
    }

    /// <summary>
    /// A nationality word standing alone ("Italian", "Palestinians") is MISC, the convention the training
    /// data was brought to (<see cref="NerTrainingData.DemonymsAsMisc"/>): the tagger sometimes calls one
    /// a person or an organisation, or leaves it out. Inside a longer name ("Libyan National Army") it stays.
    /// </summary>
    private void NationalitiesAsMisc(IReadOnlyList<string> words, int[] result)
    {
        var names = Scheme.BioNames;
        var begin = names.Count - 2; // B-MISC
        if (begin < 1 || names[begin] != "B-MISC")
            return;
        for (var i = 0; i < words.Count; i++)
        {
            var single = result[i] == 0 || (result[i] % 2 == 1 && (i + 1 == words.Count || result[i + 1] != result[i] + 1));
            if (single && result[i] != begin && NerFeatures.IsCapitalised(words[i]) && IsNationality(words[i]))
                result[i] = begin;
        }
    }

    /// <summary>A nationality or people's adjective, also in a headline's capitals ("SCOTTISH LEAGUE", "ITALIAN").</summary>
    private bool IsNationality(string word)
    {
        if (Gazetteer.IsAdjectiveWord(word) || GroupAdjectives.Contains(word))
            return true;
        if (word.Length < 4 || !word.All(char.IsUpper))
            return false;
        var title = string.Concat(word[..1], word[1..].ToLowerInvariant());
        return Gazetteer.IsAdjectiveWord(title) || GroupAdjectives.Contains(title);
    }

    /// <summary>Adjectives and demonyms of regions, religions and peoples that have no country of their own: MISC, as a
    /// nationality is ("European", "Moslem", "Kurds"). Team-written.</summary>
    private static readonly HashSet<string> GroupAdjectives = new(StringComparer.Ordinal)
    {
        "European", "Europeans", "African", "Africans", "Asian", "Asians", "Arab", "Arabs", "Arabic", "Latin", "Scandinavian",
        "Scandinavians", "Caribbean", "Nordic", "Baltic", "Balkan", "Slavic", "Western", "Westerners", "Eastern", "Northern", "Southern", "Eurasian",
        "Muslim", "Muslims", "Moslem", "Moslems", "Islamic", "Christian", "Christians", "Catholic", "Catholics", "Protestant",
        "Protestants", "Orthodox", "Jewish", "Jews", "Jew", "Hindu", "Hindus", "Buddhist", "Buddhists", "Sikh", "Sikhs",
        "Sunni", "Sunnis", "Shi'ite", "Shiite", "Shi'ites", "Shiites", "Shia", "Kurdish", "Kurd", "Kurds", "Tamil", "Tamils",
        "Pashtun", "Berber", "Tuareg", "Hutu", "Hutus", "Tutsi", "Tutsis", "Basque", "Basques", "Catalan", "Flemish", "Walloon",
        "Palestinian", "Bedouin", "Uighur", "Uyghur", "Tibetan", "Tibetans", "Chechen", "Chechens", "Druze", "Yazidi",
        "Alawite", "Coptic", "Copts", "Maori", "Aboriginal", "Zionist", "Communist", "Communists", "Marxist", "Maoist", "Maoists",
        // The United Kingdom's nations, which the knowledge holds as no country ("Scottish parliament", "Welsh results").
        "Scottish", "Scots", "Welsh", "English",
    };

    /// <summary>
    /// Where the tagger starts an organisation on the first word of a name the team's knowledge holds,
    /// the whole name is the organisation: "Government of National Accord" is not cut after "of". A
    /// one-word name that the knowledge holds only as an organisation ("UN", "NATO") is an organisation
    /// whatever type the tagger gave it (title-case headlines make it guess).
    /// </summary>
    private void CompleteKnownOrganisations(IReadOnlyList<string> words, int[] result)
    {
        var names = Scheme.BioNames;
        var begin = names.Count > 3 ? 3 : -1; // B-ORG
        if (begin < 0 || names[begin] != "B-ORG")
            return;
        for (var i = 0; i < words.Count; i++)
            if (result[i] % 2 == 1 && result[i] != begin && (i + 1 == words.Count || result[i + 1] != result[i] + 1) && Gazetteer.IsOrganisationWord(words[i]))
                result[i] = begin;
        foreach (var (start, end) in Gazetteer.OrganisationRuns(words))
        {
            if (result[start] != begin)
                continue;
            for (var k = start + 1; k < end; k++)
                result[k] = begin + 1;
        }
    }

    /// <summary>
    /// Scores position <paramref name="i"/> given the tags already chosen before it; returns the best allowed tag.
    /// <paramref name="decoding"/> adds the constraints added after the shipped model was trained (training leaves them
    /// out, so `dateline train ner` still rebuilds the shipped file byte for byte). With BILOU tags, a name left open
    /// on the previous word that may not go on here is closed there (B-X becomes U-X, I-X becomes L-X).
    /// </summary>
    internal static int Score<TWeights>(TWeights weights, NerTagScheme scheme, ulong[] keys, string[] lower, string[] shorts, int[] chosen, int i, Span<float> scores, bool decoding = false)
        where TWeights : IWeights
    {
        scores.Clear();
        var k = keys.AsSpan(i * NerFeatures.Slots, NerFeatures.Slots);
        foreach (var key in k)
            weights.Add(key, scores);
        var (number, tableLike, lowerAfterCapital) = Constraints(lower, shorts, i, decoding);
        var prev = i > 0 ? chosen[i - 1] : -1;
        if (scheme.Open(prev) && Blocked(scheme.TypeOf(prev), number, tableLike, lowerAfterCapital))
            chosen[i - 1] = prev = scheme.Close(prev);
        var prev2 = i > 1 ? chosen[i - 2] : -1;
        weights.Add(NerFeatures.Prev(prev), scores);
        weights.Add(NerFeatures.Prev2(prev2, prev), scores);
        weights.Add(NerFeatures.PrevWord(prev, lower[i]), scores);
        weights.Add(NerFeatures.PrevShape(prev, shorts[i]), scores);
        var best = 0;
        var bestScore = float.NegativeInfinity;
        var last = i + 1 == lower.Length;
        for (var t = 0; t < scores.Length; t++)
        {
            if (!scheme.Allowed(prev, t, last) || (scheme.Continues(t) && Blocked(scheme.TypeOf(t), number, tableLike, lowerAfterCapital)))
                continue;
            if (scores[t] > bestScore)
            {
                bestScore = scores[t];
                best = t;
            }
        }
        return best;
    }

    /// <summary>Which continuations position <paramref name="i"/> forbids (see <see cref="Blocked"/>).</summary>
    internal static (bool Number, bool TableLike, bool LowerAfterCapital) Constraints(string[] lower, string[] shorts, int i, bool decoding)
    {
        // A bare number does not continue a person's name, nor an organisation's or place's name when
        // a capitalised word, another number or the end of the sentence follows it: "Stockport 4 Brighton 2"
        // is a results table, "Channel 4 said" keeps its name.
        var number = IsNumber(lower[i]);
        var tableLike = number && (i + 1 == shorts.Length || shorts[i + 1].Length == 0 || shorts[i + 1][0] != 'x');
        // In text with capitals, an all-lower-case word after a capitalised one continues a name only when names hold
        // such words ("Bank of England"; "al-Sarraj" has a capital): "militias in Tripoli were" ends the name at "Tripoli".
        var lowerAfterCapital = decoding && i > 0 && shorts[i].StartsWith('x') && !shorts[i].Contains('X', StringComparison.Ordinal) && shorts[i - 1].StartsWith('X') && !NameParticles.Contains(lower[i]);
        return (number, tableLike, lowerAfterCapital);
    }

    /// <summary>Whether a name of this type (1-3: PER, ORG, LOC, as <see cref="NerTrainer.Types"/>) may not go on here.</summary>
    internal static bool Blocked(int type, bool number, bool tableLike, bool lowerAfterCapital) =>
        lowerAfterCapital || (number && type == 1) || (tableLike && type is 2 or 3);

    /// <summary>Lower-case words inside names: "of", "the", "al-", "bin", "van der", "upon".</summary>
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "for", "on", "upon", "in", "at", "de", "du", "des", "la", "le", "les", "da", "di", "del", "della",
        "van", "von", "der", "den", "ter", "ten", "al", "el", "bin", "ibn", "bint", "abu", "y", "e", "do", "dos", "das", "und",
        "et", "sur", "am", "zu", "&", "'s", "’s", "sans", "au", "aux",
    };

    private static bool IsNumber(string word)
    {
        foreach (var c in word)
            if (!char.IsAsciiDigit(c))
                return false;
        return word.Length > 0;
    }

    internal static void HistoryKeys(int[] chosen, int i, string[] lower, string[] shorts, Span<ulong> keys)
    {
        var prev = i > 0 ? chosen[i - 1] : -1;
        var prev2 = i > 1 ? chosen[i - 2] : -1;
        keys[0] = NerFeatures.Prev(prev);
        keys[1] = NerFeatures.Prev2(prev2, prev);
        keys[2] = NerFeatures.PrevWord(prev, lower[i]);
        keys[3] = NerFeatures.PrevShape(prev, shorts[i]);
    }

    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Clusters.VectorCount > 0 ? Version : Scheme.Bilou ? 5 : 4);
        writer.Write(Tags.Count);
        foreach (var tag in Tags)
            writer.Write(tag);
        writer.Write(Info.Count);
        foreach (var (key, value) in Info.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            writer.Write(value);
        }
        WriteClasses(writer, Clusters.Entries);
        var lexicon = Lexicon.Entries.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        writer.Write(lexicon.Count);
        foreach (var (word, mark) in lexicon)
        {
            writer.Write(word);
            writer.Write(mark);
        }
        var cases = Cases.Entries.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        writer.Write(cases.Count);
        foreach (var (word, profile) in cases)
        {
            writer.Write(word);
            writer.Write(profile);
        }
        if (Clusters.VectorCount > 0) WriteClasses(writer, Clusters.VectorEntries);
        // Sorted keys: the same training run writes the same bytes.
        var rows = _packed.Rows().OrderBy(r => r.Key).ToList();
        writer.Write(rows.Count);
        foreach (var (key, weights) in rows)
        {
            writer.Write(key);
            foreach (var w in weights)
                writer.Write((Half)w);
        }
    }

    /// <summary>A word-class table (the text's own classes, or GloVe's), sorted so the same training run writes the same bytes.</summary>
    private static void WriteClasses(BinaryWriter writer, IEnumerable<KeyValuePair<string, (ushort Fine, ushort Coarse)>> entries)
    {
        var classes = entries.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        writer.Write(classes.Count);
        foreach (var (word, (fine, coarse)) in classes)
        {
            writer.Write(word);
            writer.Write(fine);
            writer.Write(coarse);
        }
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = File.Create(path);
        Save(stream);
    }

    public static NerModel Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var version = reader.ReadString() == Magic ? reader.ReadInt32() : -1;
        if (version is not (3 or 4 or 5 or Version))
            throw new InvalidDataException("not a Dateline NER model (or a different version)");
        var tags = new string[reader.ReadInt32()];
        for (var i = 0; i < tags.Length; i++)
            tags[i] = reader.ReadString();
        var info = new Dictionary<string, string>(StringComparer.Ordinal);
        var infoCount = reader.ReadInt32();
        for (var i = 0; i < infoCount; i++)
            info[reader.ReadString()] = reader.ReadString();
        var classCount = reader.ReadInt32();
        var classes = new Dictionary<string, (ushort, ushort)>(classCount, StringComparer.Ordinal);
        for (var i = 0; i < classCount; i++)
            classes[reader.ReadString()] = (reader.ReadUInt16(), reader.ReadUInt16());
        var lexiconCount = reader.ReadInt32();
        var lexicon = new Dictionary<string, ushort>(lexiconCount, StringComparer.Ordinal);
        for (var i = 0; i < lexiconCount; i++)
            lexicon[reader.ReadString()] = reader.ReadUInt16();
        var cases = new Dictionary<string, byte>(StringComparer.Ordinal);
        if (version >= 4)
        {
            var caseCount = reader.ReadInt32();
            for (var i = 0; i < caseCount; i++)
                cases[reader.ReadString()] = reader.ReadByte();
        }
        Dictionary<string, (ushort, ushort)>? vectors = null;
        if (version >= 6)
        {
            var vectorCount = reader.ReadInt32();
            vectors = new Dictionary<string, (ushort, ushort)>(vectorCount, StringComparer.Ordinal);
            for (var i = 0; i < vectorCount; i++)
                vectors[reader.ReadString()] = (reader.ReadUInt16(), reader.ReadUInt16());
        }
        var count = reader.ReadInt32();
        var weights = new PackedWeights(tags.Length, count);
        // One read of the whole block, then plain decoding: a model loads in a fraction of a second.
        var rowBytes = 8 + 2 * tags.Length;
        var block = reader.ReadBytes(checked(count * rowBytes));
        if (block.Length != count * rowBytes)
            throw new InvalidDataException("truncated NER model");
        for (var r = 0; r < count; r++)
        {
            var at = r * rowBytes;
            var row = weights.Set(System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(block.AsSpan(at)));
            for (var t = 0; t < tags.Length; t++)
                row[t] = (float)System.Buffers.Binary.BinaryPrimitives.ReadHalfLittleEndian(block.AsSpan(at + 8 + 2 * t));
        }
        return new NerModel(tags, weights, NameGazetteer.BuiltIn, new WordClusters(classes, vectors), info, new NameLexicon(lexicon), new CaseProfile(cases));
    }

    public static NerModel Load(string path)
    {
        using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
        return Load(stream);
    }
}
