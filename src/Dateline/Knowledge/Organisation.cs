using System.Collections.Immutable;

namespace Dateline.Knowledge;

/// <summary>An international organisation (or armed group, bloc, court) from data/knowledge/organisations.tsv.</summary>
public sealed record Organisation(string Id, string Acronym, string Name, ImmutableArray<string> Aliases, string Kind);
