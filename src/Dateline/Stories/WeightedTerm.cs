namespace Dateline.Stories;

/// <summary>A term (lemma, entity key, date, event key) and its weight in a profile or a story summary.</summary>
public readonly record struct WeightedTerm(string Term, double Weight);
