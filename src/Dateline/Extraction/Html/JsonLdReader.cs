using System.Text.Json;

namespace Dateline.Extraction.Html;

/// <summary>
/// Reads schema.org JSON-LD blocks (&lt;script type="application/ld+json"&gt;): the first object whose
/// @type names an article (NewsArticle, Article, BlogPosting, ReportageNewsArticle, ...), looking
/// inside arrays and "@graph". Malformed JSON is skipped: pages often carry broken blocks.
/// </summary>
public static class JsonLdReader
{
    /// <summary>schema.org types that describe an article; any type ending in "Article" counts too.</summary>
    public static readonly IReadOnlySet<string> ArticleTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "Report", "LiveBlogPosting", "SocialMediaPosting", "TechArticle", "ScholarlyArticle",
    };

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static JsonLdArticle? Read(IEnumerable<string> scripts)
    {
        foreach (var script in scripts)
        {
            try
            {
                using var doc = JsonDocument.Parse(script.Trim(), Options);
                var found = FindArticle(doc.RootElement, 0);
                if (found is { } article) return ToArticle(article);
            }
            catch (JsonException)
            {
                // A broken block is common and carries nothing we can trust.
            }
        }
        return null;
    }

    private static JsonElement? FindArticle(JsonElement element, int depth)
    {
        if (depth > 6) return null;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                if (FindArticle(item, depth + 1) is { } hit) return hit;
            return null;
        }
        if (element.ValueKind != JsonValueKind.Object) return null;
        if (IsArticle(element)) return element;
        if (element.TryGetProperty("@graph", out var graph) && FindArticle(graph, depth + 1) is { } inGraph) return inGraph;
        if (element.TryGetProperty("mainEntity", out var main) && FindArticle(main, depth + 1) is { } inMain) return inMain;
        return null;
    }

    private static bool IsArticle(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type)) return false;
        IEnumerable<string?> names = type.ValueKind switch
        {
            JsonValueKind.String => [type.GetString()],
            JsonValueKind.Array => type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()),
            _ => [],
        };
        return names.Any(n => n is not null && (ArticleTypes.Contains(n) || n.EndsWith("Article", StringComparison.Ordinal)));
    }

    private static JsonLdArticle ToArticle(JsonElement e) => new(
        Headline: Text(e, "headline") ?? Text(e, "name"),
        DatePublished: Text(e, "datePublished") ?? Text(e, "dateCreated"),
        Author: Names(e, "author"),
        Publisher: Names(e, "publisher"),
        ArticleBody: Text(e, "articleBody"),
        Url: Text(e, "url") ?? IdOf(e, "mainEntityOfPage"),
        Language: Text(e, "inLanguage"));

    private static string? Text(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v)) return null;
        var s = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Array when v.GetArrayLength() > 0 && v[0].ValueKind == JsonValueKind.String => v[0].GetString(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }

    private static string? IdOf(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v)) return null;
        if (v.ValueKind == JsonValueKind.String) return v.GetString();
        return v.ValueKind == JsonValueKind.Object ? Text(v, "@id") ?? Text(v, "url") : null;
    }

    /// <summary>"author": "Jane Doe" | {"name": ...} | [{"name": ...}, ...] gives "Jane Doe, John Roe".</summary>
    private static string? Names(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v)) return null;
        var names = new List<string>();
        void Add(JsonElement item)
        {
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } s) names.Add(s.Trim());
            else if (item.ValueKind == JsonValueKind.Object && Text(item, "name") is { } n) names.Add(n);
        }
        if (v.ValueKind == JsonValueKind.Array) foreach (var item in v.EnumerateArray()) Add(item);
        else Add(v);
        var joined = string.Join(", ", names.Distinct(StringComparer.Ordinal));
        return joined.Length == 0 ? null : joined;
    }
}
