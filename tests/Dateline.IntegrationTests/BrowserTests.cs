using System.Text.Json;
using Dateline.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Dateline.IntegrationTests;

/// <summary>
/// End to end in headless Chromium: Debian's chromium (DATELINE_TEST_CHROMIUM, set by .ci/browser.sh) driven by
/// Playwright through ExecutablePath, never a downloaded browser; the desk listens on a free port of 127.0.0.1.
/// Screenshots land in bin/.../screenshots (DATELINE_SCREENSHOTS overrides).
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class BrowserTests(SampleStore store, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private static readonly string? Chromium = Environment.GetEnvironmentVariable("DATELINE_TEST_CHROMIUM");

    private static readonly string Shots = Environment.GetEnvironmentVariable("DATELINE_SCREENSHOTS") is { Length: > 0 } s
        ? s : Path.Combine(AppContext.BaseDirectory, "screenshots");

    private WebApplication? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string _base = "";

    public async Task InitializeAsync()
    {
        if (string.IsNullOrEmpty(Chromium)) return;
        _app = DatelineWebApp.Build(["--urls=http://127.0.0.1:0", $"--{WebSettings.Store}={store.DbPath}"]);
        await _app.StartAsync();
        _base = _app.Urls.First().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ChromiumArgs });
        Directory.CreateDirectory(Shots);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
    }

    private void SkipWithoutChromium()
    {
        if (string.IsNullOrEmpty(Chromium))
        {
            const string reason = "DATELINE_TEST_CHROMIUM is not set (source .ci/browser.sh, or point it at a chromium binary)";
            output.WriteLine("skipped: " + reason);
            Console.WriteLine("BrowserTests skipped: " + reason);
            Skip.If(true, reason);
        }
    }

    private async Task<IPage> NewPage(int width = 1280, int height = 900)
    {
        var context = await _browser!.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        // These tests check what the desk shows, not how fast: on a loaded CI machine (Debug build) the first article page
        // can take over Playwright's default 30 s while the server loads its models.
        page.SetDefaultTimeout(90_000);
        page.SetDefaultNavigationTimeout(90_000);
        page.Console += (_, m) => output.WriteLine($"console {m.Type}: {m.Text}");
        return page;
    }

    /// <summary>
    /// Waits until the page is at <paramref name="glob"/> ("**" any text, "*" any text without a slash) and its whole body
    /// has arrived (the footer closes every page). It polls the address instead of calling WaitForURLAsync: when the URL
    /// already matches, that waits for a load state, and on a loaded CI machine Playwright now and then misses a load that
    /// fired before it listened (CI runs timed out on "/search?q=" and "/articles/*" with the page already shown).
    /// </summary>
    private static async Task Arrive(IPage page, string glob)
    {
        var pattern = new System.Text.RegularExpressions.Regex(
            "^" + System.Text.RegularExpressions.Regex.Escape(glob).Replace(@"\*\*", ".*", StringComparison.Ordinal).Replace(@"\*", "[^/]*", StringComparison.Ordinal) + "$");
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!pattern.IsMatch(page.Url))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"the page never reached {glob}; it is at {page.Url}");
            await Task.Delay(50);
        }
        await page.Locator("body > footer").WaitForAsync();
    }

    private async Task Shot(IPage page, string name)
    {
        string path = Path.Combine(Shots, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        output.WriteLine("screenshot: " + path);
    }

    [SkippableFact]
    public async Task From_the_story_list_to_a_highlighted_article_to_an_actor()
    {
        SkipWithoutChromium();
        var page = await NewPage();
        await page.GotoAsync(_base + "/");
        await Shot(page, "1-story-list");
        Assert.Equal("Stories", await page.Locator("h1").TextContentAsync());
        // The Rome story lists its articles with why each joined: the Mediterranean Monitor page as a syndicated copy.
        await page.GetByRole(AriaRole.Link, new() { Name = "Haftar holds surprise talks with Conte in Rome", Exact = true }).First.ClickAsync();
        await Arrive(page, "**/articles/*");
        Assert.Equal("Haftar holds surprise talks with Conte in Rome", await page.Locator("h1").TextContentAsync());
        Assert.True(await page.Locator(".ent-person").CountAsync() > 0, "person highlights");
        Assert.True(await page.Locator("mark.time").CountAsync() > 0, "time highlights");
        await Shot(page, "2-article-reader");
        await page.GetByRole(AriaRole.Link, new() { NameString = "Show removed boilerplate" }).ClickAsync();
        await page.Locator("text=Removed from the page").WaitForAsync();
        await Shot(page, "3-article-removed-shown");
        // Names inside a cited sentence carry their actor link as data-href (links do not nest); elsewhere they are links.
        var name = page.Locator(".ent-person[title='person: Khalifa Haftar']").First;
        string actor = await name.GetAttributeAsync("href") ?? (await name.GetAttributeAsync("data-href"))!;
        await page.GotoAsync(_base + actor);
        await Arrive(page, "**/actors/*");
        Assert.Equal("Khalifa Haftar", await page.Locator("h1").TextContentAsync());
        Assert.Equal(2, await page.Locator("svg.chart").CountAsync());
        await Shot(page, "4-actor-timeline-network");
    }

    [SkippableFact]
    public async Task From_an_actors_timeline_an_event_opens_every_report_and_the_sentence_in_each()
    {
        SkipWithoutChromium();
        using var http = new HttpClient { BaseAddress = new Uri(_base) };
        var timeline = JsonDocument.Parse(await http.GetStringAsync("/api/timeline?actor=Haftar")).RootElement;
        string haftar = timeline.GetProperty("actor").GetProperty("id").GetString()!;
        string rome = timeline.GetProperty("events").EnumerateArray()
            .Single(e => e.GetProperty("event").GetString() == "CONSULT" && e.TryGetProperty("place", out var p) && p.GetString() == "Rome").GetProperty("id").GetString()!;
        var page = await NewPage();
        await page.GotoAsync(_base + "/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Actors", Exact = true }).ClickAsync();
        await page.Locator($"main a[href='/actors/{haftar}']").ClickAsync();
        await Arrive(page, $"**/actors/{haftar}");
        Assert.Equal(timeline.GetProperty("events").GetArrayLength(), await page.Locator("svg.chart a.mark").CountAsync());
        await Shot(page, "8-actor-timeline-with-events");
        await page.Locator($"svg.chart a.mark[href='/events/{rome}'] circle").ClickAsync();
        await Arrive(page, $"**/events/{rome}");
        // One happening, every report: Gulf Daily Wire, its copy, The Tripoli Ledger (and The Sahel Observer).
        Assert.True(await page.Locator("blockquote").CountAsync() >= 3);
        await Shot(page, "9-event-page");
        await page.Locator($"a[href^='/articles/{store.RomeId}#q-']").ClickAsync();
        await Arrive(page, $"**/articles/{store.RomeId}#q-*");
        string anchor = new Uri(page.Url).Fragment.TrimStart('#');
        var cited = page.Locator($"[id='{anchor}']");
        Assert.Contains(SampleStore.RomeSentence, await cited.TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await cited.IsVisibleAsync());
        await Shot(page, "10-article-at-cited-sentence");
    }

    [SkippableFact]
    public async Task A_script_title_shows_as_text_and_runs_nothing()
    {
        SkipWithoutChromium();
        var page = await NewPage();
        bool dialog = false;
        page.Dialog += async (_, d) => { dialog = true; await d.DismissAsync(); };
        await page.GotoAsync($"{_base}/articles/{store.HostileId}");
        Assert.Equal(SampleStore.HostileTitle, await page.Locator("h1").TextContentAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.xssRan === 'undefined'"));
        Assert.Equal(0, await page.Locator("main script, main img, main b").CountAsync());
        await page.GotoAsync(_base + "/");
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.xssRan === 'undefined'"));
        Assert.False(dialog, "no alert ran");
        await Shot(page, "5-script-title-as-text");
    }

    [SkippableFact]
    public async Task The_desk_reads_on_a_phone_and_search_finds_the_article()
    {
        SkipWithoutChromium();
        var page = await NewPage(390, 844);
        await page.GotoAsync(_base + "/");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1"), "no sideways scrolling on a phone");
        await Shot(page, "6-phone-story-list");
        await page.Locator("header input[name=q]").FillAsync("Conte Rome");
        await page.Locator("header button").ClickAsync();
        await Arrive(page, "**/search?q=*");
        Assert.True(await page.Locator("ol.list li").CountAsync() >= 1);
        await Shot(page, "7-phone-search");
    }
}
