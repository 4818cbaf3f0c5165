using System.Net;
using System.Text.Json;
using Dateline.Web;

namespace Dateline.IntegrationTests;

public sealed class IngestEndpointTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dateline-web-ingest-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private string Db => Path.Combine(_dir, "up.db");

    [Fact]
    public async Task With_uploads_allowed_a_posted_file_becomes_an_article()
    {
        Dateline.Storage.Sqlite.SqliteArticleStore.Open(Db).Dispose();
        using var factory = new DeskFactory(Db, (WebSettings.AllowIngest, "true"));
        using var client = factory.CreateClient();
        using var form = new MultipartFormDataContent
        {
            { new StringContent("The foreign minister of Italy met envoys in Tunis on Tuesday to discuss a ceasefire in Libya."), "file", "../../etc/tunis talks.txt" },
        };
        var response = await client.PostAsync("/api/ingest", form);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, json.GetProperty("ingested").GetInt32());
        Assert.Equal("tunis_talks.txt", json.GetProperty("items")[0].GetProperty("file").GetString());
        var list = JsonDocument.Parse(await client.GetStringAsync("/api/articles")).RootElement;
        Assert.Equal(1, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_upload_codes_the_actors_imported_into_the_store()
    {
        using (var store = Dateline.Storage.Sqlite.SqliteArticleStore.Open(Db))
            store.Graph(session =>
            {
                new Dateline.Knowledge.StoredKnowledge(session).AddActor(new Dateline.Knowledge.KnownActor("x:1", "BORIS VALENKOV", ["VALENKOV"],
                    [new Dateline.Knowledge.ActorRole(null, "RUS", "RUSGOV", new DateOnly(2010, 1, 1), new DateOnly(2030, 12, 31))], "test"));
                return 0;
            }, write: true);
        using var factory = new DeskFactory(Db, (WebSettings.AllowIngest, "true"));
        using var client = factory.CreateClient();
        using var form = new MultipartFormDataContent
        {
            { new StringContent("Valenkov meets Conte\n\nROME, May 16 - Boris Valenkov met Italian Prime Minister Giuseppe Conte in Rome on Thursday, officials said.\n"), "file", "a.txt" },
            { new StringContent("""{"published": "2019-05-16", "outlet": "Test Wire"}"""), "file", "a.meta.json" },
        };
        var response = await client.PostAsync("/api/ingest", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var article = JsonDocument.Parse(await client.GetStringAsync("/api/articles/1")).RootElement;
        var sources = article.GetProperty("document").GetProperty("eventMentions").EnumerateArray().Select(e => e.GetProperty("source")[0]);
        Assert.Contains(sources, a => a.GetProperty("code").GetString() == "RUSGOV" && a.GetProperty("name").GetString() == "Boris Valenkov");
    }

    [Fact]
    public async Task An_event_page_says_which_reports_tell_a_participant_the_other_way_round()
    {
        var input = Path.Combine(_dir, "in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "north.txt"), "Pinotti meets Haftar\n\nItalian Defence Minister Roberta Pinotti met Field Marshal Khalifa Haftar in Benghazi on Tuesday, officials said.\n");
        File.WriteAllText(Path.Combine(input, "north.meta.json"), """{"published": "2017-09-26", "outlet": "Northern Gazette"}""");
        File.WriteAllText(Path.Combine(input, "south.txt"), "Haftar meets Pinotti\n\nField Marshal Khalifa Haftar met Italian Defence Minister Roberta Pinotti in Benghazi on Tuesday, his office said.\n");
        File.WriteAllText(Path.Combine(input, "south.meta.json"), """{"published": "2017-09-27", "outlet": "Southern Courier"}""");
        using (var store = Dateline.Storage.Sqlite.SqliteArticleStore.Open(Db))
            new Dateline.Ingest.IngestRunner(store, Dateline.Pipeline.StandardPipeline.Create(Dateline.Pipeline.ShippedModels.Load())) { MaxParallelism = 1 }.Run([input]);
        using var factory = new DeskFactory(Db);
        using var client = factory.CreateClient();
        var events = JsonDocument.Parse(await client.GetStringAsync("/api/events?type=CONSULT")).RootElement.GetProperty("items");
        var meeting = Assert.Single(events.EnumerateArray());
        var other = meeting.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("otherSide").GetArrayLength()).ToList();
        Assert.Equal([1, 1], other);
        var page = await client.GetStringAsync($"/events/{meeting.GetProperty("id").GetRawText().Trim('"')}");
        Assert.Contains("(as target per", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_refused()
    {
        Dateline.Storage.Sqlite.SqliteArticleStore.Open(Db).Dispose();
        using var factory = new DeskFactory(Db, (WebSettings.AllowIngest, "true"), (WebSettings.MaxUploadBytes, "200"));
        using var client = factory.CreateClient();
        using var form = new MultipartFormDataContent { { new StringContent(new string('a', 5000)), "file", "big.txt" } };
        var response = await client.PostAsync("/api/ingest", form);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
