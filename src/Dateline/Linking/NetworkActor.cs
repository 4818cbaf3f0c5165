namespace Dateline.Linking;

/// <summary>The actor a network is drawn around (`dateline network --actor`), as the timeline's <c>actor</c> gives it.</summary>
public sealed record NetworkActor(long Id, string Name, string Type, string? Country);
