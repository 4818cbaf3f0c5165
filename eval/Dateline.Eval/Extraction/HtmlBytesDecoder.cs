using System.Text;
using System.Text.RegularExpressions;

namespace Dateline.Eval.Extraction;

/// <summary>
/// Decodes a page's bytes as a browser would for our purpose: a BOM, else strict UTF-8, else the
/// charset a &lt;meta&gt; tag declares, else Windows-1252.
/// </summary>
internal static partial class HtmlBytesDecoder
{
    static HtmlBytesDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [GeneratedRegex(@"charset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetDeclaration();

    public static string Decode(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
            var m = CharsetDeclaration().Match(head);
            if (m.Success)
            {
                try
                {
                    var declared = Encoding.GetEncoding(m.Groups[1].Value);
                    if (declared.CodePage != Encoding.UTF8.CodePage) return declared.GetString(bytes);
                }
                catch (ArgumentException)
                {
                    // Unknown charset name: fall through to Windows-1252.
                }
            }
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }
}
