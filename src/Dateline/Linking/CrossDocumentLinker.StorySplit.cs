using System.Globalization;
using Dateline.Coreference;
using Dateline.Model;
using Dateline.Stories;

namespace Dateline.Linking;

/// <summary>
/// The story split (issue #7): a story that took in two sub-topics is looked at when it reaches one of
/// <see cref="StorySplitOptions.CheckSizes"/> articles; when <see cref="Stories.StorySplitter"/> finds two halves that
/// score below its threshold against each other, the half without the story's first article becomes a story of its
/// own. Its articles' story links move there; their event mentions leave their events (an emptied event is deleted,
/// the others are rebuilt from the mentions they keep) and are linked again in the new story, as `eval coref` measures
/// it. Inside the article's storing transaction, so a failure leaves nothing half-moved. The cost is bounded by the
/// story (at most 24 articles read again), never by the store.
/// </summary>
public static partial class CrossDocumentLinker
{
    /// <summary>Splits <paramref name="storyId"/> when it is due and its halves are apart; returns the story
    /// <paramref name="articleId"/> is in afterwards when the split moved it, else null.</summary>
    private static long? SplitStory(GraphCache graph, long storyId, long articleId)
    {
        var story = graph.Story(storyId);
        if (!StorySplitter.Options.ChecksAt(story.Articles)) return null;
        var session = graph.Session;
        var links = session.LinksOfNode(storyId).Where(l => l.Kind == GraphKinds.Story).OrderBy(l => l.ArticleId).ToList();
        var details = links.Select(l => GraphJson.Read<StoryLinkDetail>(l.Detail)).ToList();
        // A story linked before profiles were kept (or counted differently) is left as it is.
        if (links.Count != story.Articles || details.Any(d => d.Profile is null)) return null;
        if (StorySplitter.Split([.. details.Select(d => d.Profile!)]) is not { } split) return null;

        var leaving = split.Leaving.ToHashSet();
        var stay = Enumerable.Range(0, links.Count).Where(i => !leaving.Contains(i)).Select(i => (links[i], details[i])).ToList();
        var leave = split.Leaving.Select(i => (links[i], details[i])).ToList();
        var first = leave[0].Item2;
        long made = graph.NewStory(new StoredStory { Title = first.Title ?? $"article {leave[0].Item1.ArticleId}", SplitFrom = storyId });
        story.History.Add($"split at {links.Count} articles: {leave.Count} moved to story {made}; {split.Explanation}");
        graph.Story(made).History.Add($"split from story {storyId} at {links.Count} articles: {split.Explanation}");
        Rebuild(graph, storyId, stay);
        Rebuild(graph, made, leave);
        // Later articles find the new story by its articles' keys; the old story keeps its own (a stale key only proposes).
        graph.TouchStory(made, leave.SelectMany(m => StoryKeys.For(m.Item2.Profile!)).Distinct(StringComparer.Ordinal));

        session.MoveLinks(storyId, made, [.. leave.Select(m => (m.Item1.ArticleId, m.Item1.Item))]);
        foreach (var (link, detail) in leave)
            session.UpdateLinkDetail(link with { NodeId = made }, GraphJson.Write(detail with
            {
                Reason = $"moved from story {storyId} when it was split at {links.Count} articles (the story's history says why); it had joined story {storyId}: {detail.Reason}",
            }));

        Relink(graph, [.. leave.Select(m => (m.Item1.ArticleId, m.Item2))], made, $"linked again after story {storyId} was split: ");
        return leave.Any(m => m.Item1.ArticleId == articleId) ? made : null;
    }

    /// <summary>Moved articles' mentions leave their events (an emptied event is retired; what an event keeps is summarised
    /// again from its own mentions) and are linked again, oldest article first, in story <paramref name="to"/>, where the
    /// event linker meets only that story's events.</summary>
    private static void Relink(GraphCache graph, List<(long ArticleId, StoryLinkDetail Detail)> moved, long to, string why)
    {
        var session = graph.Session;
        var documents = new Dictionary<long, Document?>();
        Document? Read(long article) => documents.TryGetValue(article, out var d) ? d : documents[article] = session.ReadDocument(article);
        var left = new SortedDictionary<long, List<(long Article, string Item)>>();
        foreach (var (article, _) in moved)
            foreach (var e in session.LinksOfArticle(article, GraphKinds.Event))
            {
                session.DeleteLink(e);
                (left.TryGetValue(e.NodeId, out var reports) ? reports : left[e.NodeId] = []).Add((article, e.Item));
            }
        var emptied = new List<long>();
        foreach (var id in left.Keys)
        {
            var rest = session.LinksOfNode(id).Where(l => l.Kind == GraphKinds.Event).ToList();
            if (rest.Count == 0)
            {
                // Retired (no longer an event, its keys gone) before the moved mentions are linked again, so none joins it.
                session.RetireNode(id, GraphKinds.RetiredEvent, RetiredProfile(to, why, []));
                emptied.Add(id);
                graph.Forget(id);
            }
            else RebuildEvent(graph, id, rest, Read);
        }
        foreach (var (article, detail) in moved)
        {
            if (Read(article) is not { } document) continue;
            var facts = new ArticleFacts(article, detail.Outlet, Day(detail.Published), detail.CopyOf, detail.Title);
            LinkEvents(graph, facts, document, EntitiesOf(graph, article), to, why);
        }
        // An emptied event's id keeps answering (an export or a bookmark may hold it): which events hold its reports now.
        foreach (var id in emptied)
        {
            var reports = left[id].ToHashSet();
            var successors = reports.Select(r => r.Article).Distinct()
                .SelectMany(a => session.LinksOfArticle(a, GraphKinds.Event)).Where(l => reports.Contains((l.ArticleId, l.Item)))
                .Select(l => l.NodeId).Distinct().Order().ToList();
            session.UpdateNode(id, RetiredProfile(to, why, successors));
        }
    }

