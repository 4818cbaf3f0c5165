using Dateline.Ingest;
using Dateline.Linking;
using Dateline.Pipeline;
using Dateline.Storage.Sqlite;

namespace Dateline.Tests.Linking;

/// <summary>
/// A trip announced by one outlet and reported done by another is one happening: the two reports join one event (the
/// event linker sees the same trip: type, people, place, day), and the statuses stay side by side with their sources
/// as a disagreement, never resolved silently. Made-up articles.
/// </summary>
public sealed class PlannedAndHappenedTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private void Article(string name, string published, string outlet, string text) => _dir.Article(name, published, outlet, text);

    [Fact]
    public void A_planned_visit_and_the_visit_done_are_one_event_whose_statuses_disagree_with_their_sources()
    {
        Article("plan", "2019-05-13", "Tripoli Ledger", "Conte to visit Tripoli\n\nItalian Prime Minister Giuseppe Conte will visit Tripoli on Thursday, his office said on Monday.\n");
        Article("done", "2019-05-16", "Levant Courier", "Conte visits Tripoli\n\nItalian Prime Minister Giuseppe Conte visited Tripoli on Thursday, his office said.\n");
        using var store = SqliteArticleStore.Open(_dir.File("store.db"));
        new IngestRunner(store, StandardPipeline.Create(ShippedModels.Load())).Run([_dir.Path]);

        var events = store.Graph(s => { var r = new GraphReader(s); return r.Timeline(r.Find("Giuseppe Conte")[0].Id); });
        var visit = Assert.Single(events, e => e.Mode == "visit");
        Assert.Equal(2, visit.Sources);
        var planned = Assert.Single(visit.Statuses, v => v.Value == "planned");
        var happened = Assert.Single(visit.Statuses, v => v.Value == "happened");
        Assert.Equal(["Tripoli Ledger"], planned.Sources.Select(a => a.Outlet));
        Assert.Equal(["Levant Courier"], happened.Sources.Select(a => a.Outlet));
        var disagreement = Assert.Single(visit.Disagreements, d => d.StartsWith("status:", StringComparison.Ordinal));
        Assert.Contains("planned (Tripoli Ledger)", disagreement, StringComparison.Ordinal);
        Assert.Contains("happened (Levant Courier)", disagreement, StringComparison.Ordinal);
    }
}
