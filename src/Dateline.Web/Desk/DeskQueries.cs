namespace Dateline.Web.Desk;

/// <summary>The questions both the API and the pages ask: filtered events, an actor's timeline and network.</summary>
public sealed class DeskQueries(DeskIndex index, IEntityDirectory entities, IEventSource events)
{
    public const int NetworkNeighbours = 16;

    public IReadOnlyList<DeskEvent> Events(EventFilter f)
    {
        IEnumerable<DeskEvent> q = events.All();
        if (f.Actor is { Length: > 0 } actor)
        {
            var names = ActorNames(actor);
            q = q.Where(e => Involves(e, names));
        }
        if (f.Type is { Length: > 0 } type) q = q.Where(e => string.Equals(e.Event, type, StringComparison.OrdinalIgnoreCase));
        if (f.From is { } from) q = q.Where(e => e.Day >= from);
        if (f.To is { } to) q = q.Where(e => e.Day <= to);
        if (f.Text is { Length: > 0 } text)
            q = q.Where(e => e.Mentions.Any(m => m.Quote.Contains(text, StringComparison.OrdinalIgnoreCase)));
        return q.ToList();
    }

    /// <summary>Null when neither an entity nor any event's actor goes by this name.</summary>
    public Timeline? Timeline(string actor)
    {
        var who = Who(actor);
        var list = Events(new EventFilter(actor, null, null, null, null));
        if (who is null && list.Count == 0) return null;
        var snapshot = index.Current;
        var articles = who is { Id: { } id } && entities.Find(id) is { } e
            ? e.Articles.Select(a => snapshot.ArticlesById.GetValueOrDefault(a)).Where(a => a is not null)
                .Select(a => new TimelineArticle(a!.Id, a.Title, a.Outlet, a.Published))
                .OrderBy(a => a.Published ?? "", StringComparer.Ordinal).ToList()
            : [];
        var marks = list.Select(x => new TimelineMark(x.Id, x.Event, x.Date?.Value, x.Day, x.Source, x.Target,
            Math.Max(1, x.Mentions.Select(m => m.Document).Distinct().Count()))).ToList();
        return new Timeline(who ?? new TimelineActor(null, actor, null), marks, articles);
    }

    public Network? Network(string actor)
    {
        var who = Who(actor);
        var names = ActorNames(actor);
        var list = events.All().Where(e => Involves(e, names)).ToList();
        if (who is null && list.Count == 0) return null;
        string center = who?.Id ?? EntityIds.Slug(actor);
        var weights = new Dictionary<(string Id, string Kind), int>();
        var nodes = new Dictionary<string, NetworkNode>(StringComparer.Ordinal);
        foreach (var e in list)
            foreach (var other in e.Source.Concat(e.Target).Where(n => !names.Contains(n)).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var resolved = entities.Resolve(other);
                string id = resolved?.Id ?? EntityIds.Slug(other);
                if (id.Length == 0 || id == center) continue;
                nodes.TryAdd(id, new NetworkNode(id, resolved?.Name ?? other, resolved?.Type, 0));
                weights[(id, "event")] = weights.GetValueOrDefault((id, "event")) + 1;
            }
        if (who?.Id is { } cid && entities.Find(cid) is { } self)
        {
            // One pass over the actor's articles with plain string counts: an actor named in thousands of
            // articles (a country) costs milliseconds, not a lookup per mention.
            var snapshot = index.Current;
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (long a in self.Articles)
                foreach (var other in snapshot.EntitiesByArticle.GetValueOrDefault(a, []))
                    if (!string.Equals(other, cid, StringComparison.Ordinal))
                        counts[other] = counts.GetValueOrDefault(other) + 1;
            foreach (var (other, count) in counts.OrderByDescending(kv => kv.Value).Take(NetworkNeighbours * 2))
            {
                if (entities.Find(other) is not { } o) continue;
                nodes.TryAdd(other, new NetworkNode(other, o.Name, o.Type, 0));
                weights[(other, "co-mention")] = count;
            }
        }
        // Event partners first, then the most frequent co-mentions, so the drawing stays readable.
        var edges = weights
            .OrderBy(kv => kv.Key.Kind == "event" ? 0 : 1).ThenByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Id, StringComparer.Ordinal)
            .Take(NetworkNeighbours * 2)
            .Select(kv => new NetworkEdge(center, kv.Key.Id, kv.Value, kv.Key.Kind))
            .ToList();
        var kept = edges.Select(e => e.Target).Distinct(StringComparer.Ordinal).Take(NetworkNeighbours).ToHashSet(StringComparer.Ordinal);
        edges = edges.Where(e => kept.Contains(e.Target)).ToList();
        var nodeList = new List<NetworkNode> { new(center, who?.Name ?? actor, who?.Type, list.Count) };
        nodeList.AddRange(kept.Select(id => nodes[id] with { Weight = edges.Where(e => e.Target == id).Sum(e => e.Weight) }));
        return new Network(who ?? new TimelineActor(null, actor, null), nodeList, edges);
    }

    private TimelineActor? Who(string actor) =>
        entities.Resolve(actor) is { } e ? new TimelineActor(e.Id, e.Name, e.Type) : null;

    /// <summary>Every name the actor goes by (its id, name and aliases), for matching event actors.</summary>
    private HashSet<string> ActorNames(string actor)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { actor.Trim() };
        if (entities.Resolve(actor) is { } e)
        {
            names.Add(e.Name);
            names.UnionWith(e.Aliases);
            names.Add(e.Id);
        }
        return names;
    }

    private static bool Involves(DeskEvent e, HashSet<string> names) =>
        e.Source.Any(names.Contains) || e.Target.Any(names.Contains);
}
