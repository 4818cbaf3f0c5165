using System.Globalization;
using System.Text;

namespace Dateline.Linking;

/// <summary>
/// Name comparison across articles: folding (case, diacritics, Arabic article, transliteration spellings)
/// and a sound key per word, so "Gaddafi", "Kadhafi" and "Qadhafi" meet as candidates; the decision to merge
/// is never taken on the name alone (see <see cref="EntityMatcher"/>).
/// </summary>
public static class NameKey
{
    /// <summary>Words a name is compared on: lower case, no diacritics, no "al-"/"el-" article, no punctuation.</summary>
    public static IReadOnlyList<string> Words(string name)
    {
        var words = new List<string>();
        foreach (var raw in Fold(name).Split([' ', '-', '\'', '.', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw is "al" or "el" or "ad" or "as" or "ash" or "the" or "of" or "and" or "for") continue;
            words.Add(raw);
        }
        return words;
    }

    /// <summary>The folded name: "Salamé" → "salame", "Al-Sarraj" → "al-sarraj" (case and marks only).</summary>
    public static string Fold(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (c is '’' or '\'' or '`') continue;  // "Ta'if", "O’Brien": apostrophes vanish
            else sb.Append(c == '-' ? '-' : ' ');
        }
        return sb.ToString().Trim();
    }

    /// <summary>The words joined: the key of an exact (folded) full-name match.</summary>
    public static string Full(string name) => string.Join(' ', Words(name));

    /// <summary>
    /// A sound key for one word: transliteration pairs folded (kh→k, q→k, dh→d, ph→f, ou→u, ee→i), letters in
    /// Soundex-like classes, vowels and h/w/y dropped after the first letter, repeats collapsed.
    /// "gaddafi", "kadhafi", "qadhafi" → "K31"; "haftar", "hiftar" → "H136".
    /// </summary>
    public static string Sound(string word)
    {
        var w = word.Replace("kh", "k", StringComparison.Ordinal).Replace("dh", "d", StringComparison.Ordinal)
            .Replace("th", "t", StringComparison.Ordinal).Replace("ph", "f", StringComparison.Ordinal)
            .Replace("gh", "g", StringComparison.Ordinal).Replace("sh", "s", StringComparison.Ordinal);
        var sb = new StringBuilder(8);
        char last = '\0';
        for (int i = 0; i < w.Length; i++)
        {
            char c = w[i];
            char cls = Class(c);
            if (i == 0)
            {
                // Vowel-initial words keep a marker; h is kept so "Haftar" and "Aftar" stay apart.
                sb.Append(cls == '0' ? (c == 'h' ? 'H' : 'V') : cls);
                last = cls;
                continue;
            }
            if (cls == '0') { if (c is not ('h' or 'w' or 'y')) last = '0'; continue; }
            if (cls != last) sb.Append(cls);
            last = cls;
        }
        return sb.ToString();
    }

    private static char Class(char c) => c switch
    {
        'b' or 'p' or 'f' or 'v' => '1',
        'c' or 'g' or 'j' or 'k' or 'q' or 'x' => 'K',
        's' or 'z' => '2',
        'd' or 't' => '3',
        'l' => '4',
        'm' or 'n' => '5',
        'r' => '6',
        >= '0' and <= '9' => c,
        _ => '0',
    };

    /// <summary>Jaro-Winkler similarity of two folded words (1 = equal).</summary>
    public static double Similarity(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        if (string.Equals(a, b, StringComparison.Ordinal)) return 1;
        int range = Math.Max(0, Math.Max(a.Length, b.Length) / 2 - 1);
        var aMatched = new bool[a.Length];
        var bMatched = new bool[b.Length];
        int matches = 0;
        for (int i = 0; i < a.Length; i++)
        {
            int lo = Math.Max(0, i - range), hi = Math.Min(b.Length - 1, i + range);
            for (int j = lo; j <= hi; j++)
            {
                if (bMatched[j] || a[i] != b[j]) continue;
                aMatched[i] = bMatched[j] = true;
                matches++;
                break;
            }
        }
        if (matches == 0) return 0;
        int transpositions = 0;
        for (int i = 0, j = 0; i < a.Length; i++)
        {
            if (!aMatched[i]) continue;
            while (!bMatched[j]) j++;
            if (a[i] != b[j]) transpositions++;
            j++;
        }
        double m = matches;
        double jaro = (m / a.Length + m / b.Length + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        while (prefix < Math.Min(4, Math.Min(a.Length, b.Length)) && a[prefix] == b[prefix]) prefix++;
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /// <summary>Two words are spellings of one name: equal sound keys and close letters, or a one-letter slip.</summary>
    public static double WordMatch(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal)) return 1;
        double sim = Similarity(a, b);
        bool sameSound = string.Equals(Sound(a), Sound(b), StringComparison.Ordinal);
        if (sameSound) return Math.Max(sim, 0.93);
        return sim;
    }

    /// <summary>Initials of a multi-word organisation name: "Libyan National Army" → "LNA"; null for one word.</summary>
    public static string? Initials(string name)
    {
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 0 && char.IsUpper(w[0]))
            .ToList();
        return words.Count < 2 ? null : new string(words.Select(w => w[0]).ToArray());
    }
}
