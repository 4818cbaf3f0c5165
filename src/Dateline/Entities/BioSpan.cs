namespace Dateline.Entities;

/// <summary>A labelled chunk over word indices [Start, End) of a sentence.</summary>
public readonly record struct BioSpan(int Start, int End, string Type);
