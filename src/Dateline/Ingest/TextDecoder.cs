using System.Text;
using System.Text.RegularExpressions;

namespace Dateline.Ingest;

/// <summary>
/// Turns the bytes of an input into text: a byte-order mark wins; then strict UTF-8; then UTF-16
/// recognised by its zero bytes; then a charset the HTML page declares; Windows-1252 last (it maps
/// every byte, the usual encoding of old Western news pages). Binary data is refused, not guessed.
/// </summary>
public static partial class TextDecoder
{
    /// <summary>Share of control characters above which bytes are taken for binary data.</summary>
    private const double MaxControlShare = 0.02;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>, or returns the reason they are not text.</summary>
    public static (DecodedText? Text, string? Problem) Decode(ReadOnlySpan<byte> bytes, bool isHtml = false)
    {
        if (bytes.Length == 0) return (null, "the file is empty");
        var (bomEncoding, bomLength) = DetectBom(bytes);
        string text;
        string name;
        if (bomEncoding is not null)
        {
            text = bomEncoding.GetString(bytes[bomLength..]);
            name = bomEncoding.WebName + " (byte-order mark)";
        }
        else if (LooksLikeUtf16(bytes, out var utf16))
        {
            // Before UTF-8: the zero bytes of UTF-16 are valid (if binary-looking) UTF-8.
            text = utf16.GetString(bytes);
            name = utf16.WebName + " (no byte-order mark)";
        }
        else if (TryUtf8(bytes, out var utf8))
        {
            text = utf8;
            name = "utf-8";
        }
        else
        {
            var declared = isHtml ? DeclaredHtmlCharset(bytes) : null;
            var encoding = declared ?? Encoding.GetEncoding(1252);
            text = encoding.GetString(bytes);
            name = declared is null ? "windows-1252 (fallback: not valid UTF-8)" : encoding.WebName + " (declared by the page)";
        }
        if (LooksBinary(text)) return (null, "the file looks binary (control characters or NUL bytes), not text");
        if (text.AsSpan().Trim().IsEmpty) return (null, "the file holds only white space");
        return (new DecodedText(text, name), null);
    }

    private static (Encoding? Encoding, int Length) DetectBom(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) return (new UTF8Encoding(false), 3);
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) return (new UTF32Encoding(false, false), 4);
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) return (new UnicodeEncoding(false, false), 2);
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) return (new UnicodeEncoding(true, false), 2);
        return (null, 0);
    }

    private static bool TryUtf8(ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            // A file cut in the middle of a multi-byte character is still UTF-8: decode all but the tail.
            int trim = 0;
            while (trim < 3 && trim < bytes.Length && (bytes[bytes.Length - 1 - trim] & 0xC0) == 0x80) trim++;
            if (trim < bytes.Length && (bytes[bytes.Length - 1 - trim] & 0xC0) == 0xC0)
            {
                try
                {
                    text = StrictUtf8.GetString(bytes[..^(trim + 1)]);
                    return true;
                }
                catch (DecoderFallbackException)
                {
                }
            }
            text = "";
            return false;
        }
    }

    /// <summary>UTF-16 without a BOM: ASCII-heavy text leaves every other byte zero.</summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> b, out Encoding encoding)
    {
        encoding = Encoding.Unicode;
        if (b.Length < 4 || b.Length % 2 != 0) return false;
        int n = Math.Min(b.Length, 4096) / 2, evenZero = 0, oddZero = 0;
        for (int i = 0; i < n; i++)
        {
            if (b[2 * i] == 0) evenZero++;
            if (b[2 * i + 1] == 0) oddZero++;
        }
        if (oddZero > n * 0.4 && evenZero < n * 0.05) { encoding = new UnicodeEncoding(false, false); return true; }
        if (evenZero > n * 0.4 && oddZero < n * 0.05) { encoding = new UnicodeEncoding(true, false); return true; }
        return false;
    }

    private static Encoding? DeclaredHtmlCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var m = CharsetPattern().Match(head);
        if (!m.Success) return null;
        try
        {
            return Encoding.GetEncoding(m.Groups[1].Value.Trim());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool LooksBinary(string text)
    {
        int n = Math.Min(text.Length, 8192), control = 0;
        for (int i = 0; i < n; i++)
        {
            char c = text[i];
            if (c == '\0') return true;
            if (c < 0x20 && c is not ('\n' or '\r' or '\t' or '\f')) control++;
            else if (c == '\uFFFD') control++;
        }
        return n > 0 && control > n * MaxControlShare;
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetPattern();
}
