using Dateline.Coreference;
using Dateline.Linking;

namespace Dateline.Export;

/// <summary>
/// The facts every format derives from one cross-document event, computed once so the formats agree: the main
/// actors, the CAMEO code's parts, the counts (GDELT's definitions: every report of it is a mention, every article
/// reporting it counts in NumArticles, but only distinct outlets of original reports count as sources: a
/// syndicated copy adds a mention and an article, not a source), when Dateline first stored a report, the first
/// report, and the event's mentions in the order they were reported.
/// </summary>
public sealed record ExportedEvent(
    EventView Event,
    ParticipantView? Actor1,
    ParticipantView? Actor2,
    CameoCode Cameo,
    int NumMentions,
    int NumArticles,
    int NumSources,
    TimexInterval? Range,
    DateTimeOffset? Added,
    MentionView? First,
    bool InLead,
    IReadOnlyList<MentionView> Mentions,
    IReadOnlyList<string> Context,
    string? DateText,
    string? Status,
    double? Confidence,
    double? Latitude,
    double? Longitude)
{
    public static ExportedEvent Of(EventView e, ExportSet set)
    {
        var mentions = e.Mentions
            .OrderBy(m => set.Article(m.Article.Article)?.IngestedAt ?? DateTimeOffset.MaxValue)
            .ThenBy(m => m.Article.Article).ThenBy(m => m.Start ?? int.MaxValue).ToList();
        var details = mentions.Select(set.Detail).ToList();
        int articles = mentions.Select(m => m.Article.Article).Distinct().Count();
        int sources = mentions.Where(m => !m.Article.Copy)
            .Select(m => m.Article.Outlet is { } o ? "outlet:" + o : "article:" + m.Article.Article)
            .Distinct(StringComparer.Ordinal).Count();
        if (mentions.Count == 0)
        {
            articles = e.Sources + e.Copies;
            sources = Math.Max(e.Outlets.Count, e.Sources > 0 ? 1 : 0);
        }
        var added = mentions.Select(m => set.Article(m.Article.Article)?.IngestedAt).Where(t => t is not null).Min();
        var context = details.Where(d => d is not null).SelectMany(d => d!.Context).Distinct(StringComparer.Ordinal).ToList();
        string? dateText = null;
        for (int i = 0; i < mentions.Count && dateText is null; i++)
            if (string.Equals(mentions[i].Date, e.Date, StringComparison.Ordinal)) dateText = details[i]?.DateText;
        var located = details.FirstOrDefault(d => d?.Latitude is not null && d.Longitude is not null);
        return new ExportedEvent(
            e,
            Main(e, "source"),
            Main(e, "target"),
            CameoCode.Of(e.Cameo, e.Type, e.Mode, set.Cameo),
            mentions.Count,
            articles,
            sources,
            TimexCompatibility.Parse(e.Date),
            added,
            mentions.FirstOrDefault(m => !m.Article.Copy) ?? mentions.FirstOrDefault(),
            details.Any(d => d?.LeadParagraph == true),
            mentions,
            context,
            dateText,
            MainStatus(e),
            mentions.Count == 0 ? null : mentions.Max(m => m.Confidence),
            located?.Latitude,
            located?.Longitude);
    }

    /// <summary>The status most reports give (happened, planned, denied, ...), else the first report's.</summary>
    public static string? MainStatus(EventView e) => e.Statuses.FirstOrDefault()?.Value ?? e.Mentions.FirstOrDefault()?.Status;

    /// <summary>The participant on a side that most reports name (GDELT is dyadic: Actor1 and Actor2 are one each; the others are in the JSONL and CSV).</summary>
    private static ParticipantView? Main(EventView e, string side) =>
        e.Participants.Where(p => string.Equals(p.Side, side, StringComparison.Ordinal))
            .Select((p, i) => (p, i)).OrderByDescending(x => x.p.Sources.Count).ThenBy(x => x.i).Select(x => x.p).FirstOrDefault();
}
