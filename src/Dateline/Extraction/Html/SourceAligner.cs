using AngleSharp.Html;

namespace Dateline.Extraction.Html;

/// <summary>
/// Finds where a decoded text node lies in the HTML source, character by character, so that body
/// text maps back to source offsets. AngleSharp gives positions for elements only; a text node is
/// searched for after its parent's (or previous sibling's) start tag, first verbatim, then with
/// character references ("&amp;amp;", "&amp;ouml;", "&amp;#8211;") and CRLF line ends aligned.
/// Text nodes are aligned in document order, so a cursor keeps each search short.
/// </summary>
internal sealed class SourceAligner
{
    /// <summary>How far past the lower bound a text node is looked for.</summary>
    public const int SearchWindow = 200_000;

    /// <summary>How many candidate start positions the character-reference alignment tries.</summary>
    public const int MaxCandidates = 64;

    // Windows-1252 meanings of numeric references &#128;-&#159;, as HTML decoders apply them.
    private const string Cp1252High = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    private readonly string _source;
    private int _cursor;

    public SourceAligner(string source) => _source = source;

    /// <summary>
    /// Source offset and length for each character of <paramref name="text"/> (length 0 for characters
    /// left unaligned, such as surrounding whitespace), or null when the text cannot be found.
    /// </summary>
    public (int[] Starts, int[] Lengths)? Align(string text, int lowerBound)
    {
        int ts = 0, te = text.Length - 1;
        while (ts <= te && char.IsWhiteSpace(text[ts])) ts++;
        while (te >= ts && char.IsWhiteSpace(text[te])) te--;
        if (ts > te) return null;
        int from = Math.Clamp(Math.Max(_cursor, lowerBound), 0, _source.Length);
        int windowEnd = (int)Math.Min((long)from + SearchWindow, _source.Length);

        var starts = new int[text.Length];
        var lengths = new int[text.Length];
        int coreLength = te - ts + 1;
        int at = from;
        var core = text.Substring(ts, coreLength);
        for (int tries = 0; tries < MaxCandidates && at < windowEnd; tries++)
        {
            int found = _source.IndexOf(core, at, windowEnd - at, StringComparison.Ordinal);
            if (found < 0) break;
            if (IsInsideTag(found, from)) { at = found + 1; continue; }
            for (int i = ts; i <= te; i++) { starts[i] = found + (i - ts); lengths[i] = 1; }
            _cursor = found + coreLength;
            return (starts, lengths);
        }

        // Slow path: character references or CRLF in the source.
        int candidates = 0;
        for (int p = from; p < windowEnd && candidates < MaxCandidates; p++)
        {
            char s = _source[p];
            if (s != text[ts] && s != '&') continue;
            candidates++;
            if (IsInsideTag(p, from)) continue;
            int end = TryAlignAt(text, ts, te, p, starts, lengths);
            if (end < 0) continue;
            _cursor = end;
            return (starts, lengths);
        }
        return null;
    }

    /// <summary>True when <paramref name="pos"/> lies inside a tag (after a '&lt;' with no '&gt;' since).</summary>
    private bool IsInsideTag(int pos, int floor)
    {
        for (int j = pos - 1; j >= floor && j >= pos - 2000; j--)
        {
            char c = _source[j];
            if (c == '>') return false;
            if (c == '<') return true;
        }
        return false;
    }

    private int TryAlignAt(string text, int ts, int te, int p, int[] starts, int[] lengths)
    {
        int i = ts, j = p;
        while (i <= te)
        {
            if (j >= _source.Length) return -1;
            char c = text[i], s = _source[j];
            // A reference first: "&amp;" decodes to '&', which would also match the source '&' verbatim.
            if (s == '&' && DecodeReference(j) is { } reference && string.CompareOrdinal(text, i, reference.Value, 0, reference.Value.Length) == 0)
            {
                for (int k = 0; k < reference.Value.Length; k++) { starts[i + k] = j; lengths[i + k] = reference.Length; }
                i += reference.Value.Length;
                j += reference.Length;
            }
            else if (c == s)
            {
                starts[i] = j; lengths[i] = 1; i++; j++;
            }
            else if (s == '\r')
            {
                j++;
            }
            else if (char.IsWhiteSpace(c) && char.IsWhiteSpace(s))
            {
                starts[i] = j; lengths[i] = 1; i++; j++;
            }
            else
            {
                return -1;
            }
        }
        return j;
    }

    /// <summary>Decodes the character reference at <paramref name="at"/> ("&amp;amp;", "&amp;#150;", legacy "&amp;copy" with no semicolon).</summary>
    internal (string Value, int Length)? DecodeReference(int at)
    {
        int j = at + 1;
        if (j >= _source.Length) return null;
        if (_source[j] == '#')
        {
            j++;
            bool hex = j < _source.Length && (_source[j] is 'x' or 'X');
            if (hex) j++;
            int digitsStart = j;
            long code = 0;
            while (j < _source.Length && j - digitsStart < 8 && (hex ? Uri.IsHexDigit(_source[j]) : char.IsAsciiDigit(_source[j])))
            {
                code = code * (hex ? 16 : 10) + Convert.ToInt32(_source[j].ToString(), hex ? 16 : 10);
                j++;
            }
            if (j == digitsStart) return null;
            if (j < _source.Length && _source[j] == ';') j++;
            string value = code switch
            {
                0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF) => "\uFFFD",
                >= 0x80 and <= 0x9F => Cp1252High[(int)code - 0x80].ToString(),
                _ => char.ConvertFromUtf32((int)code),
            };
            return (value, j - at);
        }
        int nameStart = j;
        while (j < _source.Length && j - nameStart < 32 && char.IsAsciiLetterOrDigit(_source[j])) j++;
        if (j == nameStart) return null;
        var name = _source[nameStart..j];
        if (j < _source.Length && _source[j] == ';')
        {
            var symbol = HtmlEntityProvider.Resolver.GetSymbol(name + ";");
            if (!string.IsNullOrEmpty(symbol)) return (symbol, j + 1 - at);
        }
        // Legacy references without a semicolon match their longest known prefix ("&copy2019").
        for (int len = name.Length; len >= 2; len--)
        {
            var symbol = HtmlEntityProvider.Resolver.GetSymbol(name[..len]);
            if (!string.IsNullOrEmpty(symbol)) return (symbol, 1 + len);
        }
        return null;
    }
}
