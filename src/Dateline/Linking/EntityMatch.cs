namespace Dateline.Linking;

/// <summary>The stored entity an article's entity joins, how strongly, and why in words a user can check.</summary>
public sealed record EntityMatch(long EntityId, double Score, string Reason);
