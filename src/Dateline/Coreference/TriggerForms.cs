namespace Dateline.Coreference;

/// <summary>
/// How close two trigger lemmas are without a thesaurus: the same lemma (1); the same light stem
/// ("shoot"/"shooting", "injure"/"injury", "arrest"/"arrests"), or one the tail of the other
/// ("quake"/"earthquake") (0.8); otherwise 0.
/// </summary>
public static class TriggerForms
{
    public const double RelatedForm = 0.8;

    // Longest first: "ations" before "ation" before "s".
    private static readonly string[] Suffixes = ["ations", "ation", "ings", "ing", "ions", "ion", "ments", "ment", "ers", "er", "ies", "ied", "ed", "es", "s", "e", "y"];

    public static double Similarity(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal)) return 1;
        if (a.Length < 3 || b.Length < 3) return 0;
        if (string.Equals(Stem(a), Stem(b), StringComparison.Ordinal)) return RelatedForm;
        var (shortWord, longWord) = a.Length <= b.Length ? (a, b) : (b, a);
        return shortWord.Length >= 4 && longWord.EndsWith(shortWord, StringComparison.Ordinal) ? RelatedForm : 0;
    }

    /// <summary>The lemma less one inflectional or derivational ending, keeping at least three letters.</summary>
    public static string Stem(string lemma)
    {
        foreach (var s in Suffixes)
            if (lemma.Length - s.Length >= 3 && lemma.EndsWith(s, StringComparison.Ordinal))
                return lemma[..^s.Length];
        return lemma;
    }
}
