using Dateline.Model;

namespace Dateline.Tests.Model;

public class OffsetMapTests
{
    [Fact]
    public void Maps_verbatim_pieces_back_to_their_source_offsets()
    {
        const string source = "<p>Haftar met Conte.</p><p>In Rome &amp; Paris.</p>";
        var builder = new DerivedTextBuilder();
        builder.Append("Haftar met Conte.", 3, 17);
        builder.AppendSeparator("\n\n");
        builder.Append("In Rome ", 27, 8);
        builder.Append("&", 35, 5);
        builder.Append(" Paris.", 40, 7);
        var (text, map) = builder.Build();

        Assert.Equal("Haftar met Conte.\n\nIn Rome & Paris.", text);
        var conte = new TextSpan(text.IndexOf("Conte", StringComparison.Ordinal), text.IndexOf("Conte", StringComparison.Ordinal) + 5);
        Assert.Equal("Conte", map.ToSource(conte).Of(source));
        var paris = new TextSpan(text.IndexOf("Paris", StringComparison.Ordinal), text.IndexOf("Paris", StringComparison.Ordinal) + 5);
        Assert.Equal("Paris", map.ToSource(paris).Of(source));
        var amp = new TextSpan(text.IndexOf('&', StringComparison.Ordinal), text.IndexOf('&', StringComparison.Ordinal) + 1);
        Assert.Equal("&amp;", map.ToSource(amp).Of(source));
        Assert.Equal(-1, map.ToSource(17));
    }
}
