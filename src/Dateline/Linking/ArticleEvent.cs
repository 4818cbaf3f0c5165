namespace Dateline.Linking;

/// <summary>
/// An event mention of one article as the cross-document matcher sees it: participants resolved to stored entities where
/// possible. <see cref="PlaceAssumed"/>: the place is the dateline's city (where the story was filed), not words of the report.
/// </summary>
public sealed record ArticleEvent(
    string Id, string Type, string? Mode, string Cameo, IReadOnlyList<ArticleEventParticipant> Participants,
    string? Date, string? Precision, bool DateAssumed, string? Place, string? PlaceCountry, string Status, bool PlaceAssumed = false)
{
    /// <summary>The numbers the report gives about it ("killing 12 civilians"), each with what it counts.</summary>
    public IReadOnlyList<Dateline.Events.EventFigure> Figures { get; init; } = [];
}
