using Dateline.Linking;

namespace Dateline.Web.Desk;

/// <summary>
/// An event as the desk shows it: one real happening of the cross-document graph, in PRODUCT.md's event JSON
/// (PLOVER record extended with cameo, status, confidence, date {value, precision, text} and mentions: every report
/// of it), with the graph's details added: participants and the sources naming each, outlets, sources and syndicated
/// copies counted apart, each detail's versions with who gives it, and where reports disagree.
/// </summary>
public sealed record DeskEvent
{
    /// <summary>The graph's event id (a number, as a string: PLOVER ids are strings).</summary>
    public required string Id { get; init; }
    public required string Event { get; init; }
    public string? Mode { get; init; }
    public string? Context { get; init; }

    /// <summary>Names of the source actors (every report's union); <see cref="Participants"/> has their entity ids and sources.</summary>
    public IReadOnlyList<string> Source { get; init; } = [];
    public IReadOnlyList<string> Target { get; init; } = [];
    public EventDate? Date { get; init; }
    public string? EventLoc { get; init; }
    public string? Cameo { get; init; }

    /// <summary>What most reports say (happened, planned, denied...); <see cref="Statuses"/> has every version.</summary>
    public string? Status { get; init; }

    /// <summary>The highest confidence among the reports (null in lists, which do not read the reports).</summary>
    public double? Confidence { get; init; }

    /// <summary>Every report of the event (a sentence once, even when two of its words code the event).</summary>
    public IReadOnlyList<EventCitation> Mentions { get; init; } = [];

    /// <summary>The day the event is drawn at: the first day of its date, else the publication day of its first source.</summary>
    public DateOnly? Day { get; init; }

    /// <summary>The country of <see cref="EventLoc"/>, when known.</summary>
    public string? EventLocCountry { get; init; }
    public IReadOnlyList<ParticipantView> Participants { get; init; } = [];
    public IReadOnlyList<string> Outlets { get; init; } = [];

    /// <summary>Articles reporting it on their own; syndicated copies are counted in <see cref="Copies"/>, not here.</summary>
    public int Sources { get; init; }
    public int Copies { get; init; }
    public IReadOnlyList<VersionView> Dates { get; init; } = [];
    public IReadOnlyList<VersionView> Places { get; init; } = [];
    public IReadOnlyList<VersionView> Statuses { get; init; } = [];

    /// <summary>Numbers the reports give ("at least 40"), each with what it counts as its qualifier ("kill people").</summary>
    public IReadOnlyList<VersionView> Figures { get; init; } = [];

    /// <summary>Where reports differ ("date: 2019-05-16 (Gulf Daily Wire) vs 2019-05-15 (The Tripoli Ledger)").</summary>
    public IReadOnlyList<string> Disagreements { get; init; } = [];
    public string? Story { get; init; }
}
