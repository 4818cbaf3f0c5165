using System.Collections.Immutable;

namespace Dateline.Knowledge;

/// <summary>A country or territory from data/knowledge/countries.tsv.</summary>
public sealed record Country(
    string Iso3,
    string Iso2,
    string Name,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> Adjectives,
    ImmutableArray<string> Capitals);
