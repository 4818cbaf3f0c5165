namespace Dateline.Export;

/// <summary>One version of an event detail (a date, a place, a status) and who gives it: the articles and their outlets. <see cref="Qualifier"/> is a date's precision or a place's country; <see cref="Assumed"/> marks a date taken from the publication date, or a place from the dateline.</summary>
public sealed record PloverVersion(string Value, string? Qualifier, bool? Assumed, IReadOnlyList<long> Articles, IReadOnlyList<string> Outlets);
