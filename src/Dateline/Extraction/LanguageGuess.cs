namespace Dateline.Extraction;

/// <summary>
/// A cheap language guess from the most common function words, good enough to tell the European
/// languages of news apart ("the", "der", "les", "los", "il"). Null when the text is too short or unclear.
/// </summary>
public static class LanguageGuess
{
    private const int MinHits = 5;

    private static readonly (string Code, HashSet<string> Words)[] Vocabularies =
    [
        ("en", Set("the", "and", "of", "to", "in", "is", "was", "that", "for", "with", "said", "on", "has", "have", "he", "it")),
        ("de", Set("der", "die", "das", "und", "ist", "nicht", "mit", "den", "ein", "eine", "auf", "sich", "dem", "zu", "auch", "wird")),
        ("fr", Set("le", "la", "les", "et", "des", "est", "une", "du", "dans", "pour", "qui", "pas", "sur", "au", "avec", "été")),
        ("es", Set("el", "los", "las", "del", "que", "por", "una", "con", "para", "está", "fue", "como", "pero", "sus", "más", "se")),
        ("it", Set("il", "di", "che", "della", "per", "una", "sono", "del", "gli", "con", "non", "nel", "alla", "anche", "è", "ha")),
        ("nl", Set("de", "het", "een", "van", "en", "niet", "dat", "op", "zijn", "met", "voor", "ook", "werd", "naar", "bij", "heeft")),
    ];

    public static string? FromCommonWords(string text)
    {
        var counts = new int[Vocabularies.Length];
        var lookups = Vocabularies.Select(v => v.Words.GetAlternateLookup<ReadOnlySpan<char>>()).ToArray();
        Span<char> lower = stackalloc char[32];
        int words = 0, i = 0;
        while (i < text.Length && words < 2000)
        {
            while (i < text.Length && !char.IsLetter(text[i])) i++;
            int start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            int len = i - start;
            if (len == 0 || len > lower.Length) continue;
            words++;
            text.AsSpan(start, len).ToLowerInvariant(lower);
            for (int v = 0; v < lookups.Length; v++)
                if (lookups[v].Contains(lower[..len])) counts[v]++;
        }
        int best = -1, second = 0;
        for (int v = 0; v < counts.Length; v++)
        {
            if (best < 0 || counts[v] > counts[best]) { if (best >= 0) second = Math.Max(second, counts[best]); best = v; }
            else second = Math.Max(second, counts[v]);
        }
        return best >= 0 && counts[best] >= MinHits && counts[best] > 2 * second ? Vocabularies[best].Code : null;
    }

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
