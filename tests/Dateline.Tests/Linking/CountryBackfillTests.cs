using Dateline.Ingest;
using Dateline.Linking;
using Dateline.Pipeline;
using Dateline.Storage.Sqlite;

namespace Dateline.Tests.Linking;

/// <summary>
/// The order articles arrive in does not decide a participant's code: an entity that first learns its country from a later
/// article gives it to the events stored before. Made-up articles.
/// </summary>
public sealed class CountryBackfillTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Article(string name, string published, string text)
    {
        var folder = System.IO.Path.Combine(_dir.Path, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(System.IO.Path.Combine(folder, name + ".txt"), text);
        File.WriteAllText(System.IO.Path.Combine(folder, name + ".meta.json"), $$"""{ "url": "https://{{name}}.example/", "published": "{{published}}", "outlet": "{{name}}" }""");
        return folder;
    }

    [Fact]
    public void A_country_learned_later_reaches_the_events_stored_before()
    {
        var first = Article("benghazi", "2017-09-30", "Pinotti in Benghazi\n\nItalian Defence Minister Roberta Pinotti met Marshal Khalifa Haftar in Benghazi on Saturday. Ms Pinotti and Marshal Haftar discussed migration.\n");
        var later = Article("paris", "2019-05-22", "Haftar in Paris\n\nLibyan commander Khalifa Haftar held talks with French President Emmanuel Macron in Paris on Wednesday.\n");
        using var store = SqliteArticleStore.Open(_dir.File("store.db"));
        var runner = new IngestRunner(store, StandardPipeline.Create(ShippedModels.Load()));
        runner.Run([first]);
        string? Code() => store.Graph(s =>
        {
            var r = new GraphReader(s);
            var benghazi = Assert.Single(r.Timeline(r.Find("Khalifa Haftar")[0].Id), e => e.Place == "Benghazi");
            return Assert.Single(benghazi.Participants, p => p.Name.Contains("Haftar", StringComparison.Ordinal)).Code;
        });
        Assert.DoesNotContain("LBY", Code() ?? "", StringComparison.Ordinal);
        runner.Run([later]);
        Assert.StartsWith("LBY", Code(), StringComparison.Ordinal);
    }
}
