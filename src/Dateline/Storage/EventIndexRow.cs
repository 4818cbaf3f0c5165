namespace Dateline.Storage;

/// <summary>One row of the events index: the article, the event id within it, its PLOVER type, date value and actor names ('|'-joined).</summary>
public sealed record EventIndexRow(long ArticleId, string EventId, string Event, string? Date, string Actors);
