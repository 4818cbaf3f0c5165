using System.Collections.Immutable;

namespace Dateline.Knowledge;

/// <summary>
/// An international organisation (or armed group, bloc, court, a state's own government or legislature, a party, a
/// company or a news outlet) from data/knowledge/organisations.tsv. <see cref="Country"/>: the state a national body,
/// armed group, party or company belongs to ("GNA" LBY, "BP" GBR), null for an international one.
/// </summary>
public sealed record Organisation(string Id, string Acronym, string Name, ImmutableArray<string> Aliases, string Kind, string? Country = null)
{
    /// <summary>A political party: left out of the NER's trained name lists (so its features stay those it was trained
    /// with), read by its decoding (<c>OrganisationNames</c>) and the event coder.</summary>
    public bool IsParty => Kind == "party";

    /// <summary>A company or a news outlet ("BP", "Reuters"): read by the tagger's decoding (<c>OrganisationNames</c>) and
    /// the event coder, never by its trained name lists.</summary>
    public bool IsCompany => Kind is "company" or "media";

    /// <summary>Whether the NER's name lists and gazetteer features hold this row. Parties and companies were added after
    /// the shipped model was trained and are left out, so adding one needs no retraining.</summary>
    public bool InTaggerLists => !IsParty && !IsCompany;
}
