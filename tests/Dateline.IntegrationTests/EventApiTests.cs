using System.Net;
using System.Text.Json;

namespace Dateline.IntegrationTests;

/// <summary>Events, timeline, network and event pages as the cross-document graph gives them: each real happening once, with every report.</summary>
[Collection(SampleStoreCollection.Name)]
public sealed class EventApiTests(SampleStore store) : IDisposable
{
    private static readonly System.Text.Encodings.Web.HtmlEncoder Encoder = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private readonly DeskFactory _factory = new(store.DbPath);

    public void Dispose() => _factory.Dispose();

    private static IEnumerable<string?> Outlets(JsonElement e) => e.GetProperty("outlets").EnumerateArray().Select(o => o.GetString());

    [Fact]
    public async Task The_rome_meeting_appears_once_on_haftars_timeline_with_every_outlet_and_the_copy_counted_as_a_copy()
    {
        var (status, t, _) = await _factory.Get("/api/timeline?actor=Haftar");
        Assert.Equal(HttpStatusCode.OK, status);
        var rome = Assert.Single(t.GetProperty("events").EnumerateArray(),
            e => e.GetProperty("event").GetString() == "CONSULT" && e.TryGetProperty("place", out var p) && p.GetString() == "Rome");
        Assert.Equal("2019-05-16", rome.GetProperty("date").GetString());
        Assert.Equal("day", rome.GetProperty("precision").GetString());
        Assert.Contains("Gulf Daily Wire", Outlets(rome));
        Assert.Contains("The Tripoli Ledger", Outlets(rome));
        // The Mediterranean Monitor page is a syndicated copy of the Gulf Daily Wire report: a copy, not a source.
        Assert.DoesNotContain("Mediterranean Monitor", Outlets(rome));
        Assert.Equal(1, rome.GetProperty("copies").GetInt32());
        Assert.Equal(rome.GetProperty("outlets").GetArrayLength(), rome.GetProperty("sources").GetInt32());
        // Participants with the reports naming each; the typo'd "Khalifa Hiftar" of The Tripoli Ledger is Haftar.
        var haftar = Assert.Single(rome.GetProperty("participants").EnumerateArray(), p => p.GetProperty("name").GetString() == "Khalifa Haftar");
        Assert.Contains(haftar.GetProperty("sources").EnumerateArray(), s => s.GetProperty("outlet").GetString() == "The Tripoli Ledger");
        Assert.Contains(haftar.GetProperty("sources").EnumerateArray(), s => s.GetProperty("copy").GetBoolean());
    }

