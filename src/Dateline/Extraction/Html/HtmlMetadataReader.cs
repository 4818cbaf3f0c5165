using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Dateline.Extraction.Rules;
using Dateline.Model;

namespace Dateline.Extraction.Html;

/// <summary>
/// The metadata a page carries about itself, each value with its origin ("html:meta[property=og:title]",
/// "html:json-ld/datePublished", ...). Sources are tried in order of reliability: Open Graph and
/// article meta tags, JSON-LD, microdata, then visible elements (&lt;title&gt;, &lt;h1&gt;, &lt;time&gt;, bylines).
/// </summary>
public static partial class HtmlMetadataReader
{
    /// <summary>Meta names that carry a publication date, most specific first.</summary>
    public static readonly IReadOnlyList<string> DateMetaNames =
    [
        "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
        "date", "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date",
        "article.published", "published_time", "originalpublicationdate", "cxenseparse:recs:publishtime",
    ];

    /// <summary>Separators between a headline and the site name in &lt;title&gt;: "Talks fail | Example News".</summary>
    [GeneratedRegex(@"\s+[|\-–—:·•»›«]\s+|\s*::\s*", RegexOptions.CultureInvariant)]
    private static partial Regex TitleSeparator();

    public static ArticleMetadata Read(IDocument document, JsonLdArticle? jsonLd)
    {
        // The first non-empty content for each meta key, looked up case-insensitively.
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in document.QuerySelectorAll("meta"))
        {
            var k = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop") ?? m.GetAttribute("http-equiv");
            var content = m.GetAttribute("content")?.Trim();
            if (k is not null && !string.IsNullOrEmpty(content)) metas.TryAdd(k.Trim(), content);
        }

        string? Meta(string key) => metas.GetValueOrDefault(key);

        MetadataValue? FromMeta(string key, string attribute) =>
            Meta(key) is { } v ? new MetadataValue(Clean(v), $"html:meta[{attribute}={key}]") : null;

        var title = FromMeta("og:title", "property") ?? FromMeta("twitter:title", "name")
            ?? Value(jsonLd?.Headline, "html:json-ld/headline")
            ?? Value(TitleWithoutSite(document.Title), "html:title")
            ?? Value(document.QuerySelector("h1")?.TextContent, "html:h1");

        var outlet = FromMeta("og:site_name", "property") ?? Value(jsonLd?.Publisher, "html:json-ld/publisher")
            ?? FromMeta("application-name", "name");
        if (title is not null && WithoutSiteName(title.Value, outlet?.Value, document.QuerySelector("h1")?.TextContent) is { } bare && bare != title.Value)
            title = title with { Value = bare };

        var author = Value(NotUrl(Meta("author")), "html:meta[name=author]")
            ?? Value(jsonLd?.Author, "html:json-ld/author")
            ?? Value(NotUrl(Meta("article:author")), "html:meta[property=article:author]")
            ?? Value(NotUrl(Meta("byl")), "html:meta[name=byl]")
            ?? BylineElement(document);

