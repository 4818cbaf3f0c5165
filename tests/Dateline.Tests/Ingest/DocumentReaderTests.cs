using Dateline.Ingest;
using Dateline.Model;

namespace Dateline.Tests.Ingest;

public class DocumentReaderTests
{
    private static List<ReadItem> Read(string path) =>
        InputEnumerator.Expand([path]).SelectMany(x => x.File is null ? [new ReadItem(null, x.Rejection)] : new DocumentReader().Read(x.File)).ToList();

    [Fact]
    public void A_sidecar_gives_metadata_and_is_never_an_article_of_its_own()
    {
        using var dir = new TempFolder();
        dir.File("story.txt", SampleArticles.RomeTalks);
        dir.File("story.meta.json", """{"url": "https://example.org/a", "published": "2019-05-16", "outlet": "Example Times", "title": "Talks", "language": "en"}""");
        var items = Read(dir.Path);
        var doc = Assert.Single(items).Document!;
        Assert.Equal("Example Times", doc.Metadata.Outlet!.Value);
        Assert.Equal("sidecar:outlet", doc.Metadata.Outlet.Origin);
        Assert.Equal(new DateOnly(2019, 5, 16), doc.Metadata.PublishedOn);
        Assert.Equal(SampleArticles.RomeTalks, doc.SourceText);
    }

    [Fact]
    public void A_saved_html_page_reads_its_sidecar_like_a_text_file()
    {
        using var dir = new TempFolder();
        dir.File("page.html", "<html><head><title>Talks</title></head><body><article><p>Haftar met Conte in Rome on Thursday, officials said.</p></article></body></html>");
        dir.File("page.meta.json", """{"url": "https://example.org/p", "published": "2019-05-16", "outlet": "Example Times"}""");

        var doc = Assert.Single(Read(dir.Path)).Document!;

        Assert.Equal(SourceFormat.Html, doc.Source.Format);
        Assert.Equal("Example Times", doc.Metadata.Outlet!.Value);
        Assert.Equal(new DateOnly(2019, 5, 16), doc.Metadata.PublishedOn);
    }

