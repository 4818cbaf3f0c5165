using System.Text;

namespace Dateline.Model;

/// <summary>
/// The normalisation every derived text gets: Unicode NFC, exotic spaces (no-break, thin, ideographic)
/// to a plain space, invisible characters (soft hyphen, zero-width space, BOM, direction marks) dropped.
/// </summary>
public static class TextNormalizer
{
    public static bool IsDropped(char c) => c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF' or '\u2060';

    public static bool IsOddSpace(char c) => c is '\u00A0' or '\u2007' or '\u202F' or '\u205F' or '\u3000' or (>= '\u2000' and <= '\u200A');

    /// <summary>True when <see cref="Normalize"/> would change the text.</summary>
    public static bool NeedsWork(string text)
    {
        bool ascii = true;
        foreach (char c in text)
        {
            if (c < 0x80) continue;
            ascii = false;
            if (IsDropped(c) || IsOddSpace(c)) return true;
        }
        return !ascii && !text.IsNormalized(NormalizationForm.FormC);
    }

    public static string Normalize(string text)
    {
        if (!NeedsWork(text)) return text;
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (IsDropped(c)) continue;
            sb.Append(IsOddSpace(c) ? ' ' : c);
        }
        var s = sb.ToString();
        return s.IsNormalized(NormalizationForm.FormC) ? s : s.Normalize(NormalizationForm.FormC);
    }
}
