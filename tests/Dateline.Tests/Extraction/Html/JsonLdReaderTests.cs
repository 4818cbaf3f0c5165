using Dateline.Extraction.Html;

namespace Dateline.Tests.Extraction.Html;

public class JsonLdReaderTests
{
    [Fact]
    public void Reads_an_article_inside_a_graph()
    {
        const string json = """
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
             {"@type":"NewsArticle","headline":"Talks in Rome","datePublished":"2019-05-16T09:00:00+02:00",
              "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
              "publisher":{"@type":"Organization","name":"Example News"},"articleBody":"Body.","inLanguage":"en"}]}
            """;
        var article = JsonLdReader.Read([json])!;
        Assert.Equal("Talks in Rome", article.Headline);
        Assert.Equal("2019-05-16T09:00:00+02:00", article.DatePublished);
        Assert.Equal("Jane Doe, John Roe", article.Author);
        Assert.Equal("Example News", article.Publisher);
        Assert.Equal("Body.", article.ArticleBody);
    }

    [Fact]
    public void Skips_broken_blocks_and_non_articles()
    {
        Assert.Null(JsonLdReader.Read(["{ broken", """{"@type":"Organization","name":"X"}"""]));
        Assert.Equal("A", JsonLdReader.Read(["{ broken", """[{"@type":["Article"],"headline":"A"}]"""])!.Headline);
    }
}
