using System.Globalization;
using Dateline.Coreference;

namespace Dateline.Linking;

/// <summary>
/// The user's corrections to cross-document entities, applied at once and kept: a merge leaves the absorbed
/// entity as a redirect (later articles that match it land on the survivor) and can be undone; a split moves
/// the articles using a spelling to their own entity and blocks that spelling from the original for good.
/// Event participants follow the moved articles.
/// </summary>
public static class EntityOverrides
{
    public static string Merge(IGraphSession s, long into, long from)
    {
        RequireEntity(s, into);
        RequireEntity(s, from);
        Corrected(s);
        var graph = new GraphCache(s);
        into = graph.Canonical(into);
        from = graph.Canonical(from);
        if (into == from) throw new OverrideException($"entities #{into} and #{from} are already one");
        var a = graph.Entity(into);
        var b = graph.Entity(from);
        var links = s.LinksOfNode(from).Where(l => l.Kind == GraphKinds.Entity).ToList();
        s.MoveLinks(from, into);
        foreach (var l in links)
        {
            // A link an earlier merge brought keeps naming that entity, so each merge of a chain can be undone in turn.
            var detail = GraphJson.Read<EntityLinkDetail>(l.Detail);
            s.UpdateLinkDetail(l with { NodeId = into }, GraphJson.Write(detail with { MergedFrom = detail.MergedFrom ?? from }));
        }
        foreach (var (spelling, n) in b.Spellings) a.Spellings[spelling] = a.Spellings.GetValueOrDefault(spelling) + n;
        foreach (var (id, n) in b.Neighbours.Where(kv => kv.Key != into)) a.Neighbours[id] = a.Neighbours.GetValueOrDefault(id) + n;
        foreach (var (type, n) in b.TypeVotes) a.TypeVotes[type] = a.TypeVotes.GetValueOrDefault(type) + n;
        a.Roles = [.. a.Roles.Union(b.Roles, StringComparer.Ordinal)];
        a.Acronyms = [.. a.Acronyms.Union(b.Acronyms, StringComparer.Ordinal)];
        a.Articles += b.Articles;
        a.Country ??= b.Country;
        a.Absorbed.Add(from);
        var intoName = a.Name;
        a.Name = BestName(s, into, a.Name);
        a.Blocked.RemoveAll(x => b.Spellings.Keys.Any(sp => string.Equals(NameKey.Full(sp), x, StringComparison.Ordinal)));
        var note = $"merged #{from} ({b.Name}) into #{into} ({intoName}) on {Today()}"
            + (string.Equals(intoName, a.Name, StringComparison.Ordinal) ? "" : $", now named {a.Name}");
        a.History.Add(note);
        b.MergedInto = into;
        b.History.Add(note);
        graph.TouchEntity(into);
        graph.TouchEntity(from);
        RewriteParticipants(graph, from, into, articles: null, [.. links.Select(l => l.ArticleId).Distinct()]);
        graph.Save();
        return note;
    }

