namespace Dateline.Language;

/// <summary>
/// Lemmas from a lexicon of (Penn tag, form) pairs seen in training ("was"/VBD -> "be"), then for
/// unseen words from suffix rules learned from the same data ("-ies"/NNS -> "-y": "militias" ->
/// "militia", "agencies" -> "agency"), keyed by the tag and the longest known suffix. Proper nouns
/// keep their case; other lemmas are lower case. Read-only after construction.
/// </summary>
public sealed class Lemmatizer
{
    private const char Sep = '\u0001';
    internal const int MaxSuffix = 5;

    private readonly Dictionary<string, string> _lexicon;
    private readonly Dictionary<string, (int Strip, string Add)> _rules;
    // Lower-case lemmas training saw, each with its tag family ("VB", "NN"): a suffix rule's output is trusted first
    // when training saw it as a lemma of the same family ("severed" is "sever", not the adjective "severe").
    private readonly HashSet<string> _lemmas;

    private static string Known(string xpos, string lemma) => string.Concat(xpos.AsSpan(0, Math.Min(2, xpos.Length)), "\u0001", lemma);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lexiconLookup;
    private readonly Dictionary<string, (int Strip, string Add)>.AlternateLookup<ReadOnlySpan<char>> _rulesLookup;

    internal Lemmatizer(Dictionary<string, string> lexicon, Dictionary<string, (int Strip, string Add)> rules)
    {
        _lexicon = lexicon;
        _rules = rules;
        _lemmas = new HashSet<string>(lexicon.Where(p => p.Value.Length > 0 && !char.IsUpper(p.Value[0])).Select(p => Known(p.Key, p.Value)), StringComparer.Ordinal);
        _lexiconLookup = lexicon.GetAlternateLookup<ReadOnlySpan<char>>();
        _rulesLookup = rules.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    internal int LexiconSize => _lexicon.Count;

    /// <summary>Every (Penn tag, form) pair of the lexicon: the forms training saw with each tag.</summary>
    internal IEnumerable<(string Xpos, string Form)> TaggedForms()
    {
        foreach (var key in _lexicon.Keys)
        {
            int sep = key.IndexOf(Sep, StringComparison.Ordinal);
            yield return (key[..sep], key[(sep + 1)..]);
        }
    }

    public string Lemmatize(ReadOnlySpan<char> form, string xpos, string upos)
    {
        if (form.Length > 64) return form.ToString();
        Span<char> key = stackalloc char[xpos.Length + 1 + form.Length];
        xpos.AsSpan().CopyTo(key);
        key[xpos.Length] = Sep;
        var word = key[(xpos.Length + 1)..];
        form.CopyTo(word);
        if (_lexiconLookup.TryGetValue(key, out var lemma)) return lemma;
        // An unseen proper noun is its own lemma ("Haftar", "GISB"): suffix rules would mangle it.
        if (upos == "PROPN") return form.ToString();
        for (int i = 0; i < word.Length; i++) word[i] = FeatureHash.Lower(word[i]);
        if (_lexiconLookup.TryGetValue(key, out lemma)) return lemma;
        // Longest suffix with a learned rule for this tag, unless its lemma is no word training saw and a shorter
        // suffix's rule, or a regular inflection, gives one that is: "hanged" is "hang", not the "-nged" rule's "hange".
        Span<char> rkey = stackalloc char[xpos.Length + 1 + MaxSuffix];
        xpos.AsSpan().CopyTo(rkey);
        rkey[xpos.Length] = Sep;
        string? first = null;
        for (int k = Math.Min(MaxSuffix, word.Length - 1); k >= 1; k--)
        {
            var suffix = word[^k..];
            Span<char> lowered = rkey.Slice(xpos.Length + 1, k);
            for (int i = 0; i < k; i++) lowered[i] = FeatureHash.Lower(suffix[i]);
            if (_rulesLookup.TryGetValue(rkey[..(xpos.Length + 1 + k)], out var rule))
            {
                if (rule.Strip > word.Length) break;
                var candidate = string.Concat(word[..^rule.Strip], rule.Add);
                if (_lemmas.Contains(Known(xpos, candidate))) return candidate;
                first ??= candidate;
            }
        }
        // Then a regular base of the same family, else one of the other of noun and verb ("rioting" is "riot", which
        // training saw only as a noun), never an adjective's ("severed" is not "severe").
        if (first is not null && (Regular(word, xpos, xpos, first) ?? Regular(word, xpos, xpos.StartsWith("VB", StringComparison.Ordinal) ? "NN" : "VB", first)) is { } regular) return regular;
        return first ?? word.ToString();
    }

    // The rule's lemma or a regular inflection's base that training saw as a lemma of this family: "-ed"/"-d" and
    // "-ing" (doubled consonant, silent e), "-s"/"-es"/"-ies"; null when none is known.
    private string? Regular(ReadOnlySpan<char> word, string xpos, string family, string ruled)
    {
        string w = word.ToString();
        if (_lemmas.Contains(Known(family, ruled))) return ruled;
        IEnumerable<string> candidates = xpos switch
        {
            "VBD" or "VBN" when w.EndsWith("ed", StringComparison.Ordinal) => Bases(w, 2),
            "VBG" when w.EndsWith("ing", StringComparison.Ordinal) => Bases(w, 3),
            "VBZ" or "NNS" when w.EndsWith("ies", StringComparison.Ordinal) => [w[..^3] + "y", w[..^1]],
            // "-es" after a sibilant or "o" only ("fixes", "goes"); else the "e" is the base's ("hinges"), and a
            // misspelling such as "departes" stays unknown.
            "VBZ" or "NNS" when w.EndsWith("es", StringComparison.Ordinal) => [SibilantEs(w) ? w[..^2] : w[..^1]],
            "VBZ" or "NNS" when w.EndsWith('s') => [w[..^1]],
            _ => [],
        };
        foreach (var c in candidates)
            if (c.Length >= 2 && _lemmas.Contains(Known(family, c))) return c;
        return null;
    }

    private static bool SibilantEs(string w) =>
        w.Length > 3 && (w[^3] is 's' or 'x' or 'z' or 'o' || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal));

