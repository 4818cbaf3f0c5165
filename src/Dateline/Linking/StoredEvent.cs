using Dateline.Coreference;
using Dateline.Events;

namespace Dateline.Linking;

/// <summary>
/// One real happening across articles: its type, the participants every report names (each with the
/// articles naming it), and each detail (date, place, status, figure) as versions with the articles that give
/// them, so disagreements are kept side by side rather than resolved silently.
/// </summary>
public sealed class StoredEvent
{
    public string Type { get; set; } = "";

    public string? Mode { get; set; }

    public string Cameo { get; set; } = "";

    public List<StoredParticipant> Participants { get; set; } = [];

    public List<DetailVersion> Dates { get; set; } = [];

    public List<DetailVersion> Places { get; set; } = [];

    public List<DetailVersion> Statuses { get; set; } = [];

    /// <summary>Numbers the reports give ("more than 75,000"), each with what it counts as <see cref="DetailVersion.Qualifier"/> ("displace people").</summary>
    public List<DetailVersion> Figures { get; set; } = [];

    /// <summary>Articles reporting it on their own (syndicated copies excluded), oldest first.</summary>
    public List<long> Articles { get; set; } = [];

    /// <summary>Syndicated copies reporting it: each adds a mention, not a source.</summary>
    public List<long> Copies { get; set; } = [];

    /// <summary>Distinct outlets of <see cref="Articles"/>.</summary>
    public List<string> Outlets { get; set; } = [];

    public int Mentions { get; set; }

    public long? Story { get; set; }

    /// <summary>The event linker's summary of its mentions (triggers, types, participants, dates, places, context);
    /// null only in a node written before schema 6 and not yet backfilled.</summary>
    public EventClusterSummary? Summary { get; set; }

    /// <summary>
    /// The status the event is listed under: once any report says it happened (or a party claims it did), that
    /// outweighs earlier reports of a plan or a hypothesis, which stay as versions; otherwise the most reported.
    /// </summary>
    public DetailVersion? MainStatus =>
        Statuses.OrderBy(s => Realised(s.Value) ? 0 : 1).ThenByDescending(s => s.Articles.Count).FirstOrDefault();

    /// <summary>
    /// The date the words of most reports give (a publication date stands in only when no report states one), the most
    /// precise on a tie; when the event happened, the reports that say so give it ("next week" was only the plan).
    /// </summary>
    public DetailVersion? MainDate
    {
        get
        {
            var realisedBy = Statuses.Where(s => Realised(s.Value)).SelectMany(s => s.Articles).ToHashSet();
            return Dates.OrderBy(d => d.Assumed)
                .ThenBy(d => realisedBy.Count == 0 || d.Articles.Any(realisedBy.Contains) ? 0 : 1)
                .ThenByDescending(d => d.Articles.Count)
                .ThenBy(d => TimexCompatibility.Parse(d.Value)?.Days ?? int.MaxValue)
                // Publication dates bound the event from above: the earliest is the tightest.
                .ThenBy(d => d.Assumed ? d.Value : "", StringComparer.Ordinal).FirstOrDefault();
        }
    }

    private static bool Realised(string status) => status is EventStatus.Happened or EventStatus.Claimed;

    /// <summary>The place most reports state; a dateline's city (assumed) only when no report states one.</summary>
    public DetailVersion? MainPlace => Places.OrderBy(d => d.Assumed).ThenByDescending(d => d.Articles.Count).FirstOrDefault();
}
