namespace Dateline.Storage;

/// <summary>An article matching a full-text query: its id, title, a snippet with the match in [brackets], and its rank (lower is better).</summary>
public sealed record SearchHit(long Id, string? Title, string Snippet, double Rank);