    [Fact]
    public async Task Reports_disagreeing_on_the_day_are_shown_side_by_side_with_who_says_which()
    {
        var rome = await _factory.RomeMeeting();
        var disagreement = Assert.Single(rome.GetProperty("disagreements").EnumerateArray().Select(d => d.GetString()!), d => d.StartsWith("date:", StringComparison.Ordinal));
        Assert.Contains("2019-05-15 (The Tripoli Ledger)", disagreement, StringComparison.Ordinal);
        var dates = rome.GetProperty("dates").EnumerateArray().ToDictionary(d => d.GetProperty("value").GetString()!, d => d.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("outlet").GetString()).ToList());
        Assert.Contains("Gulf Daily Wire", dates["2019-05-16"]);
        Assert.Equal(["The Tripoli Ledger"], dates["2019-05-15"]);
    }

    [Fact]
    public async Task The_palermo_meeting_a_year_earlier_is_another_event()
    {
        var (_, t, _) = await _factory.Get("/api/timeline?actor=Haftar");
        var meetings = t.GetProperty("events").EnumerateArray().Where(e => e.GetProperty("event").GetString() == "CONSULT" && e.TryGetProperty("place", out _)).ToList();
        Assert.Single(meetings, e => e.GetProperty("place").GetString() == "Palermo" && e.GetProperty("date").GetString() == "2018-11-13");
        var days = t.GetProperty("events").EnumerateArray().Select(e => e.TryGetProperty("day", out var d) ? d.GetString() : "9999").ToList();
        Assert.Equal(days.Order(StringComparer.Ordinal), days);
    }

    [Theory]
    [InlineData("?actor=Haftar")]
    [InlineData("?type=consult")]
    [InlineData("?from=2019-05-17")]
    [InlineData("?to=2019-05-15")]
    [InlineData("?from=2019-05-16&to=2019-05-16")]
    [InlineData("?text=surprise%20talks")]
    public async Task Events_filter_by_actor_type_dates_and_text(string query)
    {
        var (status, all, _) = await _factory.Get("/api/events?limit=200");
        long haftar = long.Parse(await _factory.EntityId("Khalifa Haftar"), System.Globalization.CultureInfo.InvariantCulture);
        var (_, json, _) = await _factory.Get("/api/events" + query + "&limit=200");
        Assert.Equal(HttpStatusCode.OK, status);
        int total = json.GetProperty("total").GetInt32();
        Assert.InRange(total, 1, all.GetProperty("total").GetInt32() - 1);
        foreach (var e in json.GetProperty("items").EnumerateArray())
        {
            string day = e.GetProperty("day").GetString()!;
            if (query.Contains("actor", StringComparison.Ordinal)) Assert.Contains(e.GetProperty("participants").EnumerateArray(), p => p.TryGetProperty("entity", out var id) && id.GetInt64() == haftar);
            if (query.Contains("type", StringComparison.Ordinal)) Assert.Equal("CONSULT", e.GetProperty("event").GetString());
            if (query.Contains("from=2019-05-17", StringComparison.Ordinal)) Assert.True(string.CompareOrdinal(day, "2019-05-17") >= 0, day);
            if (query.Contains("to=2019-05-15", StringComparison.Ordinal)) Assert.True(string.CompareOrdinal(day, "2019-05-15") <= 0, day);
            if (query.Contains("from=2019-05-16&", StringComparison.Ordinal)) Assert.Equal("2019-05-16", day);
            if (query.Contains("text", StringComparison.Ordinal))
                Assert.Contains(e.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("quote").GetString()!.Contains("surprise talks", StringComparison.OrdinalIgnoreCase));
        }
        var (_, none, _) = await _factory.Get("/api/events?type=ASSAULT&actor=Giuseppe%20Conte");
        Assert.Equal(0, none.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_event_carries_every_report_with_outlet_url_offsets_and_the_copy_marked()
    {
        var rome = await _factory.RomeMeeting();
        var (status, json, _) = await _factory.Get("/api/events/" + rome.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("CONSULT", json.GetProperty("event").GetString());
        Assert.Equal("2019-05-16", json.GetProperty("date").GetProperty("value").GetString());
        Assert.Equal("day", json.GetProperty("date").GetProperty("precision").GetString());
        Assert.Equal("Rome", json.GetProperty("eventLoc").GetString());
        var mentions = json.GetProperty("mentions").EnumerateArray().ToList();
        var monitor = Assert.Single(mentions, m => m.GetProperty("document").GetInt64() == store.RomeId);
        Assert.Contains(SampleStore.RomeSentence, monitor.GetProperty("quote").GetString(), StringComparison.Ordinal);
        Assert.Equal(monitor.GetProperty("quote").GetString(), store.RomeText[monitor.GetProperty("start").GetInt32()..monitor.GetProperty("end").GetInt32()]);
        Assert.Equal("https://www.medmonitor.example/libya/2019/05/16/haftar-conte-rome-talks", monitor.GetProperty("url").GetString());
        Assert.True(monitor.GetProperty("copy").GetBoolean());
        Assert.Contains(mentions, m => m.GetProperty("outlet").GetString() == "The Tripoli Ledger" && m.GetProperty("quote").GetString()!.Contains("Khalifa Hiftar", StringComparison.Ordinal));
        Assert.All(mentions, m => Assert.False(string.IsNullOrEmpty(m.GetProperty("reason").GetString())));
    }

    [Fact]
    public async Task The_network_has_typed_dated_counted_event_edges_each_happening_once()
    {
        string haftar = await _factory.EntityId("Khalifa Haftar");
        string conte = await _factory.EntityId("Giuseppe Conte");
        var (status, n, _) = await _factory.Get("/api/network?actor=Haftar");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(haftar, n.GetProperty("nodes")[0].GetProperty("id").GetString());
        var edges = n.GetProperty("edges").EnumerateArray().ToList();
        Assert.All(edges, e => Assert.Contains(e.GetProperty("kind").GetString(), (string[])["event", "co-mention"]));
        // Rome: Haftar met Conte, reported by three outlets and a copy, is one event on the edge.
        var rome = Assert.Single(edges, e => e.GetProperty("kind").GetString() == "event" && e.GetProperty("type").GetString() == "CONSULT"
            && e.GetProperty("source").GetString() == haftar && e.GetProperty("target").GetString() == conte);
        Assert.Equal(1, rome.GetProperty("weight").GetInt32());
        Assert.Equal("2019-05-16", rome.GetProperty("first").GetString());
        // Palermo: Conte hosted Haftar, the other way round, a year earlier.
        Assert.Contains(edges, e => e.GetProperty("kind").GetString() == "event" && e.GetProperty("source").GetString() == conte
            && e.GetProperty("target").GetString() == haftar && e.GetProperty("first").GetString() == "2018-11-13");
        Assert.Contains(edges, e => e.GetProperty("kind").GetString() == "co-mention");
    }

    [Fact]
    public async Task The_event_page_shows_every_report_and_links_each_quote_to_its_sentence_in_the_article()
    {
        var rome = await _factory.RomeMeeting();
        string id = rome.GetProperty("id").GetString()!;
        var (_, json, _) = await _factory.Get("/api/events/" + id);
        var (status, _, html) = await _factory.Get("/events/" + id);
        Assert.Equal(HttpStatusCode.OK, status);
        foreach (var m in json.GetProperty("mentions").EnumerateArray())
        {
            Assert.Contains("<blockquote>" + Encoder.Encode(m.GetProperty("quote").GetString()!) + "</blockquote>", html, StringComparison.Ordinal);
            long doc = m.GetProperty("document").GetInt64();
            int start = m.GetProperty("start").GetInt32();
            Assert.Contains($"href=\"/articles/{doc}#q-{start}\"", html, StringComparison.Ordinal);
            var (_, _, article) = await _factory.Get($"/articles/{doc}");
            Assert.Contains($"id=\"q-{start}\"", article, StringComparison.Ordinal);
        }
        Assert.Contains("syndicated copy", html, StringComparison.Ordinal);
        Assert.Contains("The Tripoli Ledger", html, StringComparison.Ordinal);
        Assert.Contains("<table class=\"versions\">", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"noopener noreferrer nofollow\" href=\"https://www.medmonitor.example/libya/2019/05/16/haftar-conte-rome-talks\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_actor_page_lists_each_happening_once_with_its_outlets_and_disagreements()
    {
        string haftar = await _factory.EntityId("Khalifa Haftar");
        var rome = await _factory.RomeMeeting();
        var (status, _, html) = await _factory.Get("/actors/" + haftar);
        Assert.Equal(HttpStatusCode.OK, status);
        string link = $"href=\"/events/{rome.GetProperty("id").GetString()}\"";
        // Once in the events list (the timeline's mark is the other link).
        Assert.Equal(2, html.Split(link).Length - 1);
        Assert.Contains("reports differ on date: 2019-05-16", html, StringComparison.Ordinal);
        Assert.Contains("<q>Khalifa Hiftar</q>", html, StringComparison.Ordinal);
    }
}
