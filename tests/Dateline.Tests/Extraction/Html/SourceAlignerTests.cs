using Dateline.Extraction.Html;

namespace Dateline.Tests.Extraction.Html;

public class SourceAlignerTests
{
    [Fact]
    public void Finds_verbatim_text_after_the_lower_bound()
    {
        const string source = "<p title=\"Rome\">Rome</p><p>Rome again</p>";
        var aligner = new SourceAligner(source);
        var (starts, lengths) = aligner.Align("Rome again", 24)!.Value;
        Assert.Equal(source.IndexOf("Rome again", StringComparison.Ordinal), starts[0]);
        Assert.All(lengths, l => Assert.Equal(1, l));
    }

    [Fact]
    public void Does_not_match_inside_a_tag()
    {
        const string source = "<p title=\"Rome\">Rome</p>";
        var (starts, _) = new SourceAligner(source).Align("Rome", 0)!.Value;
        Assert.Equal(16, starts[0]);
    }

    [Fact]
    public void Aligns_character_references_to_their_source_text()
    {
        const string source = "<p>Gr&ouml;&szlig;e &amp; Wert &#8211; &copy2019</p>";
        const string decoded = "Größe & Wert – ©2019";
        var (starts, lengths) = new SourceAligner(source).Align(decoded, 0)!.Value;
        Assert.Equal("&ouml;", source.Substring(starts[2], lengths[2]));
        Assert.Equal("&amp;", source.Substring(starts[6], lengths[6]));
        Assert.Equal("&#8211;", source.Substring(starts[13], lengths[13]));
        Assert.Equal("&copy", source.Substring(starts[15], lengths[15]));
        Assert.Equal('2', source[starts[16]]);
    }

    [Fact]
    public void Skips_carriage_returns_of_windows_line_ends()
    {
        const string source = "<p>line one\r\nline two</p>";
        var (starts, _) = new SourceAligner(source).Align("line one\nline two", 0)!.Value;
        Assert.Equal('\n', source[starts[8]]);
        Assert.Equal('l', source[starts[9]]);
    }

    [Fact]
    public void Returns_null_when_the_text_is_not_in_the_source() =>
        Assert.Null(new SourceAligner("<p>abc</p>").Align("xyz", 0));
}