    private static IEnumerable<string> Bases(string w, int strip)
    {
        var stem = w[..^strip];
        if (stem.Length < 2) yield break;
        yield return stem;
        yield return stem + "e";
        if (stem.Length >= 3 && stem[^1] == stem[^2]) yield return stem[..^1];
        if (stem.EndsWith('i')) yield return stem[..^1] + "y";
    }

    /// <summary>Learns the lexicon and suffix rules from (form, Penn tag, UPOS, lemma) examples.</summary>
    public static Lemmatizer Learn(IEnumerable<(string Form, string Xpos, string Upos, string Lemma)> examples)
    {
        var lexCounts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var types = new HashSet<(string, string, string, string)>();
        foreach (var (form, xpos, upos, lemma) in examples)
        {
            if (lemma == "_" || form.Length == 0) continue;
            Count(lexCounts, xpos + Sep + form, lemma);
            if (upos != "PROPN") Count(lexCounts, xpos + Sep + form.ToLowerInvariant(), lemma);
            types.Add((form, xpos, upos, lemma));
        }
        var lexicon = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, counts) in lexCounts)
        {
            var best = Best(counts);
            lexicon[key] = string.Intern(best);
        }
        var ruleCounts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var (form, xpos, upos, lemma) in types)
        {
            string w = upos == "PROPN" ? form : form.ToLowerInvariant();
            int cp = 0;
            while (cp < w.Length && cp < lemma.Length && w[cp] == lemma[cp]) cp++;
            string rule = (w.Length - cp).ToString(System.Globalization.CultureInfo.InvariantCulture) + Sep + lemma[cp..];
            for (int k = 1; k <= Math.Min(MaxSuffix, w.Length - 1); k++)
                Count(ruleCounts, xpos + Sep + w[^k..].ToLowerInvariant(), rule);
        }
        var rules = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        foreach (var (key, counts) in ruleCounts)
        {
            var best = Best(counts);
            // A rule needs two words behind it: one-off pairs ("Sept." -> "September") do not generalise.
            if (counts[best] < 2) continue;
            int sep = best.IndexOf(Sep, StringComparison.Ordinal);
            rules[key] = (int.Parse(best.AsSpan(0, sep), System.Globalization.CultureInfo.InvariantCulture), best[(sep + 1)..]);
        }
        return new Lemmatizer(lexicon, rules);
    }

    private static void Count(Dictionary<string, Dictionary<string, int>> table, string key, string value)
    {
        if (!table.TryGetValue(key, out var counts)) table[key] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
        counts[value] = counts.GetValueOrDefault(value) + 1;
    }

    private static string Best(Dictionary<string, int> counts) =>
        counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;

    internal void Write(BinaryWriter w)
    {
        w.Write(_lexicon.Count);
        foreach (var (k, v) in _lexicon.OrderBy(p => p.Key, StringComparer.Ordinal)) { w.Write(k); w.Write(v); }
        w.Write(_rules.Count);
        foreach (var (k, v) in _rules.OrderBy(p => p.Key, StringComparer.Ordinal)) { w.Write(k); w.Write(v.Strip); w.Write(v.Add); }
    }

    internal static Lemmatizer Read(BinaryReader r)
    {
        int n = r.ReadInt32();
        var lexicon = new Dictionary<string, string>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++) { string k = r.ReadString(); lexicon[k] = string.Intern(r.ReadString()); }
        int m = r.ReadInt32();
        var rules = new Dictionary<string, (int, string)>(m, StringComparer.Ordinal);
        for (int i = 0; i < m; i++) { string k = r.ReadString(); rules[k] = (r.ReadInt32(), r.ReadString()); }
        return new Lemmatizer(lexicon, rules);
    }
}