    /// <summary>Undoes a merge: the absorbed entity gets back the links it brought.</summary>
    public static string Unmerge(IGraphSession s, long absorbed)
    {
        RequireEntity(s, absorbed);
        Corrected(s);
        var graph = new GraphCache(s);
        var b = graph.Entity(absorbed);
        if (b.MergedInto is not long into) throw new OverrideException($"entity #{absorbed} ({b.Name}) is not merged into another");
        var a = graph.Entity(into);
        if (a.MergedInto is long above)
            throw new OverrideException($"entity #{absorbed} ({b.Name}) is merged into #{into} ({a.Name}), which is itself merged into #{above}: unmerge #{into} first");
        // The absorbed entity's links and those of the entities it had absorbed itself (a chain of merges) go back to it.
        var brought = new HashSet<long> { absorbed };
        for (var queue = new Queue<long>(b.Absorbed); queue.Count > 0;)
            if (queue.Dequeue() is var e && brought.Add(e))
                foreach (var deeper in graph.Entity(e).Absorbed) queue.Enqueue(deeper);
        var moving = s.LinksOfNode(into).Where(l => l.Kind == GraphKinds.Entity && GraphJson.Read<EntityLinkDetail>(l.Detail).MergedFrom is long m && brought.Contains(m)).ToList();
        s.MoveLinks(into, absorbed, [.. moving.Select(l => (l.ArticleId, l.Item))]);
        foreach (var l in moving)
        {
            var detail = GraphJson.Read<EntityLinkDetail>(l.Detail);
            s.UpdateLinkDetail(l with { NodeId = absorbed }, GraphJson.Write(detail with { MergedFrom = detail.MergedFrom == absorbed ? null : detail.MergedFrom }));
        }
        foreach (var (spelling, n) in b.Spellings)
        {
            int left = a.Spellings.GetValueOrDefault(spelling) - n;
            if (left > 0) a.Spellings[spelling] = left; else a.Spellings.Remove(spelling);
        }
        a.Articles = Math.Max(0, a.Articles - b.Articles);
        a.Absorbed.Remove(absorbed);
        // An acronym the absorbed entity brought goes back with it, unless an article still linked writes it.
        a.Acronyms.RemoveAll(x => b.Acronyms.Contains(x, StringComparer.Ordinal) && !a.Spellings.ContainsKey(x));
        GiveBack(s, into, a, b.TypeVotes, b.Roles, b.Country);
        foreach (var (id, n) in b.Neighbours)
        {
            int left = a.Neighbours.GetValueOrDefault(id) - n;
            if (left > 0) a.Neighbours[id] = left; else a.Neighbours.Remove(id);
        }
        // Kept apart from now on: the spellings only the absorbed entity used never link to the survivor again.
        foreach (var spelling in b.Spellings.Keys.Where(sp => !a.Spellings.ContainsKey(sp)))
            if (!a.Blocked.Contains(NameKey.Full(spelling), StringComparer.Ordinal)) a.Blocked.Add(NameKey.Full(spelling));
        b.MergedInto = null;
        var note = $"unmerged #{absorbed} ({b.Name}) from #{into} ({a.Name}) on {Today()}";
        a.History.Add(note);
        b.History.Add(note);
        graph.TouchEntity(into);
        graph.TouchEntity(absorbed);
        RewriteParticipants(graph, into, absorbed, [.. moving.Select(l => l.ArticleId)], [.. moving.Select(l => l.ArticleId).Distinct()]);
        graph.Save();
        return note;
    }

