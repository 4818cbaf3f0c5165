namespace Dateline.Eval.Time;

/// <summary>A TimeML file read for scoring: the TEXT content without tags, its DCT and the gold TIMEX3s.</summary>
public sealed record TimeMlDocument(string Id, DateOnly? CreationDate, string Text, IReadOnlyList<TimeMlTimex> Timexes);
