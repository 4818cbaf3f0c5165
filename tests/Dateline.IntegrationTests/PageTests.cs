using System.Net;

namespace Dateline.IntegrationTests;

[Collection(SampleStoreCollection.Name)]
public sealed class PageTests(SampleStore store) : IDisposable
{
    private readonly DeskFactory _factory = new(store.DbPath);

    public void Dispose() => _factory.Dispose();

    private async Task<(HttpStatusCode Status, string Html)> Get(string url)
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_script_title_is_shown_as_text_everywhere()
    {
        foreach (var url in new[] { "/", $"/articles/{store.HostileId}", "/search?q=Tripoli", "/actors/person-khalifa-haftar" })
        {
            var (status, html) = await Get(url);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<b>talks", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        }
        var (_, article) = await Get($"/articles/{store.HostileId}");
        Assert.Contains("&lt;script&gt;window.xssRan=1;alert(1)&lt;/script&gt; Tripoli &lt;b&gt;talks&lt;/b&gt;", article, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", article, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript", article, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_story_list_shows_the_newest_story_first_with_its_articles_and_why_each_joined()
    {
        var (status, html) = await Get("/");
        Assert.Equal(HttpStatusCode.OK, status);
        int hostile = html.IndexOf("Tripoli &lt;b&gt;talks", StringComparison.Ordinal);
        int palermo = html.IndexOf("Conte hosts Haftar and Sarraj at Palermo conference", StringComparison.Ordinal);
        Assert.True(hostile > 0 && palermo > hostile, "the 30 May 2019 story comes before the November 2018 one");
        Assert.Contains($"<a href=\"/articles/{store.RomeId}\">Haftar holds surprise talks with Conte in Rome</a>", html, StringComparison.Ordinal);
        Assert.Contains("syndicated copy</span> <span class=\"why\">— copy of article", html, StringComparison.Ordinal);
        Assert.Contains("first article of a new story", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reader_highlights_entities_and_times_and_greys_removals_on_request()
    {
        var (_, list) = await Get("/api/search?q=Conte%20surprise");
        long id = System.Text.Json.JsonDocument.Parse(list).RootElement.GetProperty("items")[0].GetProperty("id").GetInt64();
        var (status, html) = await Get($"/articles/{id}");
        Assert.Equal(HttpStatusCode.OK, status);
        // Inside a sentence that links to its event the name carries data-href (links do not nest).
        // Names link to the cross-document entity the article's chain was linked to.
        var entities = System.Text.Json.JsonDocument.Parse((await Get("/api/entities?q=Khalifa%20Haftar")).Html).RootElement;
        string haftar = entities.GetProperty("items")[0].GetProperty("id").GetString()!;
        Assert.Matches($"class=\"ent ent-person\" (data-)?href=\"/actors/{haftar}\"", html);
        Assert.Contains("<mark class=\"time\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Removed from the page", html, StringComparison.Ordinal);
        var (_, removed) = await Get($"/articles/{id}?removed=1");
        Assert.Contains("Removed from the page", removed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_actor_page_draws_a_timeline_and_a_network()
    {
        var (status, html) = await Get("/actors/person-khalifa-haftar");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("aria-label=\"Timeline of Khalifa Haftar\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Network of Khalifa Haftar\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/articles/abc", HttpStatusCode.NotFound)]
    [InlineData("/articles/424242", HttpStatusCode.NotFound)]
    [InlineData("/actors/nobody-at-all", HttpStatusCode.NotFound)]
    [InlineData("/events/9-9", HttpStatusCode.NotFound)]
    [InlineData("/events/424242", HttpStatusCode.NotFound)]
    [InlineData("/actors/424242", HttpStatusCode.NotFound)]
    [InlineData("/no/such/page", HttpStatusCode.NotFound)]
    [InlineData("/?page=0", HttpStatusCode.BadRequest)]
    [InlineData("/actors?page=x", HttpStatusCode.BadRequest)]
    [InlineData("/events", HttpStatusCode.OK)]
    [InlineData("/actors", HttpStatusCode.OK)]
    [InlineData("/search", HttpStatusCode.OK)]
    [InlineData("/search?q=%3Cscript%3E", HttpStatusCode.OK)]
    [InlineData("/static/site.css", HttpStatusCode.OK)]
    public async Task Pages_answer_with_the_right_status(string url, HttpStatusCode expected)
    {
        var (status, _) = await Get(url);
        Assert.Equal(expected, status);
    }
}
