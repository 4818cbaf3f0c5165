namespace Dateline.Places;

/// <summary>A place whose name or one of whose alternate names matched a look-up; <see cref="ByMainName"/> when it was the place's own name.</summary>
public sealed record GazetteerMatch(GazetteerPlace Place, bool ByMainName);