    /// <summary>
    /// Moves the articles that spell the entity <paramref name="spelling"/> (as matched or as written) to a new entity,
    /// and blocks the spelling from the original for good; or, with <paramref name="article"/>, that article's link only.
    /// </summary>
    public static (long NewEntity, string Note) Split(IGraphSession s, long entity, string? spelling, long? article = null)
    {
        RequireEntity(s, entity);
        Corrected(s);
        if (spelling is null == article is null)
            throw new OverrideException($"say which articles to split off: a spelling or an article ({(spelling is null ? "neither was given" : "not both")})");
        var graph = new GraphCache(s);
        entity = graph.Canonical(entity);
        var a = graph.Entity(entity);
        var folded = spelling is null ? null : NameKey.Full(spelling);
        var links = s.LinksOfNode(entity).Where(l => l.Kind == GraphKinds.Entity).ToList();
        var moving = links.Where(l => article is not null ? l.ArticleId == article
            : GraphJson.Read<EntityLinkDetail>(l.Detail) is var d && d.Spellings.Concat(d.Written).Any(sp => string.Equals(NameKey.Full(sp), folded, StringComparison.Ordinal))).ToList();
        string what = spelling is null ? $"article {article}" : $"'{spelling}'";
        if (moving.Count == 0)
            throw new OverrideException($"no link of entity #{entity} ({a.Name}) matches {what}"
                + (spelling is null ? "" : $" (its articles write: {string.Join(", ", links.SelectMany(l => GraphJson.Read<EntityLinkDetail>(l.Detail) is var d ? d.Spellings.Concat(d.Written) : []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(x => $"'{x}'"))})"));
        if (moving.Count == links.Count)
            throw new OverrideException($"every article of entity #{entity} ({a.Name}) matches {what}: nothing would be left");
        var details = moving.Select(l => GraphJson.Read<EntityLinkDetail>(l.Detail)).ToList();
        // Named as its articles name it ("Khalifa Hiftar"), not as the user typed the spelling ("Hiftar").
        var b = new EntityProfile { Type = a.Type, Name = MostCommonName(details, spelling ?? details[0].Name), Country = a.Country };
        b.TypeVotes[a.Type] = moving.Count;
        foreach (var role in details.Select(d => d.Role).OfType<string>().Distinct(StringComparer.Ordinal).Take(8)) b.Roles.Add(role);
        foreach (var d in details)
            foreach (var sp in d.Spellings) b.Spellings[sp] = b.Spellings.GetValueOrDefault(sp) + 1;
        b.Articles = moving.Select(l => l.ArticleId).Distinct().Count();
        long id = graph.NewEntity(b);
        s.MoveLinks(entity, id, [.. moving.Select(l => (l.ArticleId, l.Item))]);
        foreach (var sp in b.Spellings.Keys)
        {
            int left = a.Spellings.GetValueOrDefault(sp) - b.Spellings[sp];
            if (left > 0) a.Spellings[sp] = left; else a.Spellings.Remove(sp);
        }
        a.Articles = Math.Max(0, a.Articles - b.Articles);
        var movedVotes = details.GroupBy(d => d.Type, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        GiveBack(s, entity, a, movedVotes, [.. details.Select(d => d.Role).OfType<string>()], details.Select(d => d.Country).FirstOrDefault(c => c is not null));
        if (folded is not null && !a.Blocked.Contains(folded, StringComparer.Ordinal)) a.Blocked.Add(folded);
        var note = $"split {what} ({b.Articles} article(s)) from #{entity} ({a.Name}) into #{id} on {Today()}";
        a.History.Add(note);
        b.History.Add(note);
        graph.TouchEntity(entity);
        graph.TouchEntity(id, EntityMatcher.Keys(b));
        RewriteParticipants(graph, entity, id, [.. moving.Select(l => l.ArticleId)], [.. moving.Select(l => l.ArticleId).Distinct()]);
        graph.Save();
        return (id, note);
    }

    /// <summary>
    /// After links left an entity (unmerge, split): its type votes, the roles and the country those links brought are
    /// taken back unless an article still linked gives them, and its name is again the one its articles use most.
    /// Without this an unmerged "Saif al-Islam Gaddafi" kept the "Special Envoy" role Ghassan Salamé had brought.
    /// </summary>
    private static void GiveBack(IGraphSession s, long id, EntityProfile p, IReadOnlyDictionary<string, int> typeVotes, IReadOnlyList<string> roles, string? country)
    {
        var left = Details(s, id);
        foreach (var (type, n) in typeVotes)
        {
            int votes = p.TypeVotes.GetValueOrDefault(type) - n;
            if (votes > 0) p.TypeVotes[type] = votes; else p.TypeVotes.Remove(type);
        }
        if (p.TypeVotes.Count > 0)
            p.Type = p.TypeVotes.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
        p.Roles.RemoveAll(r => roles.Contains(r, StringComparer.Ordinal) && !left.Any(d => string.Equals(d.Role, r, StringComparison.Ordinal)));
        if (country is not null && string.Equals(p.Country, country, StringComparison.Ordinal) && !left.Any(d => string.Equals(d.Country, country, StringComparison.Ordinal)))
            p.Country = left.Select(d => d.Country).FirstOrDefault(c => c is not null);
        p.Name = MostCommonName(left, p.Name);
    }

    /// <summary>The name most of the entity's articles give it, after a merge brought in the other's articles.</summary>
    private static string BestName(IGraphSession s, long id, string current) => MostCommonName(Details(s, id), current);

    /// <summary>
    /// The name most articles support: an article naming "Haftar" supports "Khalifa Haftar" too, so the full name wins
    /// over a more frequent surname, and "Khalifa Haftar" (three articles) over "Khalifa Hiftar" (one). Ties: the
    /// current name, then the longest. The current name when no article gives one.
    /// </summary>
    private static string MostCommonName(IReadOnlyList<EntityLinkDetail> details, string current)
    {
        var names = details.Select(d => d.Name).Where(n => n.Length > 0).ToList();
        var words = names.Distinct(StringComparer.Ordinal).ToDictionary(n => n, NameKey.Words, StringComparer.Ordinal);
        return words.Keys.Where(n => words[n].Count is > 0 and <= 5)
            .Select(n => (Name: n, Support: names.Count(o => words[o].All(words[n].Contains))))
            .OrderByDescending(x => x.Support).ThenByDescending(x => string.Equals(x.Name, current, StringComparison.Ordinal))
            .ThenByDescending(x => x.Name.Length).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Select(x => x.Name).FirstOrDefault() ?? current;
    }

    private static List<EntityLinkDetail> Details(IGraphSession s, long id) =>
        [.. s.LinksOfNode(id).Where(l => l.Kind == GraphKinds.Entity).OrderBy(l => l.ArticleId).Select(l => GraphJson.Read<EntityLinkDetail>(l.Detail))];

    /// <summary>
    /// Events naming <paramref name="from"/> name <paramref name="to"/> instead, for all articles or only those given; and
    /// the event linker's summaries of those events and of every event of <paramref name="linked"/> (the articles that
    /// moved, or all of the absorbed entity's) rename its key, so the linker sees the correction in the next article.
    /// An event of those articles can name the entity only among its article's main actors or the trigger's arguments
    /// ("Abu Mazen urged ..." in an article whose other event is "Israel freed 20 prisoners"): it is not found under
    /// the entity's participant key, and kept the old key before.
    /// </summary>
    private static void RewriteParticipants(GraphCache graph, long from, long to, IReadOnlyCollection<long>? articles, IReadOnlyCollection<long> linked)
    {
        string fromKey = CrossDocumentLinker.EntityKey(from), toKey = CrossDocumentLinker.EntityKey(to);
        var events = graph.Session.FindNodes(GraphKinds.Event, [CrossDocumentLinker.ParticipantKey(from)], int.MaxValue)
            .Concat(linked.SelectMany(a => graph.Session.LinksOfArticle(a, GraphKinds.Event)).Select(l => l.NodeId))
            .Distinct().Order().ToList();
        foreach (var id in events)
        {
            var e = graph.Event(id);
            bool changed = false;
            foreach (var p in e.Participants.Where(p => p.Entity == from).ToList())
            {
                var moved = articles is null ? p.Articles : [.. p.Articles.Where(articles.Contains)];
                if (moved.Count == 0) continue;
                changed = true;
                if (moved.Count == p.Articles.Count) p.Entity = to;
                else
                {
                    p.Articles = [.. p.Articles.Except(moved)];
                    var movedOtherSide = p.OtherSide.Where(moved.Contains).ToList();
                    p.OtherSide = [.. p.OtherSide.Except(movedOtherSide)];
                    e.Participants.Add(new StoredParticipant { Entity = to, Name = p.Name, Code = p.Code, Side = p.Side, Articles = moved, OtherSide = movedOtherSide });
                }
            }
            var keys = e.Participants.Where(p => p.Entity is not null)
                .SelectMany(p => new[] { $"{e.Type}|{p.Entity}", CrossDocumentLinker.ParticipantKey(p.Entity!.Value) }).ToList();
            // The linker's summary names participants by entity key too: rename it there (the share of the event's
            // articles that moved), and index the event under the new entity's keys, so the next report of it that
            // names the survivor meets it.
            // An event none of whose articles moved keeps its counts (Rekey would move at least one).
            double share = articles is null || e.Articles.Count == 0 ? 1 : (double)e.Articles.Count(articles.Contains) / e.Articles.Count;
            if (e.Summary is { } summary && share > 0 && summary.Names(fromKey))
            {
                changed = true;
                e.Summary = summary.Rekey(fromKey, toKey, share);
                if (e.Summary.Participants.ContainsKey(toKey)) keys.AddRange(EventKeys.ForParticipant(e.Summary, toKey));
            }
            if (changed) graph.TouchEvent(id, keys);
        }
    }

    private static string Today() => DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Counts one more correction, so readers that keep a snapshot (the desk) see the graph changed even though no node was added.</summary>
    /// <summary>
    /// Stories, events and entities share one id space ("story #12", "#12 Khalifa Haftar"): an id of another kind
    /// would be read as an entity and emptied (merging story #12 into an entity took its articles away).
    /// </summary>
    private static void RequireEntity(IGraphSession s, long id)
    {
        var node = s.GetNode(id) ?? throw new OverrideException($"no entity #{id} (see `dateline entities`)");
        if (!string.Equals(node.Kind, GraphKinds.Entity, StringComparison.Ordinal))
            throw new OverrideException($"#{id} is {(node.Kind == GraphKinds.Event ? "an" : "a")} {node.Kind}, not an entity (see `dateline entities`)");
    }

    private static void Corrected(IGraphSession s) => s.SetMarker(GraphMarkers.Corrections, (s.GetMarker(GraphMarkers.Corrections) ?? 0) + 1);
}
