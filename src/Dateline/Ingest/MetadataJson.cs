using System.Globalization;
using System.Text.Json;
using Dateline.Model;

namespace Dateline.Ingest;

/// <summary>
/// Reads metadata from JSON objects: a sidecar (<c>url, published, outlet, title, language, author</c>)
/// or a news-please record (<c>title, date_publish, url, source_domain, authors, language</c>).
/// </summary>
public static class MetadataJson
{
    private static readonly string[] SidecarDateNames = ["published", "date", "date_publish"];
    private static readonly string[] NewsPleaseDateNames = ["date_publish", "published"];

    public static ArticleMetadata FromSidecar(JsonElement obj, string origin) => new()
    {
        Title = Text(obj, origin, "title"),
        Outlet = Text(obj, origin, "outlet", "source", "site_name"),
        Author = Authors(obj, origin, "author", "authors"),
        Url = Text(obj, origin, "url"),
        Published = Date(obj, origin, SidecarDateNames),
        Language = Text(obj, origin, "language", "lang"),
    };

    public static ArticleMetadata FromNewsPlease(JsonElement obj, string origin) => new()
    {
        Title = Text(obj, origin, "title"),
        Outlet = Text(obj, origin, "source_domain", "outlet"),
        Author = Authors(obj, origin, "authors", "author"),
        Url = Text(obj, origin, "url"),
        Published = Date(obj, origin, NewsPleaseDateNames),
        Language = Text(obj, origin, "language"),
    };

    private static MetadataValue? Text(JsonElement obj, string origin, params string[] names)
    {
        foreach (var name in names)
        {
            if (obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String)
            {
                var s = OneLine(v.GetString()!);
                if (s.Length > 0) return new MetadataValue(s, $"{origin}:{name}");
            }
        }
        return null;
    }

    private static MetadataValue? Authors(JsonElement obj, string origin, params string[] names)
    {
        foreach (var name in names)
        {
            if (!obj.TryGetProperty(name, out var v)) continue;
            if (v.ValueKind == JsonValueKind.String && OneLine(v.GetString()!) is { Length: > 0 } one)
                return new MetadataValue(one, $"{origin}:{name}");
            if (v.ValueKind == JsonValueKind.Array)
            {
                var all = v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String)
                    .Select(e => OneLine(e.GetString()!)).Where(s => s.Length > 0).ToList();
                if (all.Count > 0) return new MetadataValue(string.Join(", ", all), $"{origin}:{name}");
            }
        }
        return null;
    }

    private static MetadataValue? Date(JsonElement obj, string origin, params string[] names)
    {
        var raw = Text(obj, origin, names);
        if (raw is null) return null;
        return PublicationDate.Normalize(raw.Value) is string iso ? raw with { Value = iso } : null;
    }

    /// <summary>
    /// The date a sidecar gives as written when it is not one <see cref="PublicationDate"/> reads ("last Thursday"),
    /// else null: such a value is left out, so the reader warns rather than drop the user's date without a word.
    /// </summary>
    public static string? UnreadSidecarDate(JsonElement obj) => UnreadDate(obj, SidecarDateNames);

    /// <summary>
    /// The metadata fields a sidecar gives as something other than text (<c>"outlet": 5</c>, <c>"url": {...}</c>): they
    /// are left out, and the warning names them so a broken export is noticed. Null means absent; an author may be a list.
    /// </summary>
    public static IReadOnlyList<string> UnreadSidecarFields(JsonElement obj) => UnreadFields(obj, SidecarFieldNames);

    /// <summary>The same for a news-please record.</summary>
    public static IReadOnlyList<string> UnreadNewsPleaseFields(JsonElement obj) => UnreadFields(obj, NewsPleaseFieldNames);

    private static readonly string[] SidecarFieldNames = ["title", "outlet", "source", "site_name", "author", "authors", "url", .. SidecarDateNames, "language", "lang"];
    private static readonly string[] NewsPleaseFieldNames = ["title", "source_domain", "outlet", "authors", "author", "url", .. NewsPleaseDateNames, "language"];

    private static List<string> UnreadFields(JsonElement obj, string[] names)
    {
        var unread = new List<string>();
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            if (!obj.TryGetProperty(name, out var v) || v.ValueKind is JsonValueKind.String or JsonValueKind.Null) continue;
            if (v.ValueKind == JsonValueKind.Array && name is "author" or "authors") continue;
            unread.Add($"'{name}' ({KindName(v.ValueKind)})");
        }
        return unread;
    }

    private static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Number => "a number",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "not text",
    };

    /// <summary>The same for a news-please record's <c>date_publish</c>.</summary>
    public static string? UnreadNewsPleaseDate(JsonElement obj) => UnreadDate(obj, NewsPleaseDateNames);

    private static string? UnreadDate(JsonElement obj, string[] names) =>
        Text(obj, "", names) is { } raw && PublicationDate.Normalize(raw.Value) is null ? raw.Value : null;

    /// <summary>A string property as written, trimmed; null when absent, not a string or blank.</summary>
    public static string? Trimmed(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString()!.Trim() is { Length: > 0 } s ? s : null;

    /// <summary>
    /// A metadata value is one line: runs of white space and control characters (a scraped title's line breaks and
    /// tabs, a stray escape) become one space, so tables, TSV cells and terminals show it as the one field it is.
    /// </summary>
    private static string OneLine(string value)
    {
        var b = new System.Text.StringBuilder(value.Length);
        bool gap = false;
        foreach (char c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                gap = b.Length > 0;
                continue;
            }
            if (gap) b.Append(' ');
            gap = false;
            b.Append(c);
        }
        return b.ToString();
    }
}
