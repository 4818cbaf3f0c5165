using Dateline.Ingest;
using Dateline.Linking;
using Dateline.Pipeline;
using Dateline.Storage.Sqlite;

namespace Dateline.Tests.Linking;

/// <summary>
/// The order reports arrive in does not decide what is one happening: a meeting dated from a weekday ("on Monday") and
/// one dated by the calendar ("Sept 26") a day apart, same place and people, join whichever is ingested first. Made-up articles.
/// </summary>
public sealed class ArrivalOrderTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Article(string name, string published, string outlet, string text)
    {
        var path = _dir.File($"in/{name}.txt", text);
        _dir.File($"in/{name}.meta.json", $$"""{ "url": "https://{{name}}.example/", "published": "{{published}}", "outlet": "{{outlet}}" }""");
        return path;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_weekday_report_and_a_calendar_date_report_a_day_apart_are_one_meeting_in_either_order(bool weekdayFirst)
    {
        var weekday = Article("weekday", "2017-09-26", "Southern Courier",
            "Haftar receives Pinotti\n\nKhalifa Haftar received Italian Defence Minister Roberta Pinotti in Benghazi on Monday, according to a statement.\n\nThe talks covered migration.\n");
        var calendar = Article("calendar", "2017-09-27", "Northern Gazette",
            "Pinotti meets Haftar\n\nItalian Defence Minister Roberta Pinotti met Khalifa Haftar in Benghazi on Sept 26, the ministry said.\n\nThe talks covered migration and the border.\n");
        using var store = SqliteArticleStore.Open(_dir.File("store.db"));
        var runner = new IngestRunner(store, StandardPipeline.Create(ShippedModels.Load()));
        foreach (var path in weekdayFirst ? new[] { weekday, calendar } : [calendar, weekday]) runner.Run([path]);

        var events = store.Graph(s => { var r = new GraphReader(s); return r.Timeline(r.Find("Roberta Pinotti")[0].Id); });
        var meeting = Assert.Single(events, e => e.Type == "CONSULT");
        Assert.Equal(2, meeting.Sources);
        Assert.Contains(meeting.Disagreements, d => d.StartsWith("date:", StringComparison.Ordinal));
    }
}
