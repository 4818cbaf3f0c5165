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
    public static string Key(string name)
    {
        var source = name;
        foreach (var c in name)
            if (c > 0x7F) { source = StripMarks(name); break; }
        Span<char> buffer = source.Length <= 256 ? stackalloc char[source.Length] : new char[source.Length];
        int n = 0;
        bool space = true;
        foreach (var c in source)
        {
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
        while (n > 0 && buffer[n - 1] == ' ') n--;
        var key = buffer[..n];
        // "St Helier", "St. Petersburg", "Ste-Foy": the abbreviated saint is spelled out.
        if (key.StartsWith("st ")) return "saint" + new string(key[2..]);
        if (key.StartsWith("ste ")) return "sainte" + new string(key[3..]);
        return key.SequenceEqual(name) ? name : new string(key);
    }

    private static string StripMarks(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                sb.Append(c);
        // Letters that do not decompose but are written without the stroke in English texts.
        return sb.Replace('ł', 'l').Replace('Ł', 'L').Replace('ø', 'o').Replace('Ø', 'O').Replace('đ', 'd').Replace('Đ', 'D').Replace('ı', 'i').ToString();
    }
}