        var url = Value(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), "html:link[rel=canonical]")
            ?? FromMeta("og:url", "property") ?? Value(jsonLd?.Url, "html:json-ld/url");

        MetadataValue? published = null;
        foreach (var key in DateMetaNames)
        {
            if (Meta(key) is { } raw && TextDateParser.NormaliseMachineDate(raw) is { } iso)
            {
                published = new MetadataValue(iso, $"html:meta[{(key.Contains(':', StringComparison.Ordinal) ? "property" : "name")}={key}]");
                break;
            }
            if (key == "article:published_time" && jsonLd?.DatePublished is { } jd && TextDateParser.NormaliseMachineDate(jd) is { } jiso)
            {
                published = new MetadataValue(jiso, "html:json-ld/datePublished");
                break;
            }
        }
        published ??= TimeElement(document);

        var language = Value(LanguageTag(document.DocumentElement.GetAttribute("lang")), "html:html[lang]")
            ?? Value(LanguageTag(Meta("og:locale")), "html:meta[property=og:locale]")
            ?? Value(LanguageTag(Meta("content-language")), "html:meta[http-equiv=content-language]")
            ?? Value(LanguageTag(jsonLd?.Language), "html:json-ld/inLanguage");

        return new ArticleMetadata { Title = title, Outlet = outlet, Author = author, Url = url, Published = published, Language = language };
    }

    /// <summary>"Talks fail in Geneva | Example News" gives "Talks fail in Geneva": the longest part between separators.</summary>
    public static string? TitleWithoutSite(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var parts = TitleSeparator().Split(title.Trim());
        return parts.OrderByDescending(p => p.Length).First().Trim();
    }

    /// <summary>
    /// Drops the site name from a headline: "Talks fail | Example News" gives "Talks fail" when the page's
    /// outlet is "Example News" or its &lt;h1&gt; reads "Talks fail". Headlines without a separator are kept.
    /// </summary>
    /// <summary>An &lt;h1&gt; shorter than this (a logo, "Home") is not trusted as the headline.</summary>
    public const int MinHeadlineChars = 10;

    public static string? WithoutSiteName(string title, string? outlet, string? h1)
    {
        var parts = TitleSeparator().Split(title).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count < 2) return title;
        if (h1 is not null)
        {
            var heading = Clean(h1);
            var match = parts.FirstOrDefault(p => string.Equals(p, heading, StringComparison.OrdinalIgnoreCase));
            if (match is not null) return match;
            // The headline itself holds a separator: "Talks fail - what now? | Example" with h1 "Talks fail - what now?".
            if (heading.Length >= MinHeadlineChars && (title.StartsWith(heading, StringComparison.OrdinalIgnoreCase) || title.EndsWith(heading, StringComparison.OrdinalIgnoreCase)))
                return heading;
        }
        if (outlet is null) return title;
        var site = Clean(outlet);
        bool IsSite(string part) => part.Contains(site, StringComparison.OrdinalIgnoreCase) || site.Contains(part, StringComparison.OrdinalIgnoreCase);
        if (IsSite(parts[^1]) && !IsSite(parts[0])) return title[..title.LastIndexOf(parts[^1], StringComparison.Ordinal)].TrimEnd().TrimEnd('|', '-', '–', '—', ':', '·', '•', '»', ' ');
        if (IsSite(parts[0]) && !IsSite(parts[^1])) return title[(title.IndexOf(parts[0], StringComparison.Ordinal) + parts[0].Length)..].TrimStart().TrimStart('|', '-', '–', '—', ':', '·', '•', '»', ' ');
        return title;
    }

    /// <summary>"de_DE" gives "de-DE"; "en" stays "en".</summary>
    public static string? LanguageTag(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var tag = raw.Trim().Replace('_', '-');
        return tag.Length is >= 2 and <= 16 && char.IsAsciiLetter(tag[0]) ? tag : null;
    }

    private static MetadataValue? TimeElement(IDocument document)
    {
        foreach (var el in document.QuerySelectorAll("[itemprop=datePublished]"))
        {
            var raw = el.GetAttribute("content") ?? el.GetAttribute("datetime") ?? el.TextContent;
            if (TextDateParser.NormaliseMachineDate(raw) is { } iso) return new MetadataValue(iso, "html:[itemprop=datePublished]");
        }
        foreach (var el in document.QuerySelectorAll("time[datetime]"))
        {
            if (TextDateParser.NormaliseMachineDate(el.GetAttribute("datetime")!) is { } iso) return new MetadataValue(iso, "html:time[datetime]");
        }
        return null;
    }

    /// <summary>A visible byline: rel=author, itemprop=author, or a short element with class "byline"/"author".</summary>
    private static MetadataValue? BylineElement(IDocument document)
    {
        foreach (var (selector, origin) in new[]
        {
            ("[itemprop=author] [itemprop=name]", "html:[itemprop=author]"), ("[itemprop=author]", "html:[itemprop=author]"),
            ("[rel=author]", "html:a[rel=author]"), (".byline", "html:.byline"), (".author", "html:.author"),
        })
        {
            foreach (var el in document.QuerySelectorAll(selector))
            {
                var text = Clean(el.GetAttribute("content") ?? el.TextContent);
                if (text.Length is < 2 or > 100) continue;
                var author = BylineRules.FindBylineAuthor(text) ?? text;
                return new MetadataValue(author, origin);
            }
        }
        return null;
    }

    private static string? NotUrl(string? value) =>
        value is null || value.StartsWith("http", StringComparison.OrdinalIgnoreCase) || value.StartsWith('/') ? null : value;

    private static MetadataValue? Value(string? value, string origin)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        return new MetadataValue(Clean(value), origin);
    }

    internal static string Clean(string value) => WhitespaceRun().Replace(value, " ").Trim();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhitespaceRun();
}
