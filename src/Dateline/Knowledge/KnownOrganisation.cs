using System.Collections.Immutable;

namespace Dateline.Knowledge;

/// <summary>An organisation from an imported source (CIA Factbook list, SupraVerden), with acronyms and member countries (ISO alpha-3).</summary>
public sealed record KnownOrganisation(string Id, string Name, ImmutableArray<string> Acronyms, ImmutableArray<string> Aliases, ImmutableArray<string> Members, string Source);
