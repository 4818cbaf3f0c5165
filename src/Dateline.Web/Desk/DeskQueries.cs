using System.Text.RegularExpressions;
using Dateline.Linking;
using Dateline.Storage;

namespace Dateline.Web.Desk;

/// <summary>
/// The questions both the API and the pages ask, answered from the cross-document graph: lists from the desk's
/// snapshot of node profiles (<see cref="DeskIndex"/>), details (an entity's spellings and articles, an event's
/// sentences, a story's articles) read per request through the graph's indexed links.
/// </summary>
public sealed partial class DeskQueries(DeskIndex index, StoreGate gate)
{
    public const int NetworkNeighbours = 16;

    /// <summary>At most this many articles narrow a text filter of events (more: every candidate's sentences are read).</summary>
    public const int TextArticles = 2000;

    public DeskSnapshot Snapshot => index.Current;

    /// <summary>
    /// The entity an actor parameter names: its id ("12" or "#12", followed through merges), an old desk id
    /// ("person-khalifa-haftar", read as the name), else a name or part of one as `dateline timeline --actor` reads it
    /// (the entity most articles name wins).
    /// </summary>
    public long? Resolve(string actor)
    {
        var a = actor.Trim();
        if (a.Length == 0) return null;
        // "#12" finds entity 12 or, when the user merged it, the entity that absorbed it (read live, not from the snapshot).
        if (DeskEvents.Parse(a) is long id) a = "#" + DeskEvents.Id(id);
        if (LegacyId().Match(a) is { Success: true } m) a = m.Groups[1].Value.Replace('-', ' ');
        var found = gate.Graph((r, _) => r.Find(a));
        return found.Count > 0 ? found[0].Id : null;
    }

    /// <summary>The entity with this id, or the one the user merged it into.</summary>
    public DeskEntity? Entity(long id)
    {
        var found = gate.Graph((r, _) => r.Find("#" + DeskEvents.Id(id)) is [var e] && r.Entity(e.Id) is { } view ? (view, e.Profile) : default);
        return found.view is null ? null : DeskEntity.From(found.view, found.Profile);
    }

    /// <summary>Entities (not merged away), most reported first, of a desk type ("person") and with a name or spelling containing <paramref name="text"/>.</summary>
    public IReadOnlyList<(long Id, EntityProfile Profile)> FindEntities(string? type, string? text) =>
        [.. Snapshot.Entities.Where(e =>
            (type is null || string.Equals(DeskEntity.TypeName(e.Profile.Type), type, StringComparison.OrdinalIgnoreCase) || string.Equals(e.Profile.Type, type, StringComparison.OrdinalIgnoreCase)) &&
            (text is null || e.Profile.Name.Contains(text, StringComparison.OrdinalIgnoreCase) ||
             e.Profile.Spellings.Keys.Any(s => s.Contains(text, StringComparison.OrdinalIgnoreCase)) ||
             e.Profile.Acronyms.Any(s => s.Contains(text, StringComparison.OrdinalIgnoreCase))))];

    /// <summary>Whole entities (spellings, articles, links) for a page of ids, in one graph read.</summary>
    public IReadOnlyList<DeskEntity> Entities(IEnumerable<long> ids)
    {
        var snapshot = Snapshot;
        var list = ids.ToList();
        return gate.Graph((r, _) => list.Select(id => r.Entity(id)).OfType<EntityView>()
            .Select(v => DeskEntity.From(v, snapshot.EntitiesById.GetValueOrDefault(v.Id))).ToList());
    }

    /// <summary>Event summaries in date order (no sentences read), filtered; a text filter reads the candidates' sentences.</summary>
    public IReadOnlyList<EventView> Events(EventFilter f)
    {
        var snapshot = Snapshot;
        IEnumerable<EventView> q = snapshot.Events;
        if (f.Actor is { Length: > 0 } actor)
        {
            if (Resolve(actor) is not long id) return [];
            q = EventsOf(snapshot, id);
        }
        if (f.Type is { Length: > 0 } type) q = q.Where(e => string.Equals(e.Type, type, StringComparison.OrdinalIgnoreCase));
        if (f.From is { } from) q = q.Where(e => snapshot.EventDays.GetValueOrDefault(e.Id) >= from);
        if (f.To is { } to) q = q.Where(e => snapshot.EventDays.GetValueOrDefault(e.Id) <= to);
        var list = q.ToList();
        if (f.Text is { Length: > 0 } text)
        {
            // The full-text index narrows the candidates to events reported by articles holding every word of the
            // text, so only their sentences are read (unless the text is in more articles than the index returns).
            var hits = gate.Read(s => s.Search(text, 0, TextArticles)).Select(h => h.Id).ToHashSet();
            if (hits.Count < TextArticles) list = [.. list.Where(e => DeskEvents.Articles(e).Any(hits.Contains))];
            var candidates = list.Select(e => e.Id).ToList();
            var quoted = gate.Graph((r, _) => candidates.Where(id =>
                r.Event(id) is { } full && full.Mentions.Any(m => m.Quote is not null && m.Quote.Contains(text, StringComparison.OrdinalIgnoreCase))).ToHashSet());
            list = [.. list.Where(e => quoted.Contains(e.Id))];
        }
        return list;
    }

