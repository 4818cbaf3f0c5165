namespace Dateline.Linking;

/// <summary>An article as cited by a cross-document view: id, outlet, publication day, and whether it is a syndicated copy.</summary>
public sealed record ArticleRef(long Article, string? Outlet, string? Published, bool Copy = false);

/// <summary>A spelling of an entity and the articles that use it.</summary>
public sealed record SpellingView(string Spelling, IReadOnlyList<ArticleRef> Articles);

/// <summary>One article's link to an entity and why it was made; <paramref name="Chain"/> is the article's entity chain, <paramref name="Mentions"/> how often the article names it.</summary>
public sealed record EntityLinkView(ArticleRef Article, string Name, IReadOnlyList<string> Spellings, double Score, string Reason, string Chain = "", int Mentions = 0);

/// <summary>A cross-document entity as listed by `dateline entities`.</summary>
public sealed record EntityView(
    long Id, string Name, string Type, string? Country, IReadOnlyList<string> Roles, IReadOnlyList<string> Acronyms, int Articles,
    IReadOnlyList<SpellingView> Spellings, IReadOnlyList<EntityLinkView> Links, IReadOnlyList<string> History, IReadOnlyList<long> Absorbed);

/// <summary>A version of an event detail with the reports that give it.</summary>
public sealed record VersionView(string Value, string? Qualifier, bool Assumed, IReadOnlyList<ArticleRef> Sources);

/// <summary>A participant of an event with the reports that name it, and those of them that name it on the other side.</summary>
public sealed record ParticipantView(long? Entity, string Name, string? Code, string Side, IReadOnlyList<ArticleRef> Sources)
{
    public IReadOnlyList<ArticleRef> OtherSide { get; init; } = [];
}

/// <summary>One report of an event: the article, the sentence and its offsets over the article's text, what it says, and why it joined.</summary>
public sealed record MentionView(
    ArticleRef Article, string EventId, string? Quote, int? Start, int? End, string? Date, string? Place, string Status,
    string? Attribution, double Confidence, string Reason);

/// <summary>A cross-document event: one real happening with every report of it, its details' versions and where reports disagree.</summary>
public sealed record EventView(
    long Id, string Type, string? Mode, string Cameo, string? Date, string? Precision, string? Place, string? PlaceCountry,
    IReadOnlyList<ParticipantView> Participants, IReadOnlyList<string> Outlets, int Sources, int Copies,
    IReadOnlyList<VersionView> Dates, IReadOnlyList<VersionView> Places, IReadOnlyList<VersionView> Statuses,
    IReadOnlyList<string> Disagreements, IReadOnlyList<MentionView> Mentions, long? Story)
{
    /// <summary>The numbers reports give about it, each version with what it counts (<see cref="VersionView.Qualifier"/>) and who says it.</summary>
    public IReadOnlyList<VersionView> Figures { get; init; } = [];
}

/// <summary>A story: its articles in order and the actors they share; <see cref="History"/> says when it was split and why.</summary>
public sealed record StoryView(long Id, string Title, string? First, string? Last, IReadOnlyList<StoryArticleView> Articles, IReadOnlyList<string> Actors, int Events)
{
    public long? SplitFrom { get; init; }

    public IReadOnlyList<string> History { get; init; } = [];
}

/// <summary>An article of a story and why it joined.</summary>
public sealed record StoryArticleView(ArticleRef Article, string? Title, string Reason);

/// <summary>An actor in the network; <see cref="Weight"/> is the happenings on its edges, as the desk's network gives it.</summary>
public sealed record NetworkNode(string Id, long? Entity, string Name, string? Type, string? Country)
{
    public int Weight { get; init; }
}

/// <summary>
/// Events of one type from one actor to another: counted, dated, with the events' ids. <see cref="Weight"/> and
/// <see cref="Kind"/> are the README's (and the desk's) names; <see cref="Count"/> stays for scripts that read it.
/// </summary>
public sealed record NetworkEdge(string Source, string Target, string Type, int Count, string? First, string? Last, IReadOnlyList<long> Events)
{
    public int Weight => Count;

    public string Kind => "event";
}

/// <summary>`dateline network`: actors as nodes (with <see cref="Actor"/>, its node first), events as typed, dated, counted edges.</summary>
public sealed record NetworkView(IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges)
{
    public NetworkActor? Actor { get; init; }

    /// <summary>Other entities the actor's name also matched ("#18 United Nations Support Mission in Libya (ORG, 1 article(s))"), as the timeline lists them.</summary>
    public IReadOnlyList<string>? AlsoMatching { get; init; }
}
