using Dateline.Extraction.PlainText;
using Dateline.Extraction.Rules;

namespace Dateline.Tests.Extraction.PlainText;

public class PlainTextExtractorTests
{
    private const string Dump = """
        Haftar meets Conte in Rome

        By Jane Doe, AFP
        Published: 16 May 2019

        ROME (AFP) - Libyan commander Khalifa Haftar met Italian Prime Minister Giuseppe Conte in Rome on Thursday.

        READ ALSO: Tripoli clashes leave dozens dead
        (Photo by Filippo Monteforte/Getty Images)

        The two discussed a ceasefire {articleGUID} around Tripoli, an Italian official said.
        We had a frank talk pic.twitter.com/AbC123
        — Giuseppe Conte (@GiuseppeConteIT) May 16, 2019
        Haftar meets Conte in Rome
        Leave a comment
        You must be logged in to post a comment.
        {{related_links}}
        Source: Al Jazeera and News Agencies
        © 2019 Example News. All rights reserved.
        """;

    private static readonly PlainTextExtractor Extractor = new();

    [Fact]
    public void Keeps_only_the_body_paragraphs()
    {
        var article = Extractor.Extract(Dump);
        Assert.Equal(
            "ROME (AFP) - Libyan commander Khalifa Haftar met Italian Prime Minister Giuseppe Conte in Rome on Thursday.\n\n" +
            "The two discussed a ceasefire around Tripoli, an Italian official said.",
            article.Text);
        Assert.Equal(2, article.Paragraphs.Length);
    }

    [Fact]
    public void Takes_title_author_and_date_from_the_text()
    {
        var meta = Extractor.Extract(Dump).Metadata;
        Assert.Equal(("Haftar meets Conte in Rome", "text:first-line"), (meta.Title!.Value, meta.Title.Origin));
        Assert.Equal(("Jane Doe, AFP", "text:byline"), (meta.Author!.Value, meta.Author.Origin));
        Assert.Equal(("2019-05-16", "text:dated-line"), (meta.Published!.Value, meta.Published.Origin));
    }

    [Fact]
    public void Records_each_removal_with_its_rule()
    {
        var rules = Extractor.Extract(Dump).Removals.Select(r => r.Rule).ToList();
        Assert.Contains(BoilerplateLineRules.CrossLinkRule, rules);
        Assert.Contains(BoilerplateLineRules.PlaceholderRule, rules);
        Assert.Contains(BoilerplateLineRules.SocialEmbedRule, rules);
        Assert.Contains("repeated-headline", rules);
        Assert.Contains(BoilerplateLineRules.CommentPromptRule, rules);
        Assert.Contains(BoilerplateLineRules.SourceLineRule, rules);
        Assert.Contains(BoilerplateLineRules.CopyrightRule, rules);
        Assert.Contains(BylineRules.BylineRule, rules);
        Assert.Contains(BylineRules.DatedLineRule, rules);
        Assert.Equal(2, rules.Count(r => r == BoilerplateLineRules.SocialEmbedRule));
    }

    [Fact]
    public void Keeps_photo_credits_as_captions()
    {
        var caption = Assert.Single(Extractor.Extract(Dump).Captions);
        Assert.Equal("(Photo by Filippo Monteforte/Getty Images)", caption.Text);
    }

    [Fact]
    public void Maps_every_piece_and_removal_back_to_the_source()
    {
        var article = Extractor.Extract(Dump);
        SourceMapAssert.MapsBackToSource(Dump, article);
        foreach (var r in article.Removals) Assert.Equal(r.Text, r.Source.Of(Dump));
    }

    [Fact]
    public void Takes_the_agency_from_a_dateline_when_there_is_no_byline()
    {
        var meta = Extractor.Extract("Talks in Rome\n\nRome, May 16 (Reuters) - Talks began.\n").Metadata;
        Assert.Equal(("Reuters", "text:dateline-agency"), (meta.Author!.Value, meta.Author.Origin));
        Assert.Null(meta.Published);
    }

    [Fact]
    public void Skips_a_junk_first_line_when_choosing_the_title()
    {
        var article = Extractor.Extract("Advertisement\nTalks in Rome\nThe talks began on Thursday in the Italian capital.\n");
        Assert.Equal("Talks in Rome", article.Metadata.Title!.Value);
        Assert.Equal("The talks began on Thursday in the Italian capital.", article.Text);
    }

    [Fact]
    public void Reports_a_diagnostic_when_no_body_is_left()
    {
        var article = Extractor.Extract("Title only\nLeave a comment\n");
        Assert.Equal("", article.Text);
        Assert.Contains(article.Diagnostics, d => d.Code == "extract.no-body");
    }

    [Fact]
    public void Handles_windows_line_endings()
    {
        const string source = "Title\r\nFirst paragraph here.\r\nSecond paragraph here.\r\n";
        var article = Extractor.Extract(source);
        Assert.Equal("First paragraph here.\n\nSecond paragraph here.", article.Text);
        SourceMapAssert.MapsBackToSource(source, article);
    }

    [Fact]
    public void Joins_the_lines_of_a_hard_wrapped_dump_into_paragraphs()
    {
        const string source = "Talks in Rome\n\nThe foreign ministers of Italy and Libya met in Rome on\nThursday to discuss migration, oil and the ceasefire.\n\n" +
            "Both sides said the talks had been useful and agreed to\nmeet again in Tripoli next month, officials said.\nLeave a comment\n";
        var article = Extractor.Extract(source);
        Assert.Equal(
            "The foreign ministers of Italy and Libya met in Rome on Thursday to discuss migration, oil and the ceasefire.\n\n" +
            "Both sides said the talks had been useful and agreed to meet again in Tripoli next month, officials said.",
            article.Text);
        Assert.Equal(2, article.Paragraphs.Length);
        SourceMapAssert.MapsBackToSource(source, article);
    }
}
