using System.Text;
using Dateline.Ingest;

namespace Dateline.Tests.Ingest;

public class TextDecoderTests
{
    private const string Sample = "Café talks in Zürich — “quoted”";

    [Fact]
    public void Decodes_utf8_with_and_without_a_byte_order_mark()
    {
        var plain = Encoding.UTF8.GetBytes(Sample);
        Assert.Equal(Sample, TextDecoder.Decode(plain).Text!.Text);
        var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(plain).ToArray();
        var decoded = TextDecoder.Decode(withBom).Text!;
        Assert.Equal(Sample, decoded.Text);
        Assert.Contains("byte-order mark", decoded.Encoding, StringComparison.Ordinal);
    }

    [Fact]
    public void Decodes_utf16_with_a_byte_order_mark_and_without_one()
    {
        var le = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Sample)).ToArray();
        Assert.Equal(Sample, TextDecoder.Decode(le).Text!.Text);
        var beNoBom = Encoding.BigEndianUnicode.GetBytes("Plain ASCII text in UTF-16, big-endian.");
        Assert.Equal("Plain ASCII text in UTF-16, big-endian.", TextDecoder.Decode(beNoBom).Text!.Text);
    }

    [Fact]
    public void Falls_back_to_windows_1252_when_the_bytes_are_not_utf8()
    {
        var bytes = new byte[] { (byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)' ', 0x93, (byte)'q', 0x94 };
        var decoded = TextDecoder.Decode(bytes).Text!;
        Assert.Equal("Café “q”", decoded.Text);
        Assert.StartsWith("windows-1252", decoded.Encoding, StringComparison.Ordinal);
    }

    [Fact]
    public void Honours_the_charset_an_html_page_declares()
    {
        var html = "<html><head><meta charset=\"iso-8859-15\"></head><body>Prix: 5 \u20AC</body></html>";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("iso-8859-15").GetBytes(html);
        Assert.Contains("5 \u20AC", TextDecoder.Decode(bytes, isHtml: true).Text!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_utf8_text_cut_in_the_middle_of_a_character()
    {
        var bytes = Encoding.UTF8.GetBytes("Zürich talks é");
        var cut = bytes[..^1];
        Assert.Equal("Zürich talks ", TextDecoder.Decode(cut).Text!.Text);
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 32, 10, 9, 32 }, "white space")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 }, "binary")]
    public void Refuses_what_is_not_text_with_a_reason(byte[] bytes, string reason)
    {
        var (text, problem) = TextDecoder.Decode(bytes);
        Assert.Null(text);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }
}
