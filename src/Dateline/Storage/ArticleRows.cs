using System.Data.Common;
using Dateline.Model;

namespace Dateline.Storage;

/// <summary>Row reading both stores share: their `List` queries select the same columns in the same order.</summary>
internal static class ArticleRows
{
    public const string SummaryColumns =
        "id, title, outlet, author, url, published, language, format, source_path, body_chars, near_duplicate_of, near_duplicate_similarity";

    public static ArticleSummary Summary(DbDataReader r) => new(
        r.GetInt64(0), Str(r, 1), Str(r, 2), Str(r, 3), Str(r, 4), Str(r, 5), Str(r, 6),
        Enum.Parse<SourceFormat>(r.GetString(7)), r.GetString(8), r.GetInt32(9),
        r.IsDBNull(10) ? null : new NearDuplicateLink(r.GetInt64(10), r.GetDouble(11)));

    private static string? Str(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
