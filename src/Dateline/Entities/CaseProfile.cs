namespace Dateline.Entities;

/// <summary>
/// How each word is written inside running text, learned without labels (the word-class text): mostly
/// lower case ("however", "the"), mostly capitalised ("conte", "tripoli") or both ("bush"). A capital
/// on a sentence's first word or in a headline says nothing by itself; this says whether the word is
/// capitalised elsewhere, and a word the text never holds is itself evidence (Collins and Singer
/// 1999; the "is it seen lower-case" test of truecasers). Stored in the model file.
/// </summary>
public sealed class CaseProfile
{
    public const byte Lower = 1, Mixed = 2, Capital = 3;

    private readonly Dictionary<string, byte> _profile;

    public CaseProfile(Dictionary<string, byte> profile) => _profile = profile;

    public static CaseProfile Empty { get; } = new([]);

    public int Count => _profile.Count;

    public IEnumerable<KeyValuePair<string, byte>> Entries => _profile;

    /// <summary>0 when the text never held the word inside a sentence in ordinary case.</summary>
    public int Of(string lower) => _profile.TryGetValue(lower, out var p) ? p : 0;

    /// <summary>Counts each word's non-initial occurrences in sentences that are not headlines.</summary>
    public static CaseProfile Learn(IEnumerable<IReadOnlyList<string>> sentences)
    {
        var counts = new Dictionary<string, (int Capital, int Lower)>(StringComparer.Ordinal);
        foreach (var words in sentences)
        {
            if (NerFeatures.CaseMode(words) != 0)
                continue;
            var initial = true;
            foreach (var w in words)
            {
                if (w.Length == 0 || !char.IsLetter(w[0]))
                {
                    initial &= w.Length == 0 || !char.IsLetterOrDigit(w[0]);
                    continue;
                }
                if (initial)
                {
                    initial = false;
                    continue;
                }
                var key = w.ToLowerInvariant();
                var (c, l) = counts.GetValueOrDefault(key);
                counts[key] = char.IsUpper(w[0]) ? (c + 1, l) : (c, l + 1);
            }
        }
        var profile = new Dictionary<string, byte>(counts.Count, StringComparer.Ordinal);
        foreach (var (word, (c, l)) in counts)
            profile[word] = c * 10 >= (c + l) * 9 ? Capital : c * 10 <= (c + l) ? Lower : Mixed;
        return new CaseProfile(profile);
    }
}
