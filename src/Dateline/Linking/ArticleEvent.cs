namespace Dateline.Linking;

/// <summary>An event mention of one article as the cross-document matcher sees it: participants resolved to stored entities where possible.</summary>
public sealed record ArticleEvent(
    string Id, string Type, string? Mode, string Cameo, IReadOnlyList<ArticleEventParticipant> Participants,
    string? Date, string? Precision, bool DateAssumed, string? Place, string? PlaceCountry, string Status);
