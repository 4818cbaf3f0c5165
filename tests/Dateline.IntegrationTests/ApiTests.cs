using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Dateline.Web;

namespace Dateline.IntegrationTests;

[Collection(SampleStoreCollection.Name)]
public sealed class ApiTests(SampleStore store) : IDisposable
{
    private readonly DeskFactory _factory = new(store.DbPath);

    public void Dispose() => _factory.Dispose();

    private async Task<(HttpStatusCode Status, JsonElement Json, HttpResponseMessage Response)> Get(string url)
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        var json = text.Length > 0 && (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) ?? false)
            ? JsonDocument.Parse(text).RootElement.Clone() : default;
        return (response.StatusCode, json, response);
    }

    [Fact]
    public async Task Articles_come_in_pages_newest_first()
    {
        var (status, json, _) = await Get("/api/articles?offset=1&limit=2");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(store.Count, json.GetProperty("total").GetInt32());
        Assert.Equal(2, json.GetProperty("items").GetArrayLength());
        var (_, all, _) = await Get("/api/articles?limit=200");
        var dates = all.GetProperty("items").EnumerateArray().Select(a => a.TryGetProperty("published", out var p) ? p.GetString() ?? "" : "").ToList();
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
        Assert.Equal("2019-05-30", dates[0]);
    }

    [Fact]
    public async Task An_article_has_its_text_and_layers()
    {
        var (status, json, _) = await Get($"/api/articles/{store.HostileId}");
        Assert.Equal(HttpStatusCode.OK, status);
        var doc = json.GetProperty("document");
        Assert.Contains("talks in Rome", doc.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(SampleStore.HostileTitle, doc.GetProperty("metadata").GetProperty("title").GetProperty("value").GetString());
        Assert.True(doc.GetProperty("entityMentions").GetArrayLength() > 0);
        Assert.True(doc.GetProperty("timeExpressions").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("/api/articles?limit=0", "limit")]
    [InlineData("/api/articles?limit=abc", "limit")]
    [InlineData("/api/articles?limit=100000", "limit")]
    [InlineData("/api/articles?offset=-1", "offset")]
    [InlineData("/api/articles?limit=1&limit=2", "limit")]
    [InlineData("/api/stories?offset=x", "offset")]
    [InlineData("/api/entities?limit=-5", "limit")]
    [InlineData("/api/events?from=2019-13-01", "from")]
    [InlineData("/api/events?to=yesterday", "to")]
    [InlineData("/api/events?from=2019-06&to=2019-05", "from")]
    [InlineData("/api/timeline", "actor")]
    [InlineData("/api/network?actor=", "actor")]
    [InlineData("/api/search", "q")]
    [InlineData("/api/search?q=%22%2A%28%29", "q")]
    [InlineData("/api/articles/abc", "positive whole number")]
    [InlineData("/api/articles/-3", "positive whole number")]
    [InlineData("/api/articles/99999999999999999999999", "positive whole number")]
    public async Task Bad_input_gets_a_400_problem_naming_the_reason(string url, string reason)
    {
        var (status, json, response) = await Get(url);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, json.GetProperty("status").GetInt32());
        Assert.Contains(reason, json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/articles/99999")]
    [InlineData("/api/entities/person-nobody-at-all")]
    [InlineData("/api/events/99999-1")]
    [InlineData("/api/events/99999")]
    [InlineData("/api/stories/99999")]
    [InlineData("/api/timeline?actor=Nobody%20At%20All")]
    [InlineData("/api/network?actor=Nobody%20At%20All")]
    [InlineData("/api/no-such-endpoint")]
    public async Task Unknown_ids_get_a_404_problem(string url)
    {
        var (status, json, response) = await Get(url);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, json.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Entities_are_one_per_actor_with_each_spelling_and_the_articles_using_it()
    {
        var (status, json, _) = await Get("/api/entities?type=person&limit=200");
        Assert.Equal(HttpStatusCode.OK, status);
        var haftar = Assert.Single(json.GetProperty("items").EnumerateArray(), e => e.GetProperty("name").GetString() == "Khalifa Haftar");
        string id = haftar.GetProperty("id").GetString()!;
        Assert.True(long.TryParse(id, out _), "the graph's entity id");
        Assert.True(haftar.GetProperty("articles").GetArrayLength() >= 3);
        Assert.DoesNotContain(json.GetProperty("items").EnumerateArray(), e => e.GetProperty("name").GetString() == "Khalifa Hiftar");
        var (one, detail, _) = await Get("/api/entities/" + id);
        Assert.Equal(HttpStatusCode.OK, one);
        Assert.Contains("Haftar", detail.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        var hiftar = Assert.Single(detail.GetProperty("spellings").EnumerateArray(), s => s.GetProperty("spelling").GetString() == "Khalifa Hiftar");
        Assert.Equal("The Tripoli Ledger", Assert.Single(hiftar.GetProperty("articles").EnumerateArray()).GetProperty("outlet").GetString());
        Assert.All(detail.GetProperty("links").EnumerateArray(), l => Assert.False(string.IsNullOrEmpty(l.GetProperty("reason").GetString())));
        // The desk's former ids (type and name as a slug) still find the entity.
        var (_, legacy, _) = await Get("/api/entities/person-khalifa-haftar");
        Assert.Equal(id, legacy.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Salem_and_salame_are_two_entities()
    {
        var (_, json, _) = await Get("/api/entities?q=Ghassan&limit=200");
        var names = json.GetProperty("items").EnumerateArray().ToDictionary(e => e.GetProperty("name").GetString()!, e => e);
        Assert.Contains("Ghassan Salem", names.Keys);
        var salame = names["Ghassan Salame"];
        Assert.Contains("Ghassan Salamé", salame.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.DoesNotContain(salame.GetProperty("spellings").EnumerateArray(), s => s.GetProperty("spelling").GetString()!.Contains("Salem", StringComparison.Ordinal));
        Assert.NotEqual(salame.GetProperty("id").GetString(), names["Ghassan Salem"].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Events_filter_by_actor_type_date_and_text_and_cite_their_sentences()
    {
        var (status, json, _) = await Get("/api/events?actor=Haftar&type=CONSULT&from=2019&to=2019-12-31&text=Rome");
        Assert.Equal(HttpStatusCode.OK, status);
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, e =>
        {
            Assert.Equal("CONSULT", e.GetProperty("event").GetString());
            Assert.All(e.GetProperty("mentions").EnumerateArray(), m => Assert.False(string.IsNullOrEmpty(m.GetProperty("quote").GetString())));
        });
        var (none, empty, _) = await Get("/api/events?actor=Haftar&from=1990-01-01&to=1990-12-31");
        Assert.Equal(HttpStatusCode.OK, none);
        Assert.Equal(0, empty.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Stories_group_the_articles_newest_first_with_why_each_joined()
    {
        var (status, json, _) = await Get("/api/stories?limit=200");
        Assert.Equal(HttpStatusCode.OK, status);
        var stories = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(store.Count, stories.Sum(s => s.GetProperty("articles").GetArrayLength()));
        Assert.Contains(store.HostileId, stories[0].GetProperty("articles").EnumerateArray().Select(a => a.GetInt64()));
        var published = stories.Select(s => s.GetProperty("published").GetString()).ToList();
        Assert.Equal(published.OrderDescending(StringComparer.Ordinal), published);
        // The syndicated copy sits in its original's story, saying so; the Rome and Paris reports share a story.
        var rome = Assert.Single(stories, s => s.GetProperty("articles").EnumerateArray().Any(a => a.GetInt64() == store.RomeId));
        var copy = Assert.Single(rome.GetProperty("members").EnumerateArray(), m => m.GetProperty("article").GetProperty("article").GetInt64() == store.RomeId);
        Assert.True(copy.GetProperty("article").GetProperty("copy").GetBoolean());
        Assert.StartsWith("copy of article", copy.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("The Tripoli Ledger", rome.GetProperty("outlets").EnumerateArray().Select(o => o.GetString()));
        var palermo = Assert.Single(stories, s => s.GetProperty("title").GetString() == "Conte hosts Haftar and Sarraj at Palermo conference");
        Assert.NotEqual(rome.GetProperty("id").GetInt64(), palermo.GetProperty("id").GetInt64());
        var (one, detail, _) = await Get($"/api/stories/{rome.GetProperty("id").GetInt64()}");
        Assert.Equal(HttpStatusCode.OK, one);
        Assert.Equal(rome.GetProperty("articles").GetArrayLength(), detail.GetProperty("members").GetArrayLength());
    }

    [Fact]
    public async Task An_actors_timeline_lists_the_articles_naming_it_by_alias()
    {
        var (status, json, _) = await Get("/api/timeline?actor=haftar");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Khalifa Haftar", json.GetProperty("actor").GetProperty("name").GetString());
        Assert.NotEqual(0, json.GetProperty("events").GetArrayLength());
        Assert.True(json.GetProperty("articles").GetArrayLength() >= 3);
    }

    [Fact]
    public async Task An_actors_network_links_the_actors_named_with_it()
    {
        var (_, entities, _) = await Get("/api/entities?q=Khalifa%20Haftar");
        string haftar = entities.GetProperty("items")[0].GetProperty("id").GetString()!;
        var (status, json, _) = await Get("/api/network?actor=person-khalifa-haftar");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(haftar, json.GetProperty("nodes")[0].GetProperty("id").GetString());
        var edges = json.GetProperty("edges").EnumerateArray().ToList();
        Assert.NotEmpty(edges);
        Assert.All(edges, e => Assert.Contains(e.GetProperty("kind").GetString(), (string[])["event", "co-mention"]));
        var names = json.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("name").GetString());
        Assert.Contains(edges, e => e.GetProperty("kind").GetString() == "event" && names[e.GetProperty("target").GetString()!] == "Giuseppe Conte");
    }

    [Fact]
    public async Task Search_finds_articles_with_every_word()
    {
        var (status, json, _) = await Get("/api/search?q=Conte%20Rome");
        Assert.Equal(HttpStatusCode.OK, status);
        var titles = json.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("title").GetString()).ToList();
        Assert.Contains("Haftar holds surprise talks with Conte in Rome", titles);
        var (_, none, _) = await Get("/api/search?q=zzzqqqxx");
        Assert.Equal(0, none.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task An_unchanged_answer_is_not_sent_twice()
    {
        using var client = _factory.CreateClient();
        var first = await client.GetAsync("/api/stories");
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/stories");
        again.Headers.IfNoneMatch.Add(tag!);
        var second = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        using var other = new HttpRequestMessage(HttpMethod.Get, "/api/stories");
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\""));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(other)).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_lists_every_endpoint()
    {
        var (status, json, _) = await Get("/openapi.json");
        Assert.Equal(HttpStatusCode.OK, status);
        var paths = json.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var p in new[] { "/api/articles", "/api/articles/{id}", "/api/entities", "/api/entities/{id}", "/api/events", "/api/events/{id}", "/api/stories", "/api/stories/{id}", "/api/timeline", "/api/network", "/api/search" })
            Assert.Contains(p, paths);
        Assert.DoesNotContain("/api/ingest", paths);
    }

    [Fact]
    public async Task There_is_no_write_endpoint_by_default()
    {
        using var client = _factory.CreateClient();
        using var form = new MultipartFormDataContent { { new StringContent("Some text."), "file", "a.txt" } };
        var response = await client.PostAsync("/api/ingest", form);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("--allow-ingest", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(store.Count, (await Get("/api/articles")).Json.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Every_answer_carries_the_strict_content_security_policy()
    {
        foreach (var url in new[] { "/", "/api/articles", "/articles/1", "/nowhere" })
        {
            var (_, _, response) = await Get(url);
            Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.DoesNotContain("script-src", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        }
    }
}
