using Dateline.Ingest;
using Dateline.Linking;
using Dateline.Pipeline;
using Dateline.Storage.Sqlite;

namespace Dateline.Tests.Linking;

/// <summary>
/// One meeting told both ways round ("Pinotti met Haftar", "Haftar met Pinotti") keeps the first report's sides, and
/// the citations say which reports name a participant on the other side. Made-up articles.
/// </summary>
public sealed class ParticipantSideTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_report_that_names_a_participant_on_the_other_side_is_cited_as_the_other_reading()
    {
        _dir.Article("north", "2017-09-26", "Northern Gazette",
            "Pinotti meets Haftar\n\nItalian Defence Minister Roberta Pinotti met Field Marshal Khalifa Haftar in Benghazi on Tuesday, officials said.\n");
        _dir.Article("south", "2017-09-27", "Southern Courier",
            "Haftar meets Pinotti\n\nField Marshal Khalifa Haftar met Italian Defence Minister Roberta Pinotti in Benghazi on Tuesday, his office said.\n");
        using var store = SqliteArticleStore.Open(_dir.File("store.db"));
        new IngestRunner(store, StandardPipeline.Create(ShippedModels.Load())) { MaxParallelism = 1 }.Run([_dir.Path]);

        var meeting = Assert.Single(store.Graph(s => { var r = new GraphReader(s); return r.Timeline(r.Find("Roberta Pinotti")[0].Id); }), e => e.Type == "CONSULT");
        Assert.Equal(2, meeting.Sources);
        var pinotti = Assert.Single(meeting.Participants, p => p.Name.Contains("Pinotti", StringComparison.Ordinal));
        var haftar = Assert.Single(meeting.Participants, p => p.Name.Contains("Haftar", StringComparison.Ordinal));
        Assert.NotEqual(pinotti.Side, haftar.Side);
        Assert.Equal(2, pinotti.Sources.Count);
        // Exactly one of the two reports tells it the other way round, for each of them.
        Assert.Equal("Southern Courier", Assert.Single(pinotti.OtherSide).Outlet);
        Assert.Equal("Southern Courier", Assert.Single(haftar.OtherSide).Outlet);
    }

    [Fact]
    public void A_role_an_article_stored_later_gives_codes_the_earlier_events_too()
    {
        _dir.Article("a-bare", "2019-05-13", "Northern Gazette",
            "Rome talks\n\nKhalifa Haftar met Giuseppe Conte in Rome on Monday, officials said.\n");
        _dir.Article("b-titled", "2019-05-14", "Southern Courier",
            "Haftar statement\n\nField Marshal Khalifa Haftar said on Tuesday that his forces would advance.\n");
        using var store = SqliteArticleStore.Open(_dir.File("store.db"));
        new IngestRunner(store, StandardPipeline.Create(ShippedModels.Load())) { MaxParallelism = 1 }.Run([_dir.Path]);

        var meeting = Assert.Single(store.Graph(s => { var r = new GraphReader(s); return r.Timeline(r.Find("Khalifa Haftar")[0].Id); }), e => e.Type == "CONSULT");
        var haftar = Assert.Single(meeting.Participants, p => p.Name.Contains("Haftar", StringComparison.Ordinal));
        Assert.EndsWith("MIL", haftar.Code, StringComparison.Ordinal);
    }
}