    [Fact]
    public void A_publication_date_that_cannot_be_read_is_left_out_with_a_warning_quoting_it()
    {
        using var dir = new TempFolder();
        dir.File("story.txt", SampleArticles.RomeTalks);
        dir.File("story.meta.json", """{"published": "last Thursday", "outlet": "Example Times"}""");
        dir.File("feed.jsonl", """{"maintext": "Haftar met Conte in Rome.", "date_publish": "sometime in May"}""" + "\n");

        var docs = Read(dir.Path).Select(i => i.Document!).ToList();

        Assert.All(docs, d => Assert.Null(d.Metadata.Published));
        var warnings = docs.Select(d => Assert.Single(d.Diagnostics, x => x.Code == "ingest.bad-date")).ToList();
        Assert.All(warnings, w => Assert.Equal(DiagnosticSeverity.Warning, w.Severity));
        Assert.Contains("'sometime in May'", warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains("'last Thursday'", warnings[1].Message, StringComparison.Ordinal);
        Assert.Equal("Example Times", docs[1].Metadata.Outlet!.Value);
    }

    [Fact]
    public void A_sidecar_value_that_is_not_text_is_left_out_with_a_warning_naming_the_field()
    {
        using var dir = new TempFolder();
        dir.File("story.txt", SampleArticles.RomeTalks);
        dir.File("story.meta.json", """{"outlet": 5, "url": {"href": "https://example.org/a"}, "title": "Talks", "published": null}""");

        var doc = Assert.Single(Read(dir.Path)).Document!;

        Assert.Null(doc.Metadata.Outlet);
        Assert.Null(doc.Metadata.Url);
        Assert.Equal("Talks", doc.Metadata.Title!.Value);
        var warning = Assert.Single(doc.Diagnostics, x => x.Code == "ingest.bad-field");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("'outlet' (a number)", warning.Message, StringComparison.Ordinal);
        Assert.Contains("'url' (an object)", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("published", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Metadata_values_with_line_breaks_tabs_or_control_characters_become_one_line()
    {
        using var dir = new TempFolder();
        dir.File("story.txt", SampleArticles.RomeTalks);
        dir.File("story.meta.json", """{"title": " Haftar meets Conte,\n\tin Rome ", "outlet": "The \u001b[31mOdd\r\nTimes", "author": ["Ann\nLee", "Bo  Ray"]}""");

        var doc = Assert.Single(Read(dir.Path)).Document!;

        Assert.Equal("Haftar meets Conte, in Rome", doc.Metadata.Title!.Value);
        Assert.Equal("The [31mOdd Times", doc.Metadata.Outlet!.Value);
        Assert.Equal("Ann Lee, Bo Ray", doc.Metadata.Author!.Value);
    }

    [Fact]
    public void A_news_please_record_keeps_its_content_hash_whatever_the_title_spacing_shown()
    {
        using var dir = new TempFolder();
        var feed = dir.File("feed.jsonl", """{"maintext": "Haftar met Conte in Rome.", "title": "Haftar\n meets Conte", "url": "https://example.org/a"}""" + "\n");

        var doc = Assert.Single(Read(feed)).Document!;

        Assert.Equal("Haftar meets Conte", doc.Metadata.Title!.Value);
        Assert.Equal(ContentHash.Of(["Haftar met Conte in Rome.", "https://example.org/a", "Haftar\n meets Conte"]), doc.Source.ContentHash);
    }

    [Fact]
    public void Naming_a_sidecar_alone_is_rejected_with_the_reason()
    {
        using var dir = new TempFolder();
        var sidecar = dir.File("story.meta.json", "{}");
        var rejection = Assert.Single(Read(sidecar)).Rejection!;
        Assert.Equal("ingest.sidecar-alone", rejection.Code);
    }

    [Fact]
    public void A_sidecar_in_a_folder_with_no_article_beside_it_is_reported_not_dropped_silently()
    {
        using var dir = new TempFolder();
        dir.File("story-1.txt", SampleArticles.RomeTalks);
        dir.File("story.meta.json", """{"outlet": "Example Times"}""");
        dir.File("page.html", "<html><body><p>Haftar met Conte in Rome on Thursday, officials said.</p></body></html>");
        dir.File("page.meta.json", """{"outlet": "Example Times"}""");

        var items = Read(dir.Path);

        var rejection = Assert.Single(items, i => i.Rejection is not null).Rejection!;
        Assert.Equal("ingest.sidecar-alone", rejection.Code);
        Assert.EndsWith("story.meta.json", rejection.Path, StringComparison.Ordinal);
        Assert.Contains("story.txt", rejection.Reason, StringComparison.Ordinal);
        Assert.Equal(2, items.Count(i => i.Document is not null));
    }

    [Fact]
    public void A_broken_sidecar_rejects_its_article_and_names_the_sidecar()
    {
        using var dir = new TempFolder();
        dir.File("story.txt", SampleArticles.RomeTalks);
        dir.File("story.meta.json", "{ \"url\": ");
        var rejection = Assert.Single(Read(dir.Path)).Rejection!;
        Assert.Equal("ingest.bad-sidecar", rejection.Code);
        Assert.Contains("story.meta.json", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_news_please_records_and_rejects_only_the_malformed_line()
    {
        using var dir = new TempFolder();
        var path = dir.File("feed.jsonl", string.Join('\n',
            """{"title": "One", "maintext": "First body.", "date_publish": "2019-05-16 10:00:00", "url": "https://example.org/1", "source_domain": "example.org", "authors": ["A. Writer", "B. Writer"], "language": "en"}""",
            """{"title": "Two", "maintext": "Second """,
            "",
            """{"title": "Three", "maintext": ""}""",
            """{"title": "Four", "maintext": "Fourth body."}"""));
        var items = Read(path);
        Assert.Equal(4, items.Count);
        var first = items[0].Document!;
        Assert.Equal(SourceFormat.NewsPleaseJson, first.Source.Format);
        Assert.Equal("First body.", first.SourceText);
        Assert.Equal("2019-05-16T10:00:00", first.Metadata.Published!.Value);
        Assert.Equal("A. Writer, B. Writer", first.Metadata.Author!.Value);
        Assert.Equal("example.org", first.Metadata.Outlet!.Value);
        Assert.Equal(("ingest.bad-json", 1), (items[1].Rejection!.Code, items[1].Rejection!.RecordIndex!.Value));
        Assert.Equal("ingest.no-body", items[2].Rejection!.Code);
        Assert.Equal(4, items[3].Document!.Source.RecordIndex);
    }

    [Fact]
    public void Rejects_a_file_too_large_to_be_one_article_without_reading_it()
    {
        using var dir = new TempFolder();
        var path = dir.File("huge.txt");
        using (var f = File.Create(path)) f.SetLength(DocumentReader.MaxArticleBytes + 1);
        Assert.Equal("ingest.too-large", Assert.Single(Read(path)).Rejection!.Code);
    }

    [Fact]
    public void Walks_folders_in_a_stable_order_and_skips_files_that_are_not_articles()
    {
        using var dir = new TempFolder();
        dir.File("b/2.txt", "Headline\n\nBody two.");
        dir.File("a/1.html", "<html><body><p>Body one.</p></body></html>");
        dir.File("a/photo.jpg", "not an article");
        dir.File("a/1.meta.json", "{}");
        dir.File(".hidden/x.txt", "Hidden\n\nBody.");
        var files = InputEnumerator.Expand([dir.Path]).Select(x => Path.GetRelativePath(dir.Path, x.File!.Path)).ToList();
        Assert.Equal(["a/1.html", "b/2.txt"], files);
    }

    [Fact]
    public void A_missing_path_is_a_rejection_not_an_exception()
    {
        var rejection = Assert.Single(Read("/no/such/place/story.txt")).Rejection!;
        Assert.Equal("ingest.not-found", rejection.Code);
    }

    [Theory]
    [InlineData("2019-05-16", "2019-05-16")]
    [InlineData("2019-05-16 10:00:00", "2019-05-16T10:00:00")]
    [InlineData("2019-05-16T18:40:00+02:00", "2019-05-16T18:40:00+02:00")]
    [InlineData("2019-05-16T09:15:00Z", "2019-05-16T09:15:00Z")]
    [InlineData("16 May 2019", "2019-05-16")]
    [InlineData("May 16, 2019", "2019-05-16")]
    [InlineData("yesterday", null)]
    public void Normalises_publication_dates_to_iso_8601(string given, string? expected) =>
        Assert.Equal(expected, PublicationDate.Normalize(given));
}
