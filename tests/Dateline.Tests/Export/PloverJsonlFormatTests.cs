using System.Text.Json;
using Dateline.Export;

namespace Dateline.Tests.Export;

public class PloverJsonlFormatTests
{
    private static List<JsonElement> Records() =>
        [.. ExportFixtures.Write(new PloverJsonlFormat(), ExportFixtures.Set()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

    [Fact]
    public void Each_event_is_one_line_holding_one_json_record()
    {
        var text = ExportFixtures.Write(new PloverJsonlFormat(), ExportFixtures.Set());
        Assert.Equal(3, text.Count(c => c == '\n'));
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.Equal(["7", "8", "9"], Records().Select(r => r.GetProperty("id").GetString()));
    }

    [Fact]
    public void A_record_has_ploverss_fields_and_the_extensions_product_md_names()
    {
        var r = Records()[0];
        Assert.Equal("CONSULT", r.GetProperty("event").GetString());
        Assert.Equal("meeting", r.GetProperty("mode").GetString());
        Assert.Equal("diplomatic", r.GetProperty("context")[0].GetString());
        Assert.Equal(("2019-05-16", "day", "Thursday"),
            (r.GetProperty("date").GetProperty("value").GetString(), r.GetProperty("date").GetProperty("precision").GetString(), r.GetProperty("date").GetProperty("text").GetString()));
        var source = Assert.Single(r.GetProperty("source").EnumerateArray());
        Assert.Equal(("Khalifa Haftar", 11, "LBYMIL", "LBY"),
            (source.GetProperty("name").GetString(), source.GetProperty("entity").GetInt64(), source.GetProperty("code").GetString(), source.GetProperty("country").GetString()));
        Assert.Equal(2, r.GetProperty("target").GetArrayLength());
        Assert.Equal(("Rome", "ITA"), (r.GetProperty("eventLoc").GetProperty("text").GetString(), r.GetProperty("eventLoc").GetProperty("country").GetString()));
        Assert.Equal(("040", "happened"), (r.GetProperty("cameo").GetString(), r.GetProperty("status").GetString()));
        Assert.Equal(0.9, r.GetProperty("confidence").GetProperty("value").GetDouble());
        Assert.Equal((3, 3, 2, 1), (r.GetProperty("numMentions").GetInt32(), r.GetProperty("numArticles").GetInt32(), r.GetProperty("numSources").GetInt32(), r.GetProperty("copies").GetInt32()));
    }

    [Fact]
    public void Every_mention_cites_its_article_sentence_and_offsets_and_says_whether_it_is_a_copy()
    {
        var mentions = Records()[0].GetProperty("mentions").EnumerateArray().ToList();
        Assert.Equal([2L, 3L, 1L], mentions.Select(m => m.GetProperty("document").GetInt64()));
        var wire = mentions[0];
        Assert.Equal((0, 49, "Haftar held talks with Conte in Rome on Thursday."), (wire.GetProperty("start").GetInt32(), wire.GetProperty("end").GetInt32(), wire.GetProperty("quote").GetString()));
        Assert.Equal(("Example Wire", "https://wire.example/rome", "e1", 1), (wire.GetProperty("outlet").GetString(), wire.GetProperty("url").GetString(), wire.GetProperty("eventId").GetString(), wire.GetProperty("sentence").GetInt32()));
        Assert.False(wire.GetProperty("copy").GetBoolean());
        Assert.True(mentions[1].GetProperty("copy").GetBoolean());
    }

    [Fact]
    public void Versions_keep_their_sources_and_missing_values_are_left_out()
    {
        var visit = Records()[1];
        Assert.False(visit.TryGetProperty("eventLoc", out _));
        Assert.False(visit.TryGetProperty("story", out _));
        Assert.Equal("planned", visit.GetProperty("statuses")[0].GetProperty("value").GetString());
        Assert.Equal(4, visit.GetProperty("statuses")[0].GetProperty("articles")[0].GetInt64());
        var claim = Records()[2];
        Assert.True(claim.GetProperty("dates")[0].GetProperty("assumed").GetBoolean());
        Assert.Equal("date: a vs b", claim.GetProperty("disagreements")[0].GetString());
    }
}
