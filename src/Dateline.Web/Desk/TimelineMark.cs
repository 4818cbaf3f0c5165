using Dateline.Linking;

namespace Dateline.Web.Desk;

/// <summary>
/// One happening on an actor's timeline: its type, date and day, actors, and how many articles report it on their
/// own (<see cref="Sources"/>; syndicated copies in <see cref="Copies"/>), with every outlet, the date's precision,
/// the place, the participants with the sources naming each, and where reports disagree, each version with who says it.
/// </summary>
public sealed record TimelineMark(string Id, string Event, string? Date, DateOnly? Day, IReadOnlyList<string> Source, IReadOnlyList<string> Target, int Sources)
{
    public string? Mode { get; init; }
    public string? Precision { get; init; }
    public string? Place { get; init; }
    public string? PlaceCountry { get; init; }
    public string? Status { get; init; }
    public IReadOnlyList<string> Outlets { get; init; } = [];
    public int Copies { get; init; }
    public IReadOnlyList<ParticipantView> Participants { get; init; } = [];
    public IReadOnlyList<VersionView> Dates { get; init; } = [];
    public IReadOnlyList<VersionView> Places { get; init; } = [];
    public IReadOnlyList<VersionView> Statuses { get; init; } = [];
    public IReadOnlyList<VersionView> Figures { get; init; } = [];
    public IReadOnlyList<string> Disagreements { get; init; } = [];

    public static TimelineMark From(DeskEvent e) =>
        new(e.Id, e.Event, e.Date?.Value, e.Day, e.Source, e.Target, e.Sources)
        {
            Mode = e.Mode,
            Precision = e.Date?.Precision,
            Place = e.EventLoc,
            PlaceCountry = e.EventLocCountry,
            Status = e.Status,
            Outlets = e.Outlets,
            Copies = e.Copies,
            Participants = e.Participants,
            Dates = e.Dates,
            Places = e.Places,
            Statuses = e.Statuses,
            Figures = e.Figures,
            Disagreements = e.Disagreements,
        };
}
