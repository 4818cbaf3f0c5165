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
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lexiconLookup;
    private readonly Dictionary<string, (int Strip, string Add)>.AlternateLookup<ReadOnlySpan<char>> _rulesLookup;

    internal Lemmatizer(Dictionary<string, string> lexicon, Dictionary<string, (int Strip, string Add)> rules)
    {
        _lexicon = lexicon;
        _rules = rules;
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
        // Longest suffix with a learned rule for this tag.
        Span<char> rkey = stackalloc char[xpos.Length + 1 + MaxSuffix];
        xpos.AsSpan().CopyTo(rkey);
        rkey[xpos.Length] = Sep;
        for (int k = Math.Min(MaxSuffix, word.Length - 1); k >= 1; k--)
        {
            var suffix = word[^k..];
            Span<char> lowered = rkey.Slice(xpos.Length + 1, k);
            for (int i = 0; i < k; i++) lowered[i] = FeatureHash.Lower(suffix[i]);
            if (_rulesLookup.TryGetValue(rkey[..(xpos.Length + 1 + k)], out var rule))
            {
                if (rule.Strip > word.Length) break;
                return string.Concat(word[..^rule.Strip], rule.Add);
            }
        }
        return word.ToString();
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
