namespace Dateline.Extraction.Html;

/// <summary>The fields of a page's JSON-LD Article (NewsArticle, BlogPosting, ...) that extraction uses.</summary>
public sealed record JsonLdArticle(
    string? Headline,
    string? DatePublished,
    string? Author,
    string? Publisher,
    string? ArticleBody,
    string? Url,
    string? Language);
