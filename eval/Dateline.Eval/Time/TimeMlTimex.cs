namespace Dateline.Eval.Time;

/// <summary>A TIMEX3 with character offsets into <see cref="TimeMlDocument.Text"/> (half-open).</summary>
public sealed record TimeMlTimex(int Start, int End, string Type, string Value, string? Mod = null);
