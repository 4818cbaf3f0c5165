using Dateline.Extraction.Html;
using Dateline.Extraction.Rules;

namespace Dateline.Tests.Extraction.Html;

public class HtmlArticleExtractorTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <title>Haftar meets Conte in Rome | Example News</title>
          <meta property="og:title" content="Haftar meets Conte in Rome">
          <meta property="og:site_name" content="Example News">
          <meta name="author" content="Jane Doe">
          <meta property="article:published_time" content="2019-05-16T10:30:00+02:00">
          <link rel="canonical" href="https://news.example.org/haftar-conte">
        </head>
        <body>
          <header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
          <div class="layout">
            <main>
              <article class="story">
                <h1>Haftar meets Conte in Rome</h1>
                <p class="lead">Libyan commander Khalifa Haftar met Italian Prime Minister Giuseppe Conte in Rome on Thursday, officials said.</p>
                <figure><img src="a.jpg"><figcaption>Haftar arrives at Palazzo Chigi. (Photo: AFP)</figcaption></figure>
                <p>The two men discussed a ceasefire around Tripoli, where fighting has killed hundreds of people since April, and the fate of the UN-led political process.</p>
                <p>READ ALSO: Tripoli clashes leave dozens dead</p>
                <p>Conte told reporters that Italy &amp; its partners wanted a political solution, not a military one, and that he would speak to Fayez al-Sarraj, the head of the Tripoli government, on Friday.</p>
                <div class="share-tools">Share on Facebook Share on Twitter</div>
              </article>
            </main>
            <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/1">Story one about something</a></li><li><a href="/2">Story two about something else</a></li></ul></aside>
          </div>
          <section id="comments"><h3>12 Comments</h3><p>I think this meeting is a disgrace, and nobody in Rome, Paris or Berlin seems to care about the people of Tripoli at all.</p></section>
          <footer>© 2019 Example News. All rights reserved.</footer>
        </body>
        </html>
        """;

    private static readonly HtmlArticleExtractor Extractor = new();

    [Fact]
    public void Extracts_the_story_paragraphs_and_nothing_else()
    {
        var article = Extractor.Extract(Page);
        Assert.Equal(
            "Libyan commander Khalifa Haftar met Italian Prime Minister Giuseppe Conte in Rome on Thursday, officials said.\n\n" +
            "The two men discussed a ceasefire around Tripoli, where fighting has killed hundreds of people since April, and the fate of the UN-led political process.\n\n" +
            "Conte told reporters that Italy & its partners wanted a political solution, not a military one, and that he would speak to Fayez al-Sarraj, the head of the Tripoli government, on Friday.",
            article.Text);
        Assert.Equal(3, article.Paragraphs.Length);
    }

    [Fact]
    public void Keeps_figure_captions_apart_from_the_body()
    {
        var caption = Assert.Single(Extractor.Extract(Page).Captions);
        Assert.Equal("Haftar arrives at Palazzo Chigi. (Photo: AFP)", caption.Text);
    }

    [Fact]
    public void Records_removed_blocks_with_their_rules()
    {
        var removals = Extractor.Extract(Page).Removals;
        Assert.Contains(removals, r => r.Rule == BoilerplateLineRules.CrossLinkRule && r.Text.StartsWith("READ ALSO", StringComparison.Ordinal));
        Assert.Contains(removals, r => r.Rule == "boilerplate-region" && r.Text.Contains("disgrace", StringComparison.Ordinal));
        Assert.Contains(removals, r => r.Rule == "boilerplate-region" && r.Reason.Contains("tag:footer", StringComparison.Ordinal));
        Assert.Contains(removals, r => r.Rule == "repeated-headline");
        Assert.All(removals, r => Assert.True(r.Text.Length <= Dateline.Extraction.ExtractionLimits.RemovalTextChars + 1));
    }

    [Fact]
    public void Maps_every_body_piece_and_removal_back_to_the_html_source()
    {
        var article = Extractor.Extract(Page);
        SourceMapAssert.MapsBackToSource(Page, article);
        int amp = article.Text.IndexOf('&', StringComparison.Ordinal);
        Assert.Equal("&amp;", article.Map.ToSource(new Dateline.Model.TextSpan(amp, amp + 1)).Of(Page));
        int conte = article.Text.IndexOf("Conte told", StringComparison.Ordinal);
        Assert.Equal("Conte told", article.Map.ToSource(new Dateline.Model.TextSpan(conte, conte + 10)).Of(Page));
    }

    [Fact]
    public void Reads_page_metadata_with_origins()
    {
        var meta = Extractor.Extract(Page).Metadata;
        Assert.Equal(("Haftar meets Conte in Rome", "html:meta[property=og:title]"), (meta.Title!.Value, meta.Title.Origin));
        Assert.Equal(("Example News", "html:meta[property=og:site_name]"), (meta.Outlet!.Value, meta.Outlet.Origin));
        Assert.Equal(("Jane Doe", "html:meta[name=author]"), (meta.Author!.Value, meta.Author.Origin));
        Assert.Equal(("2019-05-16T10:30:00+02:00", "html:meta[property=article:published_time]"), (meta.Published!.Value, meta.Published.Origin));
        Assert.Equal(("https://news.example.org/haftar-conte", "html:link[rel=canonical]"), (meta.Url!.Value, meta.Url.Origin));
        Assert.Equal(("en", "html:html[lang]"), (meta.Language!.Value, meta.Language.Origin));
        Assert.Equal(new DateOnly(2019, 5, 16), meta.PublishedOn);
    }

    [Fact]
    public void Falls_back_to_json_ld_title_time_and_title_element()
    {
        const string page = """
            <html><head><title>Talks stall in Geneva - Daily Example</title>
            <script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"John Roe"},"publisher":{"name":"Daily Example"}}</script>
            </head><body><article><time datetime="2020-01-19">19 Jan</time>
            <p>The talks in Geneva stalled on Sunday after the delegations failed to agree on the monitoring of a ceasefire line.</p></article></body></html>
            """;
        var meta = Extractor.Extract(page).Metadata;
        Assert.Equal(("Talks stall in Geneva", "html:title"), (meta.Title!.Value, meta.Title.Origin));
        Assert.Equal(("John Roe", "html:json-ld/author"), (meta.Author!.Value, meta.Author.Origin));
        Assert.Equal(("Daily Example", "html:json-ld/publisher"), (meta.Outlet!.Value, meta.Outlet.Origin));
        Assert.Equal(("2020-01-19", "html:time[datetime]"), (meta.Published!.Value, meta.Published.Origin));
    }

    [Fact]
    public void Uses_the_json_ld_article_body_to_find_the_container()
    {
        var body = "The ministers met in Cairo on Monday to discuss the border, the refugees and the oil fields in the south of the country. "
            + "They agreed to meet again in a month, in Tunis, with observers from the African Union and the Arab League present.";
        var teaser = string.Join("", Enumerable.Range(0, 6).Select(i => $"<p>Teaser number {i}, with commas, commas, commas, and a long long long long long long long long text that goes on.</p>"));
        var page = $$"""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"{{body}}"}</script></head>
            <body><div class="x">{{teaser}}</div><div class="y"><p>The ministers met in Cairo on Monday to discuss the border, the refugees and the oil fields in the south of the country.</p>
            <p>They agreed to meet again in a month, in Tunis, with observers from the African Union and the Arab League present.</p></div></body></html>
            """;
        var article = Extractor.Extract(page);
        Assert.StartsWith("The ministers met in Cairo", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Teaser", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_no_body_for_an_empty_page()
    {
        var article = Extractor.Extract("<html><body><nav><a href='/'>Home</a></nav></body></html>");
        Assert.Equal("", article.Text);
        Assert.Contains(article.Diagnostics, d => d.Code == "extract.no-body");
    }

    [Fact]
    public void Takes_the_agency_from_a_dateline_when_the_page_names_no_author()
    {
        const string page = "<html><body><article><p>TRIPOLI (AFP) - Heavy fighting broke out south of the Libyan capital on Thursday, residents said, as forces loyal to the government pushed back.</p><p>The United Nations called for a truce, saying that civilians were trapped in the southern suburbs, without water or power.</p></article></body></html>";
        var meta = Extractor.Extract(page).Metadata;
        Assert.Equal(("AFP", "text:dateline-agency"), (meta.Author!.Value, meta.Author.Origin));
    }

    private static string Paragraphs(string topic, int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i =>
            $"<p>Paragraph {i} about {topic}: the delegations met again on Monday, officials said, and agreed to keep talking about the ceasefire, the prisoners and the oil revenue.</p>"));

    [Fact]
    public void Keeps_a_story_whose_wrapper_carries_a_weak_furniture_class()
    {
        // "layout-sidebar-right" names the page layout of the wrapper that holds the headline, not a sidebar.
        var page = $"<html><body><div class=\"layout-sidebar-right\"><h1>Talks resume</h1>{Paragraphs("the talks", 4)}</div><div class=\"sidebar\"><a href=\"/x\">Other story</a></div></body></html>";
        var article = Extractor.Extract(page);
        Assert.Contains("Paragraph 4 about the talks", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Other story", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Takes_the_lead_between_the_headline_and_the_body_container()
    {
        var page = $"<html><head><meta property=\"og:title\" content=\"Talks resume\"></head><body><header><h1>Talks resume</h1><div class=\"intro\">The foreign ministers of both sides will meet in Geneva, the UN said on Sunday.</div></header><div class=\"article-body\">{Paragraphs("Geneva", 4)}</div></body></html>";
        var article = Extractor.Extract(page);
        Assert.StartsWith("The foreign ministers of both sides", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Talks fail in Geneva | Example News", "Example News", null, "Talks fail in Geneva")]
    [InlineData("Example News | Talks fail in Geneva", "Example News", null, "Talks fail in Geneva")]
    [InlineData("Talks fail - what now? | Example", null, "Talks fail - what now?", "Talks fail - what now?")]
    [InlineData("Talks fail: what now?", "Example News", null, "Talks fail: what now?")]
    public void Drops_the_site_name_from_the_headline(string title, string? outlet, string? h1, string expected) =>
        Assert.Equal(expected, HtmlMetadataReader.WithoutSiteName(title, outlet, h1));
}
