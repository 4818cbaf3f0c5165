using System.Net;
using System.Text.Json;
using Dateline.Web.Desk;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests;

/// <summary>Events, timeline and network as they light up once documents carry events (here a fixed event source).</summary>
[Collection(SampleStoreCollection.Name)]
public sealed class EventApiTests(SampleStore store) : IDisposable
{
    private readonly DeskFactory _factory = new(store.DbPath)
    {
        Replace = s => s.AddSingleton<IEventSource>(new FixedEventSource(store)),
    };

    public void Dispose() => _factory.Dispose();

    private async Task<(HttpStatusCode Status, JsonElement Json, string Body)> Get(string url)
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        var json = (response.Content.Headers.ContentType?.MediaType ?? "").EndsWith("json", StringComparison.Ordinal) ? JsonDocument.Parse(body).RootElement.Clone() : default;
        return (response.StatusCode, json, body);
    }

    [Theory]
    [InlineData("", 2)]
    [InlineData("?actor=Haftar", 2)]
    [InlineData("?actor=person-giuseppe-conte", 1)]
    [InlineData("?type=consult", 2)]
    [InlineData("?type=ASSAULT", 0)]
    [InlineData("?from=2019-05-17", 1)]
    [InlineData("?to=2019-05", 2)]
    [InlineData("?from=2019-05-16&to=2019-05-16", 1)]
    [InlineData("?text=surprise%20talks", 1)]
    public async Task Events_filter_by_actor_type_dates_and_text(string query, int expected)
    {
        var (status, json, _) = await Get("/api/events" + query);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(expected, json.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_event_carries_its_cited_sentence_with_outlet_and_url()
    {
        var (status, json, _) = await Get($"/api/events/{store.RomeId}-1");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("CONSULT", json.GetProperty("event").GetString());
        Assert.Equal("2019-05-16", json.GetProperty("date").GetProperty("value").GetString());
        var m = json.GetProperty("mentions")[0];
        Assert.Equal(store.RomeId, m.GetProperty("document").GetInt64());
        Assert.Equal(SampleStore.RomeSentence, m.GetProperty("quote").GetString());
        Assert.Equal("https://medmonitor.example/rome", m.GetProperty("url").GetString());
    }

    [Fact]
    public async Task The_timeline_has_one_mark_per_event_in_date_order_and_the_network_its_partners()
    {
        var (_, t, _) = await Get("/api/timeline?actor=Khalifa%20Haftar");
        var marks = t.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(2, marks.Count);
        Assert.Equal("2019-05-16", marks[0].GetProperty("date").GetString());
        Assert.Equal(1, marks[0].GetProperty("sources").GetInt32());
        var (_, n, _) = await Get("/api/network?actor=Khalifa%20Haftar");
        var partners = n.GetProperty("edges").EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "event").Select(e => e.GetProperty("target").GetString()).ToList();
        Assert.Equal(["person-emmanuel-macron", "person-giuseppe-conte"], partners.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_event_page_quotes_the_sentence_and_links_to_it_in_the_article()
    {
        var (status, _, html) = await Get($"/events/{store.RomeId}-1");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<blockquote>" + SampleStore.RomeSentence + "</blockquote>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/articles/{store.RomeId}#m-{store.RomeId}-1-0\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"noopener noreferrer nofollow\" href=\"https://medmonitor.example/rome\"", html, StringComparison.Ordinal);
        var (_, _, article) = await Get($"/articles/{store.RomeId}");
        Assert.Contains($"id=\"m-{store.RomeId}-1-0\"", article, StringComparison.Ordinal);
    }
}
