using Dateline.Coreference;

namespace Dateline.Linking;

/// <summary>
/// One real happening across articles: its type, the participants every report names (each with the
/// articles naming it), and each detail (date, place, status) as versions with the articles that give
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

    /// <summary>The date the words of most reports give (a publication date stands in only when no report states one), the most precise on a tie.</summary>
    public DetailVersion? MainDate => Dates.OrderBy(d => d.Assumed).ThenByDescending(d => d.Articles.Count).ThenBy(d => TimexCompatibility.Parse(d.Value)?.Days ?? int.MaxValue).FirstOrDefault();

    public DetailVersion? MainPlace => Places.OrderByDescending(d => d.Articles.Count).FirstOrDefault();
}
