namespace Dateline.Linking;

/// <summary>
/// One real-world actor across articles, as stored in its node: best name, type, every spelling seen (with
/// counts), roles, acronyms, the actors it appears with (the context later matches are checked against),
/// and the user's overrides. Mutable because it is read, updated and written back inside one transaction.
/// </summary>
public sealed class EntityProfile
{
    /// <summary>The type most articles give it (<see cref="TypeVotes"/>): a tagger's slip in one article does not retype it.</summary>
    public string Type { get; set; } = "";

    public Dictionary<string, int> TypeVotes { get; set; } = new(StringComparer.Ordinal);

    public string Name { get; set; } = "";

    public string? Country { get; set; }

    public string? KnowledgeId { get; set; }

    public List<string> Roles { get; set; } = [];

    public List<string> Acronyms { get; set; } = [];

    /// <summary>Spelling as written → number of articles using it.</summary>
    public Dictionary<string, int> Spellings { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Entity id → number of articles in which both appear (the strongest ones kept).</summary>
    public Dictionary<long, int> Neighbours { get; set; } = [];

    public int Articles { get; set; }

    /// <summary>Set when the user (or nobody else: automatic merges happen before a node exists) merged this entity into another.</summary>
    public long? MergedInto { get; set; }

    /// <summary>Entities the user merged into this one (their nodes stay, redirecting here, so an unmerge can restore them).</summary>
    public List<long> Absorbed { get; set; } = [];

    /// <summary>Folded spellings the user split off: never linked to this entity again.</summary>
    public List<string> Blocked { get; set; } = [];

    /// <summary>What the user did to this entity, in order ("merged #12 (Hiftar) into this, 2026-11-23").</summary>
    public List<string> History { get; set; } = [];

    public const int MaxNeighbours = 64;
    public const int MaxSpellings = 64;
}
