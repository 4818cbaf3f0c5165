using System.Text.Json;
using Dateline.Model;
using Dateline.Web.Desk;

namespace Dateline.IntegrationTests;

public sealed class EventLayerReaderTests
{
    private static readonly Document Doc = new()
    {
        Source = new SourceInfo("a.txt", SourceFormat.PlainText, "utf-8", "hash", 1),
        SourceText = "x",
        Text = "Haftar met Conte in Rome on Thursday. Later he left.",
    };

    [Fact]
    public void Reads_plover_records_with_their_cited_sentences()
    {
        var json = JsonDocument.Parse("""
            [{"id":"e1","event":"consult","mode":"visit","source":[{"name":"Khalifa Haftar"}],"target":["Giuseppe Conte"],
              "date":{"value":"2019-05-16","precision":"day","text":"Thursday"},"eventLoc":{"name":"Rome"},"cameo":"042","status":"happened",
              "confidence":0.8,"mentions":[{"start":0,"end":37}]}]
            """).RootElement;
        var e = Assert.Single(EventLayerReader.Parse(7, Doc, json));
        Assert.Equal("7-1", e.Id);
        Assert.Equal("CONSULT", e.Event);
        Assert.Equal(["Khalifa Haftar"], e.Source);
        Assert.Equal(["Giuseppe Conte"], e.Target);
        Assert.Equal("Rome", e.EventLoc);
        Assert.Equal(new DateOnly(2019, 5, 16), e.Day);
        var m = Assert.Single(e.Mentions);
        Assert.Equal("Haftar met Conte in Rome on Thursday.", m.Quote);
        Assert.Equal(7, m.Document);
    }

    [Theory]
    [InlineData("2019-05-16", "2019-05-16")]
    [InlineData("2019-05", "2019-05-01")]
    [InlineData("2019", "2019-01-01")]
    [InlineData("2019-W20", "2019-05-13")]
    [InlineData("2019-W60", null)]
    [InlineData("2019-SU", null)]
    [InlineData("", null)]
    public void Draws_calendar_values_at_their_first_day(string value, string? day) =>
        Assert.Equal(day is null ? null : DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), DeskDates.Day(value));
}
