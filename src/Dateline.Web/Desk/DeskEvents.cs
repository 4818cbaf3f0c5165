using Dateline.Coreference;
using System.Globalization;
using Dateline.Linking;

namespace Dateline.Web.Desk;

/// <summary>The graph's event views as the desk's event JSON.</summary>
public static class DeskEvents
{
    /// <summary>The first day of the event's date, else the publication day of its first report.</summary>
    public static DateOnly? Day(EventView e, DeskSnapshot snapshot) =>
        TimexCompatibility.Parse(e.Date)?.Start
        ?? Reports(e).Select(s => DeskDates.Day(s.Published)).Where(d => d is not null).Min();

    /// <summary>The articles reporting the event (copies included), as its details and participants cite them.</summary>
    public static IEnumerable<ArticleRef> Reports(EventView e) =>
        e.Dates.Concat(e.Places).Concat(e.Statuses).Concat(e.Figures).SelectMany(v => v.Sources).Concat(e.Participants.SelectMany(p => p.Sources))
            .Concat(e.Mentions.Select(m => m.Article)).DistinctBy(a => a.Article);

    public static IEnumerable<long> Articles(EventView e) => Reports(e).Select(a => a.Article);

    public static DeskEvent From(EventView e, DeskSnapshot snapshot)
    {
        var mentions = e.Mentions
            .Where(m => m.Start is not null && m.End is not null)
            // Two event words of one sentence ("met ... to discuss") are one citation.
            .DistinctBy(m => (m.Article.Article, m.Start, m.End))
            .Select(m =>
            {
                var row = snapshot.ArticlesById.GetValueOrDefault(m.Article.Article);
                return new EventCitation(m.Article.Article, m.Start!.Value, m.End!.Value, m.Quote ?? "")
                {
                    Outlet = m.Article.Outlet ?? row?.Outlet,
                    Url = row?.Url,
                    Title = row?.Title,
                    Published = row?.Published ?? m.Article.Published,
                    Copy = m.Article.Copy,
                    Date = m.Date,
                    Place = m.Place,
                    Status = m.Status,
                    Attribution = m.Attribution,
                    Confidence = m.Confidence,
                    Reason = m.Reason,
                };
            }).ToList();
        return new DeskEvent
        {
            Id = Id(e.Id),
            Event = e.Type,
            Mode = e.Mode,
            Source = Names(e, "source"),
            Target = Names(e, "target"),
            Date = e.Date is null ? null : new EventDate(e.Date, e.Precision, null),
            EventLoc = e.Place,
            EventLocCountry = e.PlaceCountry,
            Cameo = e.Cameo.Length == 0 ? null : e.Cameo,
            Status = e.Statuses.Count > 0 ? e.Statuses[0].Value : null,
            Confidence = mentions.Count > 0 ? mentions.Max(m => m.Confidence) : null,
            Mentions = mentions,
            Day = Day(e, snapshot),
            Participants = e.Participants,
            Outlets = e.Outlets,
            Sources = e.Sources,
            Copies = e.Copies,
            Dates = e.Dates,
            Places = e.Places,
            Statuses = e.Statuses,
            Figures = e.Figures,
            Disagreements = e.Disagreements,
            Story = e.Story?.ToString(CultureInfo.InvariantCulture),
        };
    }

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>An event id from a URL: the graph's number.</summary>
    public static long? Parse(string id) =>
        long.TryParse(id.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out long n) && n > 0 ? n : null;

    private static IReadOnlyList<string> Names(EventView e, string side) =>
        [.. e.Participants.Where(p => p.Side == side).Select(p => p.Name).Distinct(StringComparer.Ordinal)];
}
