using Dateline.Model;

namespace Dateline.Storage;

/// <summary>One row of the article list: metadata without the text.</summary>
public sealed record ArticleSummary(
    long Id,
    string? Title,
    string? Outlet,
    string? Author,
    string? Url,
    string? Published,
    string? Language,
    SourceFormat Format,
    string SourcePath,
    int BodyChars,
    NearDuplicateLink? NearDuplicate);
