using System.Globalization;
using System.Text;

namespace Dateline.Places;

/// <summary>
/// The look-up key of a place name: lower case, accents dropped, hyphens and apostrophes as spaces, runs of
/// spaces as one, dots dropped, a leading "St"/"Ste" spelled out ("São Paulo" and "SAO PAULO" -> "sao paulo";
/// "Port-au-Prince" -> "port au prince"; "St. Petersburg" -> "saint petersburg").
/// </summary>
internal static class PlaceNames
{
    // Latin letters with accents (U+00C0..U+024F, U+1E00..U+1EFF) to their lower-case base letter, made once
    // from the Unicode decompositions; a name is keyed in one pass with no normalisation call.
    private const char FoldFirst = '\u00C0', FoldLast = '\u1EFF';
    private static readonly char[] Fold = MakeFold();

    public static string Key(string name)
    {
        Span<char> buffer = name.Length <= 250 ? stackalloc char[name.Length + 3] : new char[name.Length + 3];
        var key = buffer[..Write(name, buffer)];
        return key.SequenceEqual(name) ? name : new string(key);
    }

    /// <summary>Writes the key of <paramref name="name"/> into <paramref name="buffer"/> (at least name.Length + 3 long) and returns its length.</summary>
    public static int Write(ReadOnlySpan<char> name, Span<char> buffer)
    {
        // Room for "saint" in place of "st": the key starts 3 characters in and may move back.
        int start = 3, n = start;
        bool space = true;
        foreach (var raw in name)
        {
            var c = raw is >= FoldFirst and <= FoldLast ? Fold[raw - FoldFirst] : raw;
            if (char.IsLetterOrDigit(c))
            {
                buffer[n++] = char.ToLowerInvariant(c);
                space = false;
            }
            else if (c is ' ' or '-' or '\'' or '\u2019' && !space)
            {
                buffer[n++] = ' ';
                space = true;
            }
        }
        while (n > start && buffer[n - 1] == ' ') n--;
        var key = buffer[start..n];
        // "St Helier", "St. Petersburg", "Ste-Foy": the abbreviated saint is spelled out.
        if (key.StartsWith("st ")) { "saint".CopyTo(buffer); key[2..].CopyTo(buffer[5..]); return n - start + 3; }
        if (key.StartsWith("ste ")) { "sainte".CopyTo(buffer); key[3..].CopyTo(buffer[6..]); return n - start + 3; }
        key.CopyTo(buffer);
        return n - start;
    }

    private static char[] MakeFold()
    {
        var fold = new char[FoldLast - FoldFirst + 1];
        for (int i = 0; i < fold.Length; i++)
        {
            var c = (char)(FoldFirst + i);
            if (!char.IsLetter(c)) { fold[i] = c == '\u00D7' || c == '\u00F7' ? ' ' : c; continue; }
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var b = decomposed.FirstOrDefault(ch => CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark);
            fold[i] = char.ToLowerInvariant(b == '\0' ? c : b);
        }
        // Letters that do not decompose but are written without the stroke in English texts.
        foreach (var (from, to) in new[] { ('ł', 'l'), ('Ł', 'l'), ('ø', 'o'), ('Ø', 'o'), ('đ', 'd'), ('Đ', 'd'), ('ı', 'i'), ('ħ', 'h'), ('Ħ', 'h') })
            fold[from - FoldFirst] = to;
        return fold;
    }
}
