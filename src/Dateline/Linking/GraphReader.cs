using Dateline.Coreference;
using Dateline.Entities;

namespace Dateline.Linking;

/// <summary>
/// Reads the cross-document graph into the views the CLI, the desk and the exports show: entities with their
/// spellings, events with every report and their disagreements, timelines, stories and the actor network.
/// </summary>
public sealed class GraphReader(IGraphSession session)
{
    private const int Page = 500;

    private readonly Dictionary<long, string?> _names = [];

    public IEnumerable<(long Id, EntityProfile Profile)> AllEntities() => All<EntityProfile>(GraphKinds.Entity);

    public IEnumerable<(long Id, StoredEvent Profile)> AllEvents() => All<StoredEvent>(GraphKinds.Event);

    public IEnumerable<(long Id, StoredStory Profile)> AllStories() => All<StoredStory>(GraphKinds.Story);

    /// <summary>Entities (not merged away), most reported first; optionally only those a name finds.</summary>
    public IReadOnlyList<EntityView> Entities(string? name = null, string? type = null)
    {
        var found = name is null ? AllEntities() : Find(name);
        return [.. found.Where(e => e.Profile.MergedInto is null && (type is null || string.Equals(e.Profile.Type, type, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(e => e.Profile.Articles).ThenBy(e => e.Id)
            .Select(e => Entity(e.Id, e.Profile))];
    }

    public EntityView? Entity(long id) =>
        session.GetNode(id) is { Kind: GraphKinds.Entity } node ? Entity(id, GraphJson.Read<EntityProfile>(node.Profile)) : null;

    private EntityView Entity(long id, EntityProfile p)
    {
        var links = session.LinksOfNode(id).Where(l => l.Kind == GraphKinds.Entity)
            .Select(l => (Link: l, Detail: GraphJson.Read<EntityLinkDetail>(l.Detail))).ToList();
        var spellings = links.SelectMany(x => Shown(x.Detail).Select(sp => (Spelling: sp, Ref: Ref(x.Link.ArticleId, x.Detail.Outlet, x.Detail.Published, x.Detail.CopyOf))))
            .GroupBy(x => x.Spelling, StringComparer.Ordinal)
            .Select(g => new SpellingView(g.Key, [.. g.Select(x => x.Ref).DistinctBy(r => r.Article)]))
            .OrderByDescending(s => s.Articles.Count).ThenBy(s => s.Spelling, StringComparer.Ordinal).ToList();
        var linkViews = links.Select(x => new EntityLinkView(Ref(x.Link.ArticleId, x.Detail.Outlet, x.Detail.Published, x.Detail.CopyOf), x.Detail.Name, x.Detail.Spellings, x.Detail.Score, x.Detail.Reason, x.Link.Item, x.Detail.Mentions)).ToList();
        return new EntityView(id, p.Name, p.Type, p.Country, p.Roles, p.Acronyms, links.Select(l => l.Link.ArticleId).Distinct().Count(),
            spellings, linkViews, p.History, p.Absorbed);
    }

    /// <summary>The forms an article used, as written (older links: the matched names).</summary>
    private static IEnumerable<string> Shown(EntityLinkDetail d) => d.Written.Count > 0 ? d.Written : d.Spellings;

    /// <summary>
    /// Entities a user's name finds: "#12" by id; else those with a spelling whose words include all the name's words
    /// (folded: "salame" finds "Ghassan Salamé"), merged ones replaced by their survivor.
    /// </summary>
    public IReadOnlyList<(long Id, EntityProfile Profile)> Find(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.StartsWith('#') && long.TryParse(trimmed[1..], out var direct))
            return session.GetNode(direct) is { Kind: GraphKinds.Entity } n ? [Canonical(direct, GraphJson.Read<EntityProfile>(n.Profile))] : [];
        var words = NameKey.Words(trimmed);
        if (words.Count == 0) return [];
        var keys = new[] { EntityType.PER, EntityType.ORG, EntityType.GPE, EntityType.MISC }
            .SelectMany(t => EntityMatcher.Keys(t, [trimmed], null, trimmed.All(char.IsUpper) ? [trimmed] : [])).Distinct().ToList();
        var found = new List<(long, EntityProfile)>();
        foreach (var id in session.FindNodes(GraphKinds.Entity, keys, int.MaxValue))
        {
            var p = GraphJson.Read<EntityProfile>(session.GetNode(id)!.Profile);
            bool named = p.Spellings.Keys.Append(p.Name).Any(sp => words.All(NameKey.Words(sp).Contains))
                         || p.Acronyms.Contains(trimmed, StringComparer.Ordinal);
            if (named) found.Add(Canonical(id, p));
        }
        return [.. found.DistinctBy(f => f.Item1).OrderByDescending(f => f.Item2.Articles).ThenBy(f => f.Item1)];
    }

    /// <summary>
    /// When <see cref="Find"/> finds nothing: entities whose spellings have, for each of the name's words, a word spelled
    /// or sounding alike ("Hiftar" → "Khalifa Haftar"), most reported first. Offered to the user, never chosen for them.
    /// </summary>
    public IReadOnlyList<(long Id, EntityProfile Profile)> Suggest(string name, int max = 3)
    {
        var words = NameKey.Words(name.Trim());
        if (words.Count == 0) return [];
        var keys = new[] { EntityType.PER, EntityType.ORG, EntityType.GPE, EntityType.MISC }
            .SelectMany(t => EntityMatcher.Keys(t, [name.Trim()], null, [])).Distinct().ToList();
        var found = new List<(long, EntityProfile)>();
        foreach (var id in session.FindNodes(GraphKinds.Entity, keys, int.MaxValue))
        {
            var p = GraphJson.Read<EntityProfile>(session.GetNode(id)!.Profile);
            var spelled = p.Spellings.Keys.Append(p.Name).SelectMany(NameKey.Words).Distinct(StringComparer.Ordinal).ToList();
            if (words.All(w => spelled.Any(x => NameKey.WordMatch(w, x) >= 0.9))) found.Add(Canonical(id, p));
        }
        return [.. found.DistinctBy(f => f.Item1).OrderByDescending(f => f.Item2.Articles).ThenBy(f => f.Item1).Take(max)];
    }

    private (long, EntityProfile) Canonical(long id, EntityProfile p)
    {
        for (int hops = 0; hops < 16 && p.MergedInto is long next; hops++)
        {
            id = next;
            p = GraphJson.Read<EntityProfile>(session.GetNode(id)!.Profile);
        }
        return (id, p);
    }

    /// <summary>The events of an entity (and of the entities merged into it), oldest first.</summary>
    public IReadOnlyList<EventView> Timeline(long entity)
    {
        var ids = new List<long> { entity };
        if (session.GetNode(entity) is { Kind: GraphKinds.Entity } node) ids.AddRange(GraphJson.Read<EntityProfile>(node.Profile).Absorbed);
        var events = session.FindNodes(GraphKinds.Event, [.. ids.Select(CrossDocumentLinker.ParticipantKey)], int.MaxValue);
        return [.. events.Select(id => Event(id)!).Where(e => e.Participants.Any(p => p.Entity is long x && ids.Contains(x))).OrderBy(e => SortKey(e)).ThenBy(e => e.Id)];
    }

    public IReadOnlyList<EventView> Events() => [.. AllEvents().Select(e => Event(e.Id, e.Profile)).OrderBy(SortKey).ThenBy(e => e.Id)];

    public EventView? Event(long id) =>
        session.GetNode(id) is { Kind: GraphKinds.Event } node ? Event(id, GraphJson.Read<StoredEvent>(node.Profile)) : null;

    /// <summary>Why an event id no longer holds an event and which events hold its reports; null when it is no retired event.</summary>
    public RetiredEvent? Retired(long id) =>
        session.GetNode(id) is { Kind: GraphKinds.RetiredEvent } node ? GraphJson.Read<RetiredEvent>(node.Profile) : null;

    private EventView Event(long id, StoredEvent p)
    {
        var links = session.LinksOfNode(id).Where(l => l.Kind == GraphKinds.Event)
            .Select(l => (Link: l, Detail: GraphJson.Read<EventLinkDetail>(l.Detail))).ToList();
        // A copy is cited as a copy where its original reports the happening too; where only the copy does, it is the source.
        var reporting = links.Select(l => l.Link.ArticleId).ToHashSet();
        var refs = links.GroupBy(l => l.Link.ArticleId).ToDictionary(g => g.Key, g => Ref(g.Key, g.First().Detail.Outlet, g.First().Detail.Published,
            g.First().Detail.CopyOf is long original && reporting.Contains(original) ? original : null));
        ArticleRef R(long a) => refs.TryGetValue(a, out var r) ? r : new ArticleRef(a, null, null);
        // Two coded events of one sentence joined to one happening ("Ms Pinotti and Marshal Haftar discussed ...", read both
        // ways) are one report of it: one mention, the surest, so exports and the timeline's JSON count sentences, not readings.
        var mentions = links
            .Select(x => new MentionView(R(x.Link.ArticleId), x.Link.Item, x.Detail.Quote, x.Detail.Start, x.Detail.End,
                x.Detail.Date, x.Detail.Place, x.Detail.Status, x.Detail.Attribution, x.Detail.Confidence, x.Detail.Reason))
            .Select((m, i) => (m, i))
            .GroupBy(x => x.m.Start is null ? (x.m.Article.Article, -1 - x.i, 0) : (x.m.Article.Article, x.m.Start.Value, x.m.End ?? 0))
            .Select(g => g.OrderByDescending(x => x.m.Confidence).ThenBy(x => x.i).First())
            .OrderBy(x => x.i).Select(x => x.m).ToList();
        return Summary(id, p, R, EntityName) with { Mentions = mentions };
    }

    /// <summary>An entity's name as it is now (a merge, a split or later articles rename it), null when it is gone.</summary>
    private string? EntityName(long entity)
    {
        if (_names.TryGetValue(entity, out var cached)) return cached;
        var name = session.GetNode(entity) is { Kind: GraphKinds.Entity } node ? Canonical(entity, GraphJson.Read<EntityProfile>(node.Profile)).Item2.Name : null;
        _names[entity] = name;
        return name;
    }

    /// <summary>
    /// An event from its profile alone, without the reports' sentences (<see cref="EventView.Mentions"/> empty): what a
    /// list or a timeline needs, read with no link. <paramref name="article"/> describes each article the profile cites;
    /// <paramref name="entityName"/>, when given, names each participant that is an entity as the entity is named now
    /// (a participant keeps the name its entity had when the first report was linked: "Haftar", or "Khalifa Haftar"
    /// for the articles a split moved to "Khalifa Hiftar").
    /// </summary>
    public static EventView Summary(long id, StoredEvent p, Func<long, ArticleRef> article, Func<long, string?>? entityName = null)
    {
        string Named(StoredParticipant q) => q.Entity is long e && entityName?.Invoke(e) is { Length: > 0 } now ? now : q.Name;
        IReadOnlyList<VersionView> Versions(List<DetailVersion> vs) =>
            [.. vs.OrderByDescending(v => v.Articles.Count).Select(v => new VersionView(v.Value, v.Qualifier, v.Assumed, [.. v.Articles.Select(article)]))];
        var dates = Versions(p.Dates);
        var places = Versions(p.Places);
        var figures = Versions(p.Figures);
        // The main status first: readers list an event under its first status.
        var mainStatus = p.MainStatus;
        var statuses = Versions(p.Statuses).OrderBy(v => v.Value == mainStatus?.Value ? 0 : 1).ToList();
        var mainDate = p.MainDate;
        var mainPlace = p.MainPlace;
        return new EventView(id, p.Type, p.Mode, p.Cameo, mainDate?.Value, mainDate?.Qualifier, mainPlace?.Value, mainPlace?.Qualifier,
            [.. p.Participants.Select(q => new ParticipantView(q.Entity, Named(q), q.Code, q.Side, [.. q.Articles.Select(article)]) { OtherSide = [.. q.OtherSide.Select(article)] })],
            p.Outlets, p.Articles.Count, p.Copies.Count, dates, places, statuses, Disagreements(dates, places, statuses, figures), [], p.Story)
        {
            Figures = figures,
        };
    }

    /// <summary>
    /// Where reports differ: dates that cannot both be true, different places, a plan against a report that it happened
    /// (a claim that it happened agrees with a report that it did),
    /// counts of one thing that cannot both be true ("killing 12" against "killing 40"; "at least 12" and "40" agree).
    /// </summary>
    private static IReadOnlyList<string> Disagreements(IReadOnlyList<VersionView> dates, IReadOnlyList<VersionView> places, IReadOnlyList<VersionView> statuses,
        IReadOnlyList<VersionView> figures)
    {
        var result = new List<string>();
        var stated = dates.Where(d => !d.Assumed).ToList();
        for (int i = 0; i < stated.Count; i++)
            for (int j = i + 1; j < stated.Count; j++)
                if (!TimexCompatibility.AreCompatible(stated[i].Value, stated[j].Value))
                    result.Add($"date: {Says(stated[i])} vs {Says(stated[j])}");
        // A dateline's city says where the story was filed, not where the event was: it disagrees with no stated place.
        var statedPlaces = places.Any(p => !p.Assumed) ? places.Where(p => !p.Assumed) : places;
        var distinctPlaces = statedPlaces.GroupBy(p => NameKey.Full(p.Value), StringComparer.Ordinal).Select(g => g.First()).ToList();
        if (distinctPlaces.Count > 1) result.Add("place: " + string.Join(" vs ", distinctPlaces.Select(Says)));
        // "Conte said he urged Haftar" (claimed: a party to it says so) and "Conte urged Haftar, officials said" (happened)
        // both say it took place: both stay as versions, but only a plan, a denial or an "if" against it is a disagreement.
        if (statuses.Select(v => v.Value == Dateline.Events.EventStatus.Claimed ? Dateline.Events.EventStatus.Happened : v.Value).Distinct(StringComparer.Ordinal).Count() > 1)
            result.Add("status: " + string.Join(" vs ", statuses.Select(Says)));
        foreach (var counted in figures.GroupBy(f => f.Qualifier ?? "", StringComparer.Ordinal))
        {
            var versions = counted.ToList();
            if (versions.Any(a => versions.Any(b => Dateline.Events.EventFigure.Disagree(a.Value, b.Value))))
                result.Add($"figure ({counted.Key}): " + string.Join(" vs ", versions.Select(Says)));
        }
        return result;
    }

    private static string Says(VersionView v) => $"{v.Value} ({string.Join(", ", v.Sources.Select(s => s.Outlet ?? $"article {s.Article}").Distinct(StringComparer.Ordinal))})";

    public IReadOnlyList<StoryView> Stories() => [.. AllStories().Select(s => Story(s.Id, s.Profile)).OrderBy(s => s.First ?? "9999").ThenBy(s => s.Id)];

    /// <summary>One story; without <paramref name="countEvents"/> its <see cref="StoryView.Events"/> is 0 and no article's events are read (a list of stories stays one read per story).</summary>
    public StoryView? Story(long id, bool countEvents = true) =>
        session.GetNode(id) is { Kind: GraphKinds.Story } node ? Story(id, GraphJson.Read<StoredStory>(node.Profile), countEvents) : null;

    private StoryView Story(long id, StoredStory s, bool countEvents = true)
    {
        var articles = session.LinksOfNode(id).Where(l => l.Kind == GraphKinds.Story).Select(l =>
        {
            var d = GraphJson.Read<StoryLinkDetail>(l.Detail);
            return new StoryArticleView(Ref(l.ArticleId, d.Outlet, d.Published, d.CopyOf), d.Title, d.Reason);
        }).ToList();
        var actors = s.Entities.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(8)
            .Select(kv => session.GetNode(kv.Key) is { } n ? GraphJson.Read<EntityProfile>(n.Profile).Name : $"#{kv.Key}").ToList();
        int events = countEvents ? articles.Sum(a => session.LinksOfArticle(a.Article.Article, GraphKinds.Event).Count) : 0;
        return new StoryView(id, s.Title, s.First, s.Last, articles, actors, events) { SplitFrom = s.SplitFrom, History = s.History };
    }

    /// <summary>Actors and the events between them; with <paramref name="entity"/>, only events it takes part in.</summary>
    public NetworkView Network(long? entity)
    {
        EntityProfile? Profile(long id) => session.GetNode(id) is { Kind: GraphKinds.Entity } n ? GraphJson.Read<EntityProfile>(n.Profile) : null;
        var network = Network(entity is long e ? Timeline(e) : Events(), Profile);
        if (entity is not long actor || Profile(actor) is not { } p) return network;
        // The actor's node first, as the README and the desk give it, even when no event of it is an edge.
        string key = $"e{actor}";
        var own = network.Nodes.FirstOrDefault(n => n.Id == key) ?? new NetworkNode(key, actor, p.Name, p.Type, p.Country);
        return network with { Nodes = [own, .. network.Nodes.Where(n => n.Id != key)], Actor = new NetworkActor(actor, p.Name, p.Type, p.Country) };
    }

    /// <summary>The network of some events (their participants need not be loaded with their sentences); <paramref name="entity"/> gives a stored entity's profile.</summary>
    public static NetworkView Network(IEnumerable<EventView> events, Func<long, EntityProfile?> entity)
    {
        var nodes = new Dictionary<string, NetworkNode>(StringComparer.Ordinal);
        var edges = new Dictionary<(string, string, string), List<EventView>>();
        string Node(ParticipantView p)
        {
            string key = p.Entity is long id ? $"e{id}" : $"n:{NameKey.Full(p.Name)}";
            if (!nodes.ContainsKey(key))
            {
                var profile = p.Entity is long x ? entity(x) : null;
                nodes[key] = new NetworkNode(key, p.Entity, profile?.Name ?? p.Name, profile?.Type, profile?.Country);
            }
            return key;
        }
        foreach (var ev in events.Where(SomeReportSaysItHappened))
        {
            var sources = ev.Participants.Where(p => p.Side == "source").ToList();
            var targets = ev.Participants.Where(p => p.Side == "target").ToList();
            foreach (var s in sources)
                foreach (var t in targets)
                {
                    var k = (Node(s), Node(t), ev.Type);
                    if (k.Item1 == k.Item2) continue;
                    if (!edges.TryGetValue(k, out var list)) edges[k] = list = [];
                    if (!list.Contains(ev)) list.Add(ev);
                }
        }
        var edgeViews = edges.Select(kv => new NetworkEdge(kv.Key.Item1, kv.Key.Item2, kv.Key.Item3, kv.Value.Count,
                kv.Value.Select(v => v.Date).Where(d => d is not null).Min(StringComparer.Ordinal), kv.Value.Select(v => v.Date).Where(d => d is not null).Max(StringComparer.Ordinal),
                [.. kv.Value.Select(v => v.Id)]))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Source, StringComparer.Ordinal).ThenBy(x => x.Target, StringComparer.Ordinal).ToList();
        var weight = edgeViews.SelectMany(x => new[] { (Node: x.Source, x.Count), (Node: x.Target, x.Count) })
            .GroupBy(x => x.Node, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(x => x.Count), StringComparer.Ordinal);
        return new NetworkView([.. nodes.Values.Where(n => weight.ContainsKey(n.Id)).Select(n => n with { Weight = weight[n.Id] })], edgeViews);
    }

    /// <summary>
    /// An edge says one actor did something to another: an event every report gives as denied, planned or hypothetical
    /// ("France has denied supporting Haftar") is no edge, as the GDELT export leaves it out; one report of it happening is enough.
    /// </summary>
    private static bool SomeReportSaysItHappened(EventView e) =>
        e.Statuses.Count == 0 || e.Statuses.Any(v => v.Value is Dateline.Events.EventStatus.Happened or Dateline.Events.EventStatus.Claimed);

    private static string SortKey(EventView e) => TimexCompatibility.Parse(e.Date)?.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "9999";

    private static ArticleRef Ref(long article, string? outlet, string? published, long? copyOf) => new(article, outlet, published, copyOf is not null);

    private IEnumerable<(long Id, T Profile)> All<T>(string kind)
    {
        for (int offset = 0; ; offset += Page)
        {
            var nodes = session.ListNodes(kind, offset, Page);
            foreach (var n in nodes) yield return (n.Id, GraphJson.Read<T>(n.Profile));
            if (nodes.Count < Page) yield break;
        }
    }
}
