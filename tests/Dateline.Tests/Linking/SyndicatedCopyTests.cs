using Dateline.Ingest;
using Dateline.Linking;
using Dateline.Pipeline;
using Dateline.Storage.Sqlite;

namespace Dateline.Tests.Linking;

/// <summary>A syndicated copy adds a mention to what its original reports, and is the source of what only it reports. Made-up articles.</summary>
public sealed class SyndicatedCopyTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string Wire =
        "Haftar in Rome\n\nROME, May 16 (AFP) - Libyan commander Khalifa Haftar held talks with Italian Prime Minister Giuseppe Conte in Rome on Thursday, officials said.\n\n" +
        "The meeting came as fighting around Tripoli entered its seventh week and European capitals sought a ceasefire between the rival governments.\n\n" +
        "Conte said he urged Haftar to halt his offensive on the capital and return to the negotiating table under the auspices of the United Nations.\n\n" +
        "Haftar, whose Libyan National Army launched its offensive in early April, has rejected calls for a truce.\n";

    private string Article(string name, string outlet, string text)
    {
        var path = _dir.File($"in/{name}.txt", text);
        _dir.File($"in/{name}.meta.json", $$"""{ "url": "https://{{name}}.example/", "published": "2019-05-16", "outlet": "{{outlet}}" }""");
        return path;
    }

    [Fact]
    public void A_happening_only_the_copy_reports_counts_the_copy_as_its_source()
    {
        var original = Article("wire", "Gulf Daily Wire", Wire);
        var copy = Article("copy", "Mediterranean Monitor", Wire + "\nHaftar also met Tunisian President Kais Saied in Tunis on Tuesday.\n");
        using var store = SqliteArticleStore.Open(_dir.File("store.db"));
        var runner = new IngestRunner(store, StandardPipeline.Create(ShippedModels.Load()));
        runner.Run([original]);
        runner.Run([copy]);

        var events = store.Graph(s => { var r = new GraphReader(s); return r.Timeline(r.Find("Khalifa Haftar")[0].Id); });
        var rome = Assert.Single(events, e => e.Type == "CONSULT" && e.Place == "Rome");
        Assert.Equal((1, 1), (rome.Sources, rome.Copies));
        var tunis = Assert.Single(events, e => e.Type == "CONSULT" && e.Place == "Tunis");
        Assert.Equal((1, 0), (tunis.Sources, tunis.Copies));
        Assert.Equal(["Mediterranean Monitor"], tunis.Outlets);
        // The event as exports read it: the copy's sentence is the Tunis meeting's source, not a copy.
        var cited = store.Graph(s => new GraphReader(s).Event(tunis.Id))!;
        Assert.False(Assert.Single(cited.Mentions).Article.Copy);
    }
}
