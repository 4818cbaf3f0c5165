using Dateline.Ingest;
using Dateline.Model;
using Dateline.Pipeline;

namespace Dateline.Tests.Model;

/// <summary>Every span of the body must lead back to the source: the contract that makes citations work.</summary>
public class CitationTests
{
    [Fact]
    public void Every_paragraph_of_the_sample_corpus_maps_back_to_the_same_text_in_the_source()
    {
        var sample = Path.Combine(RepoPaths.Root, "data", "sample");
        var reader = new DocumentReader();
        var pipeline = StandardPipeline.Create();
        int checkedSpans = 0;
        foreach (var (file, _) in InputEnumerator.Expand([sample]))
        {
            foreach (var item in reader.Read(file!))
            {
                var doc = pipeline.Run(item.Document!);
                foreach (var paragraph in doc.Paragraphs)
                {
                    var source = doc.TextMap.ToSource(paragraph);
                    var inBody = doc.Quote(paragraph);
                    var inSource = source.Of(doc.SourceText);
                    // Verbatim pieces are equal; decoded pieces (HTML entities, JSON escapes) equal once decoded.
                    Assert.Equal(Words(inBody), Words(System.Net.WebUtility.HtmlDecode(inSource)));
                    checkedSpans++;
                }
            }
        }
        Assert.True(checkedSpans > 20, $"only {checkedSpans} paragraphs checked");
    }

    private static readonly Lazy<ShippedModels> Models = new(ShippedModels.Load);

    [Fact]
    public void Every_token_entity_and_time_expression_quotes_exactly_the_text_at_its_span()
    {
        Assert.Empty(Models.Value.Problems);
        var pipeline = StandardPipeline.Create(Models.Value);
        var reader = new DocumentReader();
        int tokens = 0, entities = 0, timexes = 0;
        foreach (var (file, _) in InputEnumerator.Expand([Path.Combine(RepoPaths.Root, "data", "sample")]))
        {
            foreach (var item in reader.Read(file!))
            {
                var doc = pipeline.Run(item.Document!);
                foreach (var t in doc.Tokens) { Assert.Equal(t.Form, doc.Quote(t.Span)); tokens++; }
                foreach (var m in doc.EntityMentions) { Assert.Equal(m.Text, doc.Quote(m.Span)); entities++; }
                foreach (var x in doc.TimeExpressions) { Assert.Equal(x.Text, doc.Quote(x.Span)); timexes++; }
                foreach (var s in doc.Sentences) Assert.False(string.IsNullOrWhiteSpace(doc.Quote(s.Span)));
            }
        }
        Assert.True(tokens > 500 && entities > 50 && timexes > 10, $"{tokens} tokens, {entities} entities, {timexes} time expressions");
    }

    private static string Words(string s) => string.Join(' ', s.Split((char[])[' ', '\n', '\r', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void Normalising_a_piece_keeps_every_untouched_character_mapped_one_to_one()
    {
        const string source = "Soft\u00ADhyphen and no\u00A0break in Zu\u0308rich.";
        var builder = new DerivedTextBuilder();
        builder.Append(source, 0, source.Length);
        var (text, map) = builder.Build();
        Assert.Equal("Softhyphen and no break in Zürich.", text);
        int and = text.IndexOf("and", StringComparison.Ordinal);
        Assert.Equal("and", map.ToSource(new TextSpan(and, and + 3)).Of(source));
        int z = text.IndexOf("Zürich", StringComparison.Ordinal);
        // A word NFC changed maps as a whole word.
        Assert.Equal("Zu\u0308rich.", map.ToSource(new TextSpan(z, z + 6)).Of(source));
    }
}
