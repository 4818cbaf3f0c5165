using System.Text.Json;
using Dateline.Model;
using Dateline.Pipeline;
using Dateline.Time;

namespace Dateline.Tests.Time;

public class TimeStageTests
{
    private static Document Article(string text, string? published) => new()
    {
        Source = new SourceInfo("story.txt", SourceFormat.PlainText, "utf-8", "hash", text.Length),
        SourceText = text,
        Text = text,
        Metadata = published is null ? ArticleMetadata.Empty : new ArticleMetadata { Published = new MetadataValue(published, "sidecar") },
    };

    [Fact]
    public void Anchors_on_the_publication_date_from_the_metadata()
    {
        var doc = new TimeStage().Process(Article("The envoy arrived on Monday.", "2019-05-16T09:00:00+02:00"));
        var t = Assert.Single(doc.TimeExpressions);
        Assert.Equal("2019-05-13", t.Value);
        Assert.Equal(TimeAnchorKind.Publication, t.AnchorKind);
        Assert.Empty(doc.Diagnostics);
    }

    [Fact]
    public void Infers_the_anchor_from_a_dated_line_and_says_so()
    {
        var doc = new TimeStage().Process(Article("TRIPOLI, May 16, 2019 - The envoy arrived on Monday.", null));
        var monday = Assert.Single(doc.TimeExpressions, t => t.Text == "Monday");
        Assert.Equal("2019-05-13", monday.Value);
        Assert.Equal(TimeAnchorKind.InferredPublication, monday.AnchorKind);
        Assert.Contains("inferred publication date 2019-05-16", monday.Reason, StringComparison.Ordinal);
        Assert.Contains(doc.Diagnostics, d => d.Code == "time.inferred-anchor");
    }

    [Theory]
    [InlineData("text:dated-line", 0.8)]
    [InlineData("text:dateline-date", 0.7)]
    [InlineData("text:embedded-post-date", 0.4)]
    public void Treats_a_publication_date_read_from_the_article_text_as_inferred(string origin, double confidence)
    {
        var article = Article("The envoy arrived on Monday.", null) with
        {
            Metadata = new ArticleMetadata { Published = new MetadataValue("2019-05-16", origin) },
        };
        var doc = new TimeStage().Process(article);
        var monday = Assert.Single(doc.TimeExpressions);
        Assert.Equal("2019-05-13", monday.Value);
        Assert.Equal(TimeAnchorKind.InferredPublication, monday.AnchorKind);
        Assert.Contains("inferred publication date 2019-05-16", monday.Reason, StringComparison.Ordinal);
        Assert.Contains(FormattableString.Invariant($"confidence {confidence:0.##}"), monday.Reason, StringComparison.Ordinal);
        Assert.Contains(doc.Diagnostics, d => d.Code == "time.inferred-anchor");
    }

    [Fact]
    public void Keeps_values_relative_and_reports_when_nothing_dates_the_article()
    {
        var doc = new TimeStage().Process(Article("The envoy arrived on Monday.", null));
        Assert.Equal("XXXX-WXX-1", Assert.Single(doc.TimeExpressions).Value);
        Assert.Contains(doc.Diagnostics, d => d.Code == "time.no-anchor");
    }

    [Fact]
    public void Resolves_last_year_but_not_a_weekday_from_a_copyright_year_alone()
    {
        var doc = new TimeStage().Process(Article("Exports fell last year. The envoy arrived on Monday.\n\n© 2019 Example News", null));
        Assert.Equal("2018", Assert.Single(doc.TimeExpressions, t => t.Text == "last year").Value);
        Assert.Equal("XXXX-WXX-1", Assert.Single(doc.TimeExpressions, t => t.Text == "Monday").Value);
    }

    [Theory]
    [InlineData("Published: 3 June 2021\n\nText.", "2021-06-03", 0.8)]
    [InlineData("BENGHAZI, June 3, 2021 (Agency) - Text.", "2021-06-03", 0.7)]
    [InlineData("Text without any date.", null, 0.0)]
    public void Infers_a_publication_date_only_from_evidence(string text, string? expected, double confidence)
    {
        var anchor = PublicationDateInference.Infer(text);
        if (expected is null)
        {
            Assert.Null(anchor);
            return;
        }
        Assert.NotNull(anchor);
        Assert.Equal(expected, anchor.Iso);
        Assert.Equal(confidence, anchor.Confidence);
    }

    [Fact]
    public void Declares_what_it_needs_and_provides_so_a_pipeline_accepts_it()
    {
        var pipeline = new DocumentPipeline([new TextAlreadyThere(), new TimeStage()]);
        var doc = pipeline.Run(Article("Talks resume next week.", "2019-05-16"));
        Assert.Equal("2019-W21", Assert.Single(doc.TimeExpressions).Value);
    }

    [Fact]
    public void Serialises_the_layer_with_readable_enum_names()
    {
        var doc = new TimeStage().Process(Article("Talks resume next week.", "2019-05-16"));
        var json = JsonSerializer.Serialize(doc.TimeExpressions);
        Assert.Contains("\"Type\":\"Date\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Precision\":\"Week\"", json, StringComparison.Ordinal);
        var back = JsonSerializer.Deserialize<List<TimeExpression>>(json);
        Assert.Equal(doc.TimeExpressions[0], Assert.Single(back!));
    }

    /// <summary>Stands in for the extraction stage: the test documents already carry their text.</summary>
    private sealed class TextAlreadyThere : IDocumentStage
    {
        public string Name => "given-text";

        public IReadOnlyList<string> Needs => [];

        public IReadOnlyList<string> Provides => ["text", "metadata"];

        public Document Process(Document document) => document;
    }
}
