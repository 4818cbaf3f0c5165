using System.Collections.Immutable;

namespace Dateline.Knowledge;

/// <summary>
/// An international organisation (or armed group, bloc, court, a state's own government or legislature) from
/// data/knowledge/organisations.tsv. <see cref="Country"/>: the state a national body or armed group belongs to
/// ("GNA" LBY), null for an international one.
/// </summary>
public sealed record Organisation(string Id, string Acronym, string Name, ImmutableArray<string> Aliases, string Kind, string? Country = null)
{
    /// <summary>A political party: the event coder's knowledge only (the NER's name lists leave parties out, so its
    /// features stay those it was trained with).</summary>
    public bool IsParty => Kind == "party";
}