    /// <summary>Whole events (every report's sentence) for some summaries, in one graph read.</summary>
    public IReadOnlyList<DeskEvent> Full(IEnumerable<EventView> events)
    {
        var snapshot = Snapshot;
        var ids = events.Select(e => e.Id).ToList();
        return gate.Graph((r, _) => ids.Select(id => r.Event(id)).OfType<EventView>().Select(e => DeskEvents.From(e, snapshot)).ToList());
    }

    public DeskEvent? Event(long id)
    {
        var snapshot = Snapshot;
        return gate.Graph((r, _) => r.Event(id)) is { } e ? DeskEvents.From(e, snapshot) : null;
    }

    /// <summary>Where a retired event's reports went (a story split emptied it); null when the id is no retired event.</summary>
    public RetiredEvent? Retired(long id) => gate.Graph((r, _) => r.Retired(id));

    /// <summary>What the graph says of one article: the entity each of its chains was linked to, and the events it reports (whole).</summary>
    public (IReadOnlyDictionary<int, long> Entities, IReadOnlyList<DeskEvent> Events) Article(long article)
    {
        var snapshot = Snapshot;
        return gate.Graph((r, g) =>
        {
            var chains = new Dictionary<int, long>();
            foreach (var link in g.LinksOfArticle(article, GraphKinds.Entity))
                if (int.TryParse(link.Item, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int chain))
                    chains[chain] = snapshot.Canonical(link.NodeId) ?? link.NodeId;
            var events = g.LinksOfArticle(article, GraphKinds.Event).Select(l => l.NodeId).Distinct()
                .Select(id => r.Event(id)).OfType<EventView>().Select(e => DeskEvents.From(e, snapshot))
                .OrderBy(e => e.Day ?? DateOnly.MaxValue).ThenBy(e => long.Parse(e.Id, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            return ((IReadOnlyDictionary<int, long>)chains, (IReadOnlyList<DeskEvent>)events);
        });
    }

    /// <summary>A page of stories, newest first, each with its articles and why each joined.</summary>
    public IReadOnlyList<DeskStory> Stories(int offset, int limit)
    {
        var ids = Snapshot.Stories.Skip(offset).Take(limit).Select(s => s.Id).ToList();
        return gate.Graph((r, _) => ids.Select(id => r.Story(id, countEvents: false)).OfType<StoryView>().Select(DeskStory.From).ToList());
    }

    public DeskStory? Story(long id) => gate.Graph((r, _) => r.Story(id, countEvents: false)) is { } s ? DeskStory.From(s) : null;

    public Timeline? Timeline(string actor) => Resolve(actor) is long id && Entity(id) is { } e ? Timeline(e) : null;

    /// <summary>Each happening the entity (or one merged into it) took part in, once, in date order; and the articles naming it.</summary>
    public Timeline Timeline(DeskEntity entity)
    {
        var snapshot = Snapshot;
        long id = DeskEvents.Parse(entity.Id)!.Value;
        var marks = EventsOf(snapshot, id, entity).Select(e => TimelineMark.From(DeskEvents.From(e, snapshot))).ToList();
        var articles = entity.Articles.Select(a => snapshot.ArticlesById.GetValueOrDefault(a)).OfType<ArticleSummary>()
            .Select(a => new TimelineArticle(a.Id, a.Title, a.Outlet, a.Published))
            .OrderBy(a => a.Published ?? "", StringComparer.Ordinal).ToList();
        return new Timeline(new TimelineActor(entity.Id, entity.Name, entity.Type), marks, articles);
    }

    public Network? Network(string actor) => Resolve(actor) is long id && Entity(id) is { } e ? Network(e) : null;

    /// <summary>
    /// The graph's network of the entity's events (typed, dated, counted edges, each happening once), and the
    /// actors most often named in the same articles; at most <see cref="NetworkNeighbours"/> actors besides it,
    /// event partners first.
    /// </summary>
    public Network Network(DeskEntity entity)
    {
        var snapshot = Snapshot;
        long id = DeskEvents.Parse(entity.Id)!.Value;
        var events = EventsOf(snapshot, id, entity).ToList();
        var view = GraphReader.Network(events, x => snapshot.EntitiesById.GetValueOrDefault(x));
        var self = new HashSet<long>(entity.Merged.Select(m => DeskEvents.Parse(m)!.Value)) { id };
        string Key(string graphKey) => graphKey.StartsWith('e') && long.TryParse(graphKey.AsSpan(1), out long n)
            ? DeskEvents.Id(self.Contains(n) ? id : snapshot.Canonical(n) ?? n) : graphKey;
        string center = entity.Id;

        var nodes = new Dictionary<string, NetworkNode>(StringComparer.Ordinal);
        foreach (var n in view.Nodes)
            nodes.TryAdd(Key(n.Id), new NetworkNode(Key(n.Id), n.Name, n.Type is null ? null : DeskEntity.TypeName(n.Type), 0) { Entity = n.Entity is not null, Country = n.Country });
        var edges = view.Edges
            .Select(e => new NetworkEdge(Key(e.Source), Key(e.Target), e.Count, "event") { Type = e.Type, First = e.First, Last = e.Last, Events = [.. e.Events.Select(DeskEvents.Id)] })
            .Where(e => e.Source != e.Target).ToList();
        // Co-mentions: the entity's profile keeps the actors named in the same articles, with the count.
        if (snapshot.EntitiesById.GetValueOrDefault(id) is { } profile)
            foreach (var (other, count) in profile.Neighbours.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(NetworkNeighbours * 2))
            {
                if (snapshot.Canonical(other) is not long o || self.Contains(o) || snapshot.EntitiesById.GetValueOrDefault(o) is not { } p) continue;
                string key = DeskEvents.Id(o);
                nodes.TryAdd(key, new NetworkNode(key, p.Name, DeskEntity.TypeName(p.Type), 0) { Entity = true, Country = p.Country });
                edges.Add(new NetworkEdge(center, key, count, "co-mention"));
            }
        // Event partners first, then the most frequent co-mentions, so the drawing stays readable.
        var rank = new Dictionary<(string Node, string Kind), int>();
        foreach (var e in edges.Where(e => e.Source == center || e.Target == center))
        {
            var k = (e.Source == center ? e.Target : e.Source, e.Kind);
            rank[k] = rank.GetValueOrDefault(k) + e.Weight;
        }
        var kept = nodes.Keys.Where(k => k != center)
            .OrderByDescending(k => rank.GetValueOrDefault((k, "event"))).ThenByDescending(k => rank.GetValueOrDefault((k, "co-mention"))).ThenBy(k => k, StringComparer.Ordinal)
            .Take(NetworkNeighbours).Append(center).ToHashSet(StringComparer.Ordinal);
        edges = [.. edges.Where(e => kept.Contains(e.Source) && kept.Contains(e.Target))
            .OrderBy(e => e.Kind == "event" ? 0 : 1).ThenByDescending(e => e.Weight).ThenBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal)];
        var nodeList = new List<NetworkNode> { new(center, entity.Name, entity.Type, events.Count) { Entity = true, Country = entity.Country } };
        var weight = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in edges)
        {
            weight[e.Source] = weight.GetValueOrDefault(e.Source) + e.Weight;
            weight[e.Target] = weight.GetValueOrDefault(e.Target) + e.Weight;
        }
        nodeList.AddRange(kept.Where(k => k != center)
            .Select(k => nodes[k] with { Weight = weight.GetValueOrDefault(k) })
            .OrderByDescending(n => n.Weight).ThenBy(n => n.Id, StringComparer.Ordinal));
        return new Network(new TimelineActor(entity.Id, entity.Name, entity.Type), nodeList, edges);
    }

    private static IEnumerable<EventView> EventsOf(DeskSnapshot snapshot, long id, DeskEntity? entity = null)
    {
        var ids = new List<long> { id };
        if (entity is not null) ids.AddRange(entity.Merged.Select(m => DeskEvents.Parse(m)!.Value));
        else if (snapshot.EntitiesById.GetValueOrDefault(id) is { } p) ids.AddRange(p.Absorbed);
        if (ids.Count == 1) return snapshot.EventsByEntity.GetValueOrDefault(id, []);
        return ids.SelectMany(i => snapshot.EventsByEntity.GetValueOrDefault(i, [])).DistinctBy(e => e.Id)
            .OrderBy(e => snapshot.EventDays.GetValueOrDefault(e.Id) ?? DateOnly.MaxValue).ThenBy(e => e.Id);
    }

    /// <summary>The desk's former entity ids: type and name folded to a slug.</summary>
    [GeneratedRegex(@"^(?:person|organisation|place|other)-([\p{Ll}\p{Nd}-]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex LegacyId();
}
