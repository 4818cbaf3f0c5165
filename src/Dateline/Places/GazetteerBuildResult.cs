namespace Dateline.Places;

/// <summary>What a build read and wrote: rows in the source table, places kept, alternate names kept, places added from the supplement, and the package it came from.</summary>
public sealed record GazetteerBuildResult(int SourceRows, int PlacesWritten, int AlternatesWritten, int SupplementAdded, string Package, string SourceFile, string SourceSha256);
