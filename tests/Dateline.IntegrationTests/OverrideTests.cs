using System.Net;
using Dateline.Linking;
using Dateline.Storage.Sqlite;

namespace Dateline.IntegrationTests;

/// <summary>The user's corrections (`dateline entities merge`) as the desk shows them, on a copy of the sample store.</summary>
[Collection(SampleStoreCollection.Name)]
public sealed class OverrideTests(SampleStore store) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dateline-web-override-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task A_merged_entity_leads_to_the_one_that_absorbed_it_with_the_merge_in_its_history()
    {
        string copy = Path.Combine(_dir, "merged.db");
        File.Copy(store.DbPath, copy);
        long salame, salem;
        using (var s = SqliteArticleStore.Open(copy))
        {
            (salame, salem) = s.Graph(g =>
            {
                var r = new GraphReader(g);
                return (r.Find("Ghassan Salame")[0].Id, r.Find("Ghassan Salem")[0].Id);
            });
            s.Graph(g => EntityOverrides.Merge(g, salame, salem), write: true);
        }
        using var factory = new DeskFactory(copy);
        var (status, json, _) = await factory.Get($"/api/entities/{salem}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(salame.ToString(System.Globalization.CultureInfo.InvariantCulture), json.GetProperty("id").GetString());
        Assert.Contains("Ghassan Salem", json.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains(json.GetProperty("history").EnumerateArray(), h => h.GetString()!.StartsWith($"merged #{salem}", StringComparison.Ordinal));
        var (_, list, _) = await factory.Get("/api/entities?q=Ghassan");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        var (_, _, page) = await factory.Get($"/actors/{salem}");
        Assert.Contains("<h2>Corrections</h2>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_split_the_desk_timeline_names_the_split_off_participant_as_its_entity_is_named()
    {
        string copy = Path.Combine(_dir, "split.db");
        File.Copy(store.DbPath, copy);
        long split;
        using (var s = SqliteArticleStore.Open(copy))
            (split, _) = s.Graph(g => EntityOverrides.Split(g, new GraphReader(g).Find("Khalifa Haftar")[0].Id, "Khalifa Hiftar"), write: true);
        using var factory = new DeskFactory(copy);

        var (status, json, _) = await factory.Get($"/api/timeline?actor={split}");

        Assert.Equal(HttpStatusCode.OK, status);
        var id = split.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var named = json.GetProperty("events").EnumerateArray().SelectMany(e => e.GetProperty("participants").EnumerateArray())
            .Where(p => p.TryGetProperty("entity", out var entity) && entity.ToString() == id).Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.NotEmpty(named);
        Assert.All(named, n => Assert.Equal("Khalifa Hiftar", n));
    }

    [Fact]
    public async Task A_merge_made_from_the_command_line_while_the_desk_runs_reaches_its_lists()
    {
        string copy = Path.Combine(_dir, "live.db");
        File.Copy(store.DbPath, copy);
        using var factory = new DeskFactory(copy);
        var (_, before, _) = await factory.Get("/api/entities?q=Ghassan");
        Assert.Equal(2, before.GetProperty("total").GetInt32());
        using (var s = SqliteArticleStore.Open(copy))
            s.Graph(g =>
            {
                var r = new GraphReader(g);
                return EntityOverrides.Merge(g, r.Find("Ghassan Salame")[0].Id, r.Find("Ghassan Salem")[0].Id);
            }, write: true);
        // The desk checks the store at most every two seconds.
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var (_, after, _) = await factory.Get("/api/entities?q=Ghassan");
        Assert.Equal(1, after.GetProperty("total").GetInt32());
    }
}