    private static string RetiredProfile(long story, string why, IReadOnlyList<long> successors) =>
        GraphJson.Write(new RetiredEvent
        {
            Reason = $"its reports moved to story {story} ({why.TrimEnd(' ', ':')})",
            Successors = successors,
            Story = story,
        });

    /// <summary>A story's shown facts and its linker summary, from its articles (oldest first): their kept profiles, dates,
    /// and the people and organisations their entity links name.</summary>
    private static void Rebuild(GraphCache graph, long id, List<(GraphLink Link, StoryLinkDetail Detail)> members)
    {
        var s = graph.Story(id);
        s.Articles = members.Count;
        var days = members.Select(m => m.Detail.Published).OfType<string>().Order(StringComparer.Ordinal).ToList();
        s.First = days.FirstOrDefault();
        s.Last = days.LastOrDefault();
        s.Entities = [];
        foreach (var (link, _) in members)
        {
            var actors = graph.Session.LinksOfArticle(link.ArticleId, GraphKinds.Entity)
                .Where(l => GraphJson.Read<EntityLinkDetail>(l.Detail).Type is "PER" or "ORG")
                .Select(l => graph.Canonical(l.NodeId)).Distinct();
            foreach (var a in actors) s.Entities[a] = s.Entities.GetValueOrDefault(a) + 1;
        }
        if (s.Entities.Count > StoredStory.MaxEntities)
            s.Entities = s.Entities.OrderByDescending(kv => kv.Value).ThenByDescending(kv => kv.Key).Take(StoredStory.MaxEntities).ToDictionary();
        string key = id.ToString(CultureInfo.InvariantCulture);
        StorySummary? summary = null;
        foreach (var (_, detail) in members)
            summary = summary is null ? StorySummary.Start(key, detail.Profile!) : summary.Add(detail.Profile!);
        s.Summary = summary;
        graph.TouchStory(id);
    }

    /// <summary>
    /// An event some of whose mentions left with their articles, made again from the mentions it keeps (their articles'
    /// documents read again): participants, versions, sources and the event linker's summary, not the old ones less an
    /// approximation (the summaries keep capped lists, which cannot be subtracted).
    /// </summary>
    private static void RebuildEvent(GraphCache graph, long id, List<GraphLink> rest, Func<long, Document?> read)
    {
        var old = graph.Event(id);
        long story = old.Story ?? 0;
        StoredEvent? fresh = null;
        foreach (var byArticle in rest.GroupBy(l => l.ArticleId))
        {
            if (read(byArticle.Key) is not { } document) continue;
            var entities = EntitiesOf(graph, byArticle.Key);
            var detail = GraphJson.Read<EventLinkDetail>(byArticle.First().Detail);
            var facts = new ArticleFacts(byArticle.Key, detail.Outlet, Day(detail.Published), detail.CopyOf, detail.Title);
            var actors = EventProfileBuilder.ArticleActors(document, c => entities.TryGetValue(c.Id, out var e) ? EntityKey(e) : null);
            var dateline = Places.DatelineReader.Read(document.Text);
            foreach (var link in byArticle)
            {
                if (document.EventMentions.FirstOrDefault(m => string.Equals(m.Id, link.Item, StringComparison.Ordinal)) is not { } mention) continue;
                var e = ToArticleEvent(mention, entities, graph, dateline);
                var profile = Profile(document, facts, mention, entities, story, actors);
                fresh ??= new StoredEvent { Type = e.Type, Mode = e.Mode, Cameo = e.Cameo, Story = old.Story };
                Absorb(fresh, e, facts);
                fresh.Summary = fresh.Summary is { } summary ? summary.Add(profile) : EventClusterSummary.Start(id.ToString(CultureInfo.InvariantCulture), profile);
            }
        }
        if (fresh is null) return;
        old.Type = fresh.Type;
        old.Mode = fresh.Mode;
        old.Cameo = fresh.Cameo;
        old.Participants = fresh.Participants;
        old.Dates = fresh.Dates;
        old.Places = fresh.Places;
        old.Statuses = fresh.Statuses;
        old.Articles = fresh.Articles;
        old.Copies = fresh.Copies;
        old.Outlets = fresh.Outlets;
        old.Mentions = fresh.Mentions;
        old.Summary = fresh.Summary;
        graph.TouchEvent(id);
    }

    /// <summary>An article's chain id → the stored entity its link points at now (user merges followed).</summary>
    private static Dictionary<int, long> EntitiesOf(GraphCache graph, long article)
    {
        var result = new Dictionary<int, long>();
        foreach (var l in graph.Session.LinksOfArticle(article, GraphKinds.Entity))
            if (int.TryParse(l.Item, NumberStyles.None, CultureInfo.InvariantCulture, out int chain)) result[chain] = graph.Canonical(l.NodeId);
        return result;
    }

    private static DateOnly? Day(string? published) =>
        DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
