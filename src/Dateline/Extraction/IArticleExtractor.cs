namespace Dateline.Extraction;

/// <summary>Finds the article body in one kind of source (HTML page, plain-text page dump).</summary>
public interface IArticleExtractor
{
    ExtractedArticle Extract(string sourceText);
}
