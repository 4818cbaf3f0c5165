using Dateline.Linking;

namespace Dateline.Web.Desk;

/// <summary>
/// An actor or place as the desk shows it: one entity of the cross-document graph (one per real actor, whatever
/// the spelling), with the spellings seen and the articles using each, why each article was linked to it, and the
/// user's merges and splits (<see cref="History"/>).
/// </summary>
public sealed record DeskEntity(string Id, string Name, string Type)
{
    /// <summary>Every other spelling and acronym it goes by.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string? KnowledgeId { get; init; }
    public string? Country { get; init; }
    public string? Role { get; init; }

    /// <summary>How often the articles name it, all spellings together.</summary>
    public int Mentions { get; init; }

    /// <summary>Ids of the articles naming it, in id order.</summary>
    public IReadOnlyList<long> Articles { get; init; } = [];

    /// <summary>The tagger's type as the graph keeps it: PER, ORG, GPE, LOC, MISC.</summary>
    public string? Tag { get; init; }
    public IReadOnlyList<string> Roles { get; init; } = [];
    public IReadOnlyList<string> Acronyms { get; init; } = [];

    /// <summary>Each spelling seen ("Khalifa Hiftar") with the articles using it, most used first.</summary>
    public IReadOnlyList<SpellingView> Spellings { get; init; } = [];

    /// <summary>Each article's link to the entity: the name it uses, the score and the reason of the match.</summary>
    public IReadOnlyList<EntityLinkView> Links { get; init; } = [];

    /// <summary>The user's merges, unmerges and splits (`dateline entities merge|unmerge|split`), in order.</summary>
    public IReadOnlyList<string> History { get; init; } = [];

    /// <summary>Ids of the entities the user merged into this one.</summary>
    public IReadOnlyList<string> Merged { get; init; } = [];

    /// <summary>The desk's type name for a graph type: person, organisation, place, other.</summary>
    public static string TypeName(string graphType) => graphType switch
    {
        "PER" => "person",
        "ORG" => "organisation",
        "LOC" or "GPE" => "place",
        _ => "other",
    };

    public static DeskEntity From(EntityView e, EntityProfile? profile)
    {
        var spellings = e.Spellings.Select(s => s.Spelling).Concat(e.Acronyms)
            .Where(s => !string.Equals(s, e.Name, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        return new DeskEntity(DeskEvents.Id(e.Id), e.Name, TypeName(e.Type))
        {
            Aliases = spellings,
            KnowledgeId = profile?.KnowledgeId,
            Country = e.Country,
            Role = e.Roles.Count > 0 ? e.Roles[0] : null,
            Mentions = e.Links.Sum(l => l.Mentions),
            Articles = [.. e.Links.Select(l => l.Article.Article).Distinct().Order()],
            Tag = e.Type,
            Roles = e.Roles,
            Acronyms = e.Acronyms,
            Spellings = e.Spellings,
            Links = e.Links,
            History = e.History,
            Merged = [.. e.Absorbed.Select(DeskEvents.Id)],
        };
    }
}
