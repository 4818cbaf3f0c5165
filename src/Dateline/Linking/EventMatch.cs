namespace Dateline.Linking;

/// <summary>The stored event a mention joins, how strongly, and why.</summary>
public sealed record EventMatch(long EventId, double Score, string Reason);
