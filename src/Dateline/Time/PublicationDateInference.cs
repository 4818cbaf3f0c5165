using System.Globalization;
using System.Text.RegularExpressions;
using Dateline.Model;

namespace Dateline.Time;

/// <summary>
/// Infers a publication date from the article text when the metadata has none, and says how sure
/// it is: a dated line or "Published ..." line near the top gives the day (confidence 0.8); a
/// copyright line gives only the year (0.5). No evidence: null, and relative expressions stay
/// relative. The ingest time is never used.
/// </summary>
public static partial class PublicationDateInference
{
    /// <summary>How far into the text a dated line is looked for: datelines and bylines sit at the top.</summary>
    public const int DatelineWindow = 400;

    // "Published: 16 May 2019", "Updated on May 16, 2019", "Posted 2019-05-16"
    [GeneratedRegex(@"\b(?:published|posted|updated|dated|first\s+published)(?:\s+on)?\s*:?\s*(?:[A-Z][a-z]+day,?\s+)?(?<date>\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublishedLine();

    // "CAIRO, May 16, 2019 (Reuters) -", "16 May 2019" alone near the top
    [GeneratedRegex(@"(?<date>\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex FullDate();

    // "© 2019 Reuters", "Copyright 2019", "(c) 2019"
    [GeneratedRegex(@"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?<year>(?:19|20)\d\d)(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();

    /// <summary>
    /// The anchor for a publication date in the metadata. A date the page or sidecar states is the
    /// publication date; one the extractor read from the article's own text (origin "text:...") is an
    /// inference and says so: a "Published ..." or dated line (0.8), an agency dateline (0.7), the date
    /// of an embedded post (0.4: the article is from that day or later).
    /// </summary>
    public static TimeAnchor? FromMetadata(MetadataValue? published)
    {
        if (published is null || ArticleMetadata.ParseDay(published.Value) is not { } day)
            return null;
        if (!published.Origin.StartsWith("text:", StringComparison.Ordinal))
            return TimeAnchor.Publication(day);
        var (confidence, evidence) = published.Origin switch
        {
            "text:dated-line" => (0.8, "dated line in the article"),
            "text:dateline-date" => (0.7, "agency dateline at the top of the article"),
            "text:embedded-post-date" => (0.4, "date of a post embedded in the article, which is from that day or later"),
            _ => (0.5, $"date read from the article text ({published.Origin})"),
        };
        return new TimeAnchor(day, TimePrecision.Day, TimeAnchorKind.InferredPublication, confidence, evidence);
    }

    public static TimeAnchor? Infer(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var published = PublishedLine().Match(text);
        if (published.Success && ParseDate(published.Groups["date"].Value) is { } p)
            return new TimeAnchor(p, TimePrecision.Day, TimeAnchorKind.InferredPublication, 0.8, $"\"{published.Value.Trim()}\" line");

        var top = text.Length > DatelineWindow ? text[..DatelineWindow] : text;
        var first = FullDate().Match(top);
        if (first.Success && ParseDate(first.Groups["date"].Value) is { } d)
            return new TimeAnchor(d, TimePrecision.Day, TimeAnchorKind.InferredPublication, 0.7, $"dated line \"{first.Value}\" at the top of the article");

        TimeAnchor? best = null;
        foreach (Match c in Copyright().Matches(text))
        {
            var year = int.Parse(c.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (best is null || year > best.Date.Year)
                best = new TimeAnchor(new DateOnly(year, 1, 1), TimePrecision.Year, TimeAnchorKind.InferredPublication, 0.5, $"copyright line \"{c.Value}\" (year only)");
        }
        return best;
    }

    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "d MMMM yyyy", "d MMM yyyy", "d MMMM, yyyy", "d MMM, yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy", "MMM d yyyy",
    ];

    private static DateOnly? ParseDate(string s)
    {
        var t = Regex.Replace(s.Replace(".", "", StringComparison.Ordinal), @"\s+", " ").Trim();
        if (t.StartsWith("Sept ", StringComparison.Ordinal))
            t = "Sep " + t[5..];
        return DateOnly.TryParseExact(t, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }
}
