using System.Globalization;

namespace Dateline.Model;

/// <summary>
/// Title, outlet, author/agency, URL, publication date and language, each with its origin.
/// <see cref="Published"/> holds an ISO-8601 date ("2019-05-16") or date-time with offset.
/// </summary>
public sealed record ArticleMetadata
{
    public static readonly ArticleMetadata Empty = new();

    public MetadataValue? Title { get; init; }
    public MetadataValue? Outlet { get; init; }
    public MetadataValue? Author { get; init; }
    public MetadataValue? Url { get; init; }
    public MetadataValue? Published { get; init; }
    public MetadataValue? Language { get; init; }

    /// <summary>The calendar day of publication, the anchor for relative time expressions.</summary>
    public DateOnly? PublishedOn => Published is null ? null : ParseDay(Published.Value);

    /// <summary>Fills every field this record lacks from <paramref name="fallback"/>.</summary>
    public ArticleMetadata OrElse(ArticleMetadata fallback) => new()
    {
        Title = Title ?? fallback.Title,
        Outlet = Outlet ?? fallback.Outlet,
        Author = Author ?? fallback.Author,
        Url = Url ?? fallback.Url,
        Published = Published ?? fallback.Published,
        Language = Language ?? fallback.Language,
    };

    internal static DateOnly? ParseDay(string iso)
    {
        if (iso.Length >= 10 && DateOnly.TryParseExact(iso.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        return null;
    }
}
