using System.Collections.Immutable;
using System.Globalization;
using Dateline.Coreference;
using Dateline.Entities;
using Dateline.Events;
using Dateline.Knowledge;
using Dateline.Model;
using Dateline.Storage;
using Dateline.Stories;

namespace Dateline.Linking;

/// <summary>
/// Links one stored article into the cross-document graph, inside the transaction that stores it: its entity
/// chains to stored entities (or new ones), its event mentions to stored events (or new ones), itself to a
/// story. Candidates come from indexed keys, capped per key, so the cost does not grow with the store. Every
/// link records its reason.
/// </summary>
public static partial class CrossDocumentLinker
{
    /// <summary>Candidates read per key: the newest ones. Bounds the work per article whatever the store's size.</summary>
    public const int EntityCandidatesPerKey = 32;

    /// <summary>Candidate stories read per story key (`t:ceasefire`, `e:khalifa haftar`): the newest ones. A common term
    /// names many stories and each summary is a few kB to read, so fewer than for entities; older stories rarely win
    /// anyway (the time decay). `eval coref` reads its in-memory index with the same cap.</summary>
    public const int StoryCandidatesPerKey = 8;

    /// <summary>Candidate events read per event key (story + trigger, participant + month, ...); `eval coref` uses the same cap.</summary>
    public const int EventCandidatesPerKey = 16;

    /// <summary>The story decisions (<see cref="StoryLinker"/>, tuned and scored on ECB+ by `dateline eval coref`).</summary>
    public static StoryLinker StoryLinker { get; } = new();

    /// <summary>The story split run when a story reaches one of its check sizes (<see cref="Stories.StorySplitter"/>, chosen on
    /// the ECB+ training topics; `dateline eval coref` runs the same one).</summary>
    public static StorySplitter StorySplitter { get; } = new(StoryLinker);

    /// <summary>The event merge decisions (<see cref="Coreference.EventLinker"/> with the shipped learned decision,
    /// <see cref="EventDecisionModel.BuiltIn"/>; trained, tuned and scored on ECB+ by `dateline eval coref`).</summary>
    public static EventLinker EventLinker { get; } = new(model: EventDecisionModel.BuiltIn);

    public static LinkSummary Link(IGraphSession session, long articleId, Document document, NearDuplicateLink? copyOf)
    {
        var graph = new GraphCache(session);
        var article = new ArticleFacts(articleId, document.Metadata.Outlet?.Value ?? document.Metadata.Url?.Value, document.Metadata.PublishedOn, copyOf?.OriginalId, document.Metadata.Title?.Value);
        var entities = LinkEntities(graph, article, document, out int newEntities, out var learnedFacts);
        // The story first: the event linker only merges mentions of one story (as `eval coref` measures it).
        var (story, newStory) = LinkStory(graph, article, document, entities);
        var (events, newEvents) = LinkEvents(graph, article, document, entities, story);
        foreach (var id in learnedFacts) FactsToEarlierEvents(graph, id);
        // Last, once this article's events are linked: the split moves whole articles with their mentions.
        bool due = StorySplitter.Options.ChecksAt(graph.Story(story).Articles);
        long joined = story;
        if (SplitStory(graph, joined, article.Id) is long moved) story = moved;
        // At the same checks, the strays of what stays of the story move to the story they fit (or alone).
        if (due && MoveStrays(graph, joined, article.Id) is long strayed) story = strayed;
        graph.Save();
        return new LinkSummary(entities.Values.Distinct().Count(), newEntities, events.Count, newEvents, story, newStory);
    }

    /// <summary>
    /// For an article linked before schema 6: adds it to the story and event linkers' summaries of the nodes it is
    /// already linked to, and its terms to the document frequencies, without changing any link (the schema-6 backfill).
    /// </summary>
    public static void Summarise(IGraphSession session, long articleId, Document document)
    {
        var graph = new GraphCache(session);
        var article = new ArticleFacts(articleId, null, document.Metadata.PublishedOn, null, null);
        var profile = CountStoryProfile(session, articleId, document);
        if (session.LinksOfArticle(articleId, GraphKinds.Story).FirstOrDefault() is not { } storyLink) return;
        long story = storyLink.NodeId;
        var s = graph.Story(story);
        s.Summary = s.Summary is { } summary ? summary.Add(profile) : StorySummary.Start(story.ToString(CultureInfo.InvariantCulture), profile);
        graph.TouchStory(story, StoryKeys.For(profile));
        var entities = new Dictionary<int, long>();
        foreach (var l in session.LinksOfArticle(articleId, GraphKinds.Entity))
            if (int.TryParse(l.Item, NumberStyles.None, CultureInfo.InvariantCulture, out int chain)) entities[chain] = graph.Canonical(l.NodeId);
        var actors = EventProfileBuilder.ArticleActors(document, c => entities.TryGetValue(c.Id, out var id) ? EntityKey(id) : null);
        foreach (var l in session.LinksOfArticle(articleId, GraphKinds.Event))
        {
            if (document.EventMentions.FirstOrDefault(m => string.Equals(m.Id, l.Item, StringComparison.Ordinal)) is not { } mention) continue;
            var p = Profile(document, article, mention, entities, story, actors);
            var e = graph.Event(l.NodeId);
            e.Summary = e.Summary is { } es ? es.Add(p) : EventClusterSummary.Start(l.NodeId.ToString(CultureInfo.InvariantCulture), p);
            graph.TouchEvent(l.NodeId, EventKeys.ForMention(p));
        }
        graph.Save();
    }

    /// <summary>An entity as the event linker's participant and article-actor key ("ent:12").</summary>
    public static string EntityKey(long entity) => $"ent:{entity}";

    internal sealed record ArticleFacts(long Id, string? Outlet, DateOnly? Published, long? CopyOf, string? Title)
    {
        public string? Day => Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>Article chain id → stored entity id.</summary>
    private static Dictionary<int, long> LinkEntities(GraphCache graph, ArticleFacts article, Document document, out int created, out List<long> learnedFacts)
    {
        created = 0;
        learnedFacts = [];
        var createdHere = new HashSet<long>();
        var wanted = document.EntityChains.Where(c => c.Type != EntityType.MISC).Select(c => ToArticleEntity(c, document)).ToList();
        var resolved = new Dictionary<int, (long Id, double Score, string Reason)>();
        var candidates = wanted.ToDictionary(e => e.Chain, e => graph.Entities(EntityMatcher.Keys(e)));

        // Pass 1: what the name alone settles (built-in entry, full name, acronym). Pass 2: the rest, with those as context.
        foreach (var e in wanted)
            if (EntityMatcher.Match(e, candidates[e.Chain], Empty) is { Score: >= 0.8 } m)
                resolved[e.Chain] = (m.EntityId, m.Score, m.Reason);
        var context = resolved.Values.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => graph.Entity(g.Key).Name);
        foreach (var e in wanted.Where(e => !resolved.ContainsKey(e.Chain)))
            if (EntityMatcher.Match(e, candidates[e.Chain], context) is { } m)
                resolved[e.Chain] = (m.EntityId, m.Score, m.Reason);

        // A chain the tagger typed differently from another chain of the same name in this article ("Paris" as a
        // person once, as a city elsewhere) is that chain's entity.
        foreach (var e in wanted.Where(e => !resolved.ContainsKey(e.Chain)))
            if (wanted.FirstOrDefault(o => resolved.ContainsKey(o.Chain) && string.Equals(NameKey.Full(o.Name), NameKey.Full(e.Name), StringComparison.Ordinal)) is { } twin)
                resolved[e.Chain] = (resolved[twin.Chain].Id, 0.7, $"same name as another mention of this article ('{twin.Name}', typed {twin.Type})");

        // New entities; two chains of this article with one name ("PALERMO" and "Palermo") become one.
        foreach (var same in wanted.Where(e => !resolved.ContainsKey(e.Chain)).GroupBy(e => NameKey.Full(e.Name)))
        {
            var e = same.First();
            long id = graph.NewEntity(new EntityProfile { Type = e.Type.ToString(), Name = e.Name, Country = e.Country, KnowledgeId = e.KnowledgeId });
            foreach (var chain in same) resolved[chain.Chain] = (id, 1.0, "first seen here");
            created++;
            createdHere.Add(id);
        }

        var all = resolved.Values.Select(r => r.Id).Distinct().ToList();
        var counted = new HashSet<long>();
        foreach (var e in wanted)
        {
            var (id, score, reason) = resolved[e.Chain];
            var p = graph.Entity(id);
            bool hadCountry = p.Country is not null, hadSector = RoleSector(p) is not null;
            Absorb(p, e, counted.Add(id) ? all.Where(o => o != id) : null);
            if ((!hadCountry && p.Country is not null || !hadSector && RoleSector(p) is not null) && !createdHere.Contains(id) && !learnedFacts.Contains(id))
                learnedFacts.Add(id);
            graph.TouchEntity(id, EntityMatcher.Keys(e));
            graph.Session.AddLink(new GraphLink(id, GraphKinds.Entity, article.Id, e.Chain.ToString(CultureInfo.InvariantCulture), GraphJson.Write(new EntityLinkDetail
            {
                Name = e.Name, Spellings = [.. e.Spellings], Written = [.. e.Written], Type = e.Type.ToString(), Role = e.Role, Country = e.Country,
                Mentions = document.EntityChains[e.Chain].Mentions.Length, Score = Math.Round(score, 3), Reason = reason,
                Outlet = article.Outlet, Published = article.Day, CopyOf = article.CopyOf,
            })));
        }
        return resolved.ToDictionary(kv => kv.Key, kv => kv.Value.Id);
    }

    private static readonly IReadOnlyDictionary<long, string> Empty = new Dictionary<long, string>();

    private static ArticleEntity ToArticleEntity(EntityChain chain, Document document)
    {
        var mentions = chain.Mentions.Select(i => document.EntityMentions[i]).ToList();
        var spellings = mentions.Where(m => m.Kind != "nominal")
            .Select(m => string.IsNullOrWhiteSpace(m.Name) ? m.Text : m.Name)
            .Distinct(StringComparer.Ordinal).ToList();
        return new ArticleEntity(chain.Id, chain.Type, chain.Name, spellings, chain.Country ?? CodedCountry(chain, document), chain.Role, chain.KnowledgeId, chain.Acronym)
        {
            Written = [.. mentions.Select(m => m.Text.Trim()).Distinct(StringComparer.Ordinal)],
        };
    }

    /// <summary>
    /// The country the event coder read for a person or organisation the names stage gave none: "Libyan strongman
    /// Khalifa Haftar" codes LBYMIL, so the entity learns LBY from this article, not only from one that says
    /// "Libyan commander". The country most of the chain's coded actors carry; null when none does.
    /// </summary>
    private static string? CodedCountry(EntityChain chain, Document document) =>
        chain.Type is EntityType.LOC or EntityType.GPE ? PlacedCountry(chain, document)
        : chain.Type is not (EntityType.PER or EntityType.ORG) ? null
        : document.EventMentions.SelectMany(e => e.Source.Concat(e.Target))
            .Where(a => a.Chain == chain.Id && a.Country is { Length: 3 })
            .GroupBy(a => a.Country!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();

    /// <summary>
    /// The country the coder's gazetteer gave a place the names stage knew no country for: "met Haftar in Benghazi" places
    /// the event in Benghazi, LBY, so the entity "Benghazi" is LBY too (its name alone said nothing). The country most of
    /// the event places on one of the chain's mentions carry; null when none is placed.
    /// </summary>
    private static string? PlacedCountry(EntityChain chain, Document document)
    {
        var spans = chain.Mentions.Select(i => document.EntityMentions[i]).Where(m => m.Part == "body").Select(m => m.Span).ToList();
        return document.EventMentions.Select(e => e.EventLoc)
            .Where(p => p.Country is { Length: 3 } && p.Start is int start && p.End is int end && spans.Any(s => s.Start < end && start < s.End))
            .GroupBy(p => p.Country!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();
    }

    /// <summary>An article's entity adds its spellings, role, acronym and the actors it appeared with.</summary>
    /// <param name="neighbours">The article's other entities; null when another chain of the article already counted this article.</param>
    private static void Absorb(EntityProfile p, ArticleEntity e, IEnumerable<long>? neighbours)
    {
        if (neighbours is not null) p.Articles++;
        p.TypeVotes[e.Type.ToString()] = p.TypeVotes.GetValueOrDefault(e.Type.ToString()) + 1;
        p.Type = p.TypeVotes.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
        foreach (var s in e.Spellings.Append(e.Name).Distinct(StringComparer.Ordinal))
            if (p.Spellings.Count < EntityProfile.MaxSpellings || p.Spellings.ContainsKey(s))
                p.Spellings[s] = p.Spellings.GetValueOrDefault(s) + 1;
        if (e.Role is not null && !p.Roles.Contains(e.Role, StringComparer.Ordinal) && p.Roles.Count < 8) p.Roles.Add(e.Role);
        if (e.Acronym is not null && !p.Acronyms.Contains(e.Acronym, StringComparer.Ordinal)) p.Acronyms.Add(e.Acronym);
        p.Country ??= e.Country;
        p.KnowledgeId ??= e.KnowledgeId;
        // The best name is the longest spelling seen at least as often as the current one ("Khalifa Haftar" over "Haftar").
        var best = p.Spellings.Where(kv => kv.Key.Length > p.Name.Length && kv.Value >= p.Spellings.GetValueOrDefault(p.Name) && NameKey.Words(kv.Key).Count <= 5)
            .OrderByDescending(kv => kv.Value).ThenByDescending(kv => kv.Key.Length).Select(kv => kv.Key).FirstOrDefault();
        if (best is not null) p.Name = best;
        foreach (var n in neighbours ?? [])
            p.Neighbours[n] = p.Neighbours.GetValueOrDefault(n) + 1;
        if (p.Neighbours.Count > EntityProfile.MaxNeighbours)
            p.Neighbours = p.Neighbours.OrderByDescending(kv => kv.Value).ThenByDescending(kv => kv.Key).Take(EntityProfile.MaxNeighbours).ToDictionary();
    }

    /// <summary>Article event id → stored event id.</summary>
    /// <param name="reasonPrefix">Put before each link's reason (a mention linked again after a story split says so).</param>
    private static (Dictionary<string, long> Events, int Created) LinkEvents(GraphCache graph, ArticleFacts article, Document document, Dictionary<int, long> entities, long story, string? reasonPrefix = null)
    {
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        int created = 0;
        var actors = EventProfileBuilder.ArticleActors(document, c => entities.TryGetValue(c.Id, out var id) ? EntityKey(id) : null);
        // A syndicated copy's mentions also meet its original's events, whatever the keys say.
        var originalEvents = article.CopyOf is long original
            ? graph.Session.LinksOfArticle(original, GraphKinds.Event).Select(l => l.NodeId).Distinct().ToList()
            : [];
        var dateline = Places.DatelineReader.Read(document.Text);
        foreach (var mention in document.EventMentions)
        {
            var e = ToArticleEvent(mention, entities, graph, dateline);
            var profile = Profile(document, article, mention, entities, story, actors);
            var candidates = graph.Events(EventKeys.ForLookup(profile)).Concat(originalEvents.Select(id => (Id: id, Profile: graph.Event(id))))
                .DistinctBy(c => c.Id)
                .Where(c => c.Profile.Summary is not null && SamePolarity(e, c.Profile) && SourceTakesPart(e, c.Profile) && ParticipantsMeet(e, c.Profile))
                .Select(c => c.Profile.Summary! with { Id = c.Id.ToString(CultureInfo.InvariantCulture) })
                .ToList();
            var decision = EventLinker.Link(profile, candidates);
            if (decision.ClusterId is null && FulfilledPlan(e, candidates, graph) is { } plan)
                decision = decision with { ClusterId = plan.Id, Explanation = $"joins {plan.Id}: the plan it reports done ({plan.Why}); the learned decision: {decision.Explanation}" };
            long id;
            if (decision.ClusterId is null)
            {
                id = graph.NewEvent(new StoredEvent { Type = e.Type, Mode = e.Mode, Cameo = e.Cameo, Story = story });
                created++;
            }
            else id = long.Parse(decision.ClusterId, CultureInfo.InvariantCulture);
            var stored = graph.Event(id);
            Absorb(stored, e, article);
            stored.Story ??= story;
            stored.Summary = stored.Summary is { } summary ? summary.Add(profile) : EventClusterSummary.Start(id.ToString(CultureInfo.InvariantCulture), profile);
            graph.TouchEvent(id, EventKeys.ForMention(profile).Concat(ParticipantKeys(e.Participants)));
            result[mention.Id] = id;
            var citation = mention.Mentions.FirstOrDefault();
            graph.Session.AddLink(new GraphLink(id, GraphKinds.Event, article.Id, mention.Id, GraphJson.Write(new EventLinkDetail
            {
                Outlet = article.Outlet, Published = article.Day, Title = article.Title, CopyOf = article.CopyOf,
                Quote = citation?.Quote, Start = citation?.Start, End = citation?.End, Trigger = mention.Trigger,
                Date = e.Date, DatePrecision = e.Precision, DateReason = mention.Date.Reason, Place = e.Place, PlaceCountry = e.PlaceCountry,
                Status = e.Status, Attribution = mention.Attribution?.Speaker,
                Sources = [.. mention.Source.Select(a => a.Name)], Targets = [.. mention.Target.Select(a => a.Name)],
                Confidence = mention.Confidence.Value, Reason = reasonPrefix + (candidates.Count == 0 ? "first report" : decision.Explanation),
            })));
        }
        return (result, created);
    }

    /// <summary>
    /// The event linker's view of one coded mention (<see cref="EventProfileBuilder"/>, as in `eval coref`): participants
    /// and article actors keyed by their cross-document entity ids, names the graph does not hold by their folded name.
    /// </summary>
    internal static EventProfile Profile(Document document, ArticleFacts article, EventMention mention, IReadOnlyDictionary<int, long> entities, long story, ImmutableArray<string> actors)
    {
        string articleId = article.Id.ToString(CultureInfo.InvariantCulture);
        string id = $"{articleId}:{mention.Id}";
        string storyId = story.ToString(CultureInfo.InvariantCulture);
        int head = EventProfileBuilder.TriggerToken(document, mention);
        if (head < 0)
            return new EventProfile { Id = id, DocumentId = articleId, StoryId = storyId, Trigger = mention.Trigger, TriggerLemma = mention.Trigger.ToLowerInvariant(), EventClass = mention.Event, ArticleActors = actors };
        return EventProfileBuilder.Build(document, id, articleId, storyId, head, mention.Trigger, mention,
            (chain, name, _) => chain is not null && entities.TryGetValue(chain.Id, out var entity) ? EntityKey(entity) : "n:" + NameKey.Full(name),
            actors);
    }

    /// <summary>
    /// A report that a thing happened joins the event announcing it when they agree on all a reader checks: the same type, the
    /// same stated place, a stated day inside the plan's stated date, and two named participants in common ("Haftar will
    /// travel next week to Paris for talks with Macron" and "Macron held talks with Haftar in Paris on Wednesday"). The
    /// learned decision, trained on ECB+ (no statuses, few dates and places), can miss it by a hair. A rule `eval coref`
    /// does not see.
    /// </summary>
    private static (string Id, string Why)? FulfilledPlan(ArticleEvent e, List<EventClusterSummary> candidates, GraphCache graph)
    {
        if (e.Status != EventStatus.Happened || e.DateAssumed || e.Date is not { } date || e.PlaceAssumed || e.Place is not { } place) return null;
        foreach (var candidate in candidates)
        {
            var c = graph.Event(long.Parse(candidate.Id, CultureInfo.InvariantCulture));
            if (c.Type != e.Type || !c.Statuses.Any(s => s.Value == EventStatus.Planned)) continue;
            var planned = c.Dates.FirstOrDefault(d => !d.Assumed && TimexCompatibility.Compare(date, d.Value) is TimexRelation.Same or TimexRelation.Inside);
            if (planned is null || !c.Places.Any(p => !p.Assumed && string.Equals(p.Value, place, StringComparison.Ordinal))) continue;
            var shared = e.Participants.Where(p => p.Entity is not null).Select(p => p.Entity).Distinct()
                .Count(entity => c.Participants.Any(q => q.Entity == entity));
            if (shared >= 2) return (candidate.Id, $"planned for {planned.Value} in {place}, {shared} participants in common");
        }
        return null;
    }

    /// <summary>A denial or negation is never merged with a report that the thing happened (ECB+'s gold mentions carry no
    /// status, so this is the one event rule `eval coref` does not see).</summary>
    private static bool SamePolarity(ArticleEvent e, StoredEvent c) => Negative(e.Status) == c.Statuses.Any(s => Negative(s.Value));

    private static bool Negative(string status) => status is "negated" or "denied";

    /// <summary>
    /// A report whose named source plays no part in an event that has a named source is another happening: "Paris has
    /// rejected the claims" and "Haftar rejected calls for a truce" share a story, a type and a verb, not an actor.
    /// Either side counts ("Macron received Haftar" and "Haftar met Macron"), and so does the same actor code ("France"
    /// and "Paris", both FRAGOV). Like <see cref="SamePolarity"/>, a rule `eval coref` does not see: ECB+'s gold
    /// mentions carry no sides.
    /// </summary>
    private static bool SourceTakesPart(ArticleEvent e, StoredEvent c) =>
        SomeoneInCommon(e.Participants.Where(p => p.Side == "source"), c.Participants.Where(p => p.Side == "source"), c);

    /// <summary>
    /// Two reports that both name who took part, with no one in common, are two happenings unless a date stated in both
    /// puts them on one day (desk walk, session 11: in 300 undated BBC politics articles "Tony Blair is being urged to ..."
    /// and "Labour's Baume said ..." joined other reports on the verb alone). An actor code counts as in
    /// <see cref="SourceTakesPart"/> ("Germany" and "Gerhard Schroeder", both DEUGOV). A rule `eval coref` does not see.
    /// </summary>
    private static bool ParticipantsMeet(ArticleEvent e, StoredEvent c) =>
        (!e.DateAssumed && e.Date is { } date
            && c.Dates.Any(d => !d.Assumed && TimexCompatibility.Compare(date, d.Value) is TimexRelation.Same or TimexRelation.Inside or TimexRelation.Contains))
        || SomeoneInCommon(e.Participants, c.Participants, c);

    /// <summary>True unless the report's <paramref name="mine"/> and the event's <paramref name="theirs"/> both name
    /// someone and none of the report's named ones takes any part in the event.</summary>
    private static bool SomeoneInCommon(IEnumerable<ArticleEventParticipant> mine, IEnumerable<StoredParticipant> theirs, StoredEvent c)
    {
        var named = mine.Where(p => Identified(p.Entity, p.Code, p.Name)).ToList();
        if (named.Count == 0 || !theirs.Any(p => Identified(p.Entity, p.Code, p.Name))) return true;
        return named.Any(s => c.Participants.Any(p => SameActor(s, p)));
    }

    /// <summary>The same entity, the same actor code with its country, or (a name the article did not resolve, "Haftar"
    /// missed by the tagger) a shared name word.</summary>
    private static bool SameActor(ArticleEventParticipant s, StoredParticipant p) =>
        (s.Entity is not null && p.Entity == s.Entity)
        || (CountryAndSector(s.Code) && string.Equals(p.Code, s.Code, StringComparison.Ordinal))
        || (s.Entity is null && NameKey.Words(s.Name).Intersect(NameKey.Words(p.Name), StringComparer.Ordinal).Any());

    /// <summary>A named entity, an actor with a country code, or a name that looks proper ("Haftar"); "officials" or
    /// "the military chief" tell nothing.</summary>
    private static bool Identified(long? entity, string? code, string name) =>
        entity is not null || CountryAndSector(code)
        || (name.Length > 0 && char.IsUpper(name[0]) && name.Split(' ').All(w => w.Length <= 3 || char.IsUpper(w[0]) || w.Contains('-', StringComparison.Ordinal)));

    /// <summary>"FRAGOV" tells who; a bare sector ("GOV": Macron and Salamé alike) does not.</summary>
    private static bool CountryAndSector(string? code) => code is { Length: >= 6 };

    /// <summary>"p|12": finds every event of entity 12 (timelines, networks) whatever its type.</summary>
    public static IEnumerable<string> ParticipantKeys(IEnumerable<ArticleEventParticipant> participants) =>
        participants.Where(p => p.Entity is not null).Select(p => ParticipantKey(p.Entity!.Value)).Distinct(StringComparer.Ordinal);

    public static string ParticipantKey(long entity) => $"p|{entity}";

    private static ArticleEvent ToArticleEvent(EventMention m, Dictionary<int, long> entities, GraphCache graph, Places.DatelineMatch? dateline)
    {
        var participants = m.Source.Select(a => (a, "source")).Concat(m.Target.Select(a => (a, "target")))
            .Select(x => x.a.Chain is int c && entities.TryGetValue(c, out var id)
                ? new ArticleEventParticipant(id, x.a.Name, WithEntityFacts(x.a.Code, x.a.Country, x.a.Sector, graph.Entity(id)), x.Item2)
                : new ArticleEventParticipant(null, x.a.Name, x.a.Code, x.Item2))
            .ToList();
        return new ArticleEvent(m.Id, m.Event, m.Mode, m.Cameo, participants, m.Date.Value, m.Date.Precision, m.Date.Text is null,
            m.EventLoc.Text, m.EventLoc.Country, m.Status,
            PlaceAssumed: m.EventLoc.Start is int at && dateline is { } d && at >= d.Start && at < d.End)
        {
            Figures = m.Figures,
        };
    }

    /// <summary>
    /// "Marshal Haftar" in an article that never says where he is from codes MIL; the stored entity knows LBY from the
    /// articles that did, so the event reads LBYMIL. "Khalifa Haftar" with no title in this article codes nothing or LBY;
    /// the entity's roles ("Field Marshal") give MIL. An IGO, a code from a dictionary and what the article gave stay.
    /// </summary>
    private static string? WithEntityFacts(string? code, string? country, string? sector, EntityProfile entity)
    {
        if (sector is "IGO" || entity.Type is not ("PER" or "ORG")) return code;
        if (country is null && entity.Country is { Length: 3 } known && (code is null || code == sector))
        {
            country = known;
            code = known + sector;
        }
        if (sector is null && RoleSector(entity) is { } role && (code is null || code == country))
            code = country + role;
        return code;
    }

    /// <summary>An unnamed actor's words without the count before them: "at least 12 civilians" -> "civilians".</summary>
    private static string Uncounted(string name) => LeadingCount().Replace(name, "");

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:at least|more than|about|some|nearly|almost|up to|over)\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|hundreds of|thousands of)\s+", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex LeadingCount();

    /// <summary>The sector a person's roles give ("Field Marshal" MIL, "Prime Minister" GOV); null for others.</summary>
    private static string? RoleSector(EntityProfile entity) =>
        entity.Type == "PER" ? entity.Roles.Select(r => ActorSectors.ForRole(r, KnowledgeBase.BuiltIn)).FirstOrDefault(s => s is not null) : null;

    /// <summary>Events read per entity when it first learns its country or role (the newest, as timelines read them).</summary>
    public const int CountryBackfillEvents = 1000;

    /// <summary>
    /// An entity that learns its country or role now (this article is the first to say "Libyan commander") gives it to
    /// the events stored before, where it was coded without one ("Marshal Haftar": MIL becomes LBYMIL; "Khalifa Haftar":
    /// LBY becomes LBYMIL), so the order articles arrive in does not decide the code. IGO codes and full codes stay.
    /// </summary>
    private static void FactsToEarlierEvents(GraphCache graph, long entity)
    {
        var p = graph.Entity(entity);
        foreach (var (id, stored) in graph.Session.FindNodes(GraphKinds.Event, [ParticipantKey(entity)], CountryBackfillEvents).Select(id => (id, graph.Event(id))))
        {
            bool changed = false;
            foreach (var q in stored.Participants.Where(q => q.Entity == entity))
            {
                var (country, sector) = SplitCode(q.Code);
                if (q.Code is not null && country is null && sector is null) continue; // a dictionary's code this reading does not know
                var filled = WithEntityFacts(q.Code, country, sector, p);
                if (filled == q.Code) continue;
                q.Code = filled;
                changed = true;
            }
            if (changed) graph.TouchEvent(id);
        }
    }

    /// <summary>"LBYMIL" -> (LBY, MIL), "LBY" -> (LBY, null), "MIL" -> (null, MIL); a code of another shape -> (null, null).</summary>
    private static (string? Country, string? Sector) SplitCode(string? code)
    {
        if (code is null) return (null, null);
        bool country = code.Length >= 3 && KnowledgeBase.BuiltIn.FindCountryByCode(code[..3]) is not null;
        return (country, code.Length) switch
        {
            (true, 3) => (code, null),
            (true, 6) => (code[..3], code[3..]),
            (false, 3) => (null, code),
            _ => (null, null),
        };
    }

    private static void Absorb(StoredEvent p, ArticleEvent e, ArticleFacts article)
    {
        p.Mentions++;
        // A syndicated copy adds a mention, not a source, to what its original reports; a happening only the copy reports
        // here (a sentence the copy added, or one its original's report linked elsewhere) has the copy as its source.
        bool copy = article.CopyOf is long original && p.Articles.Contains(original);
        var list = copy ? p.Copies : p.Articles;
        if (!list.Contains(article.Id)) list.Add(article.Id);
        if (!copy && article.Outlet is { } outlet && !p.Outlets.Contains(outlet, StringComparer.Ordinal)) p.Outlets.Add(outlet);
        p.Mode ??= e.Mode;
        foreach (var q in e.Participants)
        {
            // "12 civilians" and "40 civilians": one unnamed participant the reports count differently (the counts are figures).
            var uncounted = Uncounted(q.Name);
            var existing = p.Participants.FirstOrDefault(x => q.Entity is not null ? x.Entity == q.Entity : x.Entity is null && string.Equals(Uncounted(x.Name), uncounted, StringComparison.OrdinalIgnoreCase));
            if (existing is null)
            {
                existing = new StoredParticipant { Entity = q.Entity, Name = q.Name, Code = q.Code, Side = q.Side };
                p.Participants.Add(existing);
            }
            else if (q.Entity is null && !string.Equals(existing.Name, q.Name, StringComparison.Ordinal))
                existing.Name = uncounted;
            // "President Emmanuel Macron" gives GOV, "French President Emmanuel Macron" FRAGOV: keep the code that says more.
            if (q.Code is not null && (existing.Code is null || q.Code.Length > existing.Code.Length)) existing.Code = q.Code;
            if (!existing.Articles.Contains(article.Id)) existing.Articles.Add(article.Id);
            if (q.Side != existing.Side && !existing.OtherSide.Contains(article.Id)) existing.OtherSide.Add(article.Id);
        }
        if (e.Date is not null) AddVersion(p.Dates, e.Date, e.Precision, article.Id, e.DateAssumed);
        if (e.Place is not null) AddVersion(p.Places, e.Place, e.PlaceCountry, article.Id, e.PlaceAssumed);
        AddVersion(p.Statuses, e.Status, null, article.Id, false);
        foreach (var f in e.Figures)
            AddVersion(p.Figures, f.Display, f.What, article.Id, false);
    }

    private static void AddVersion(List<DetailVersion> versions, string value, string? qualifier, long article, bool assumed)
    {
        var v = versions.FirstOrDefault(x => string.Equals(x.Value, value, StringComparison.Ordinal) && x.Assumed == assumed);
        if (v is null) versions.Add(v = new DetailVersion { Value = value, Qualifier = qualifier, Assumed = assumed });
        if (!v.Articles.Contains(article)) v.Articles.Add(article);
    }

    /// <summary>The article's story profile, its terms weighted by the store's document frequencies, which then count
    /// this article too (each article is counted once: when it is linked, or by the schema-6 backfill).</summary>
    private static StoryProfile CountStoryProfile(IGraphSession session, long articleId, Document document)
    {
        var terms = StoryProfileBuilder.CountTerms(document);
        var profile = StoryProfileBuilder.FromDocument(articleId.ToString(CultureInfo.InvariantCulture), document, new GraphTermStatistics(session, terms.Keys));
        session.AddDocumentTerms(terms.Keys);
        return profile;
    }

    private static (long Id, bool Created) LinkStory(GraphCache graph, ArticleFacts article, Document document, Dictionary<int, long> entities)
    {
        var actors = document.EntityChains.Where(c => c.Type is EntityType.PER or EntityType.ORG && entities.ContainsKey(c.Id))
            .Select(c => entities[c.Id]).Distinct().ToList();
        var profile = CountStoryProfile(graph.Session, article.Id, document);
        var keys = StoryKeys.For(profile);
        long? chosen = null;
        string reason;
        if (article.CopyOf is long original && graph.Session.LinksOfArticle(original, GraphKinds.Story).FirstOrDefault() is { } originalStory)
        {
            chosen = originalStory.NodeId;
            reason = $"copy of article {original}";
        }
        else
        {
            var candidates = graph.Stories(keys).Where(c => c.Story.Summary is not null)
                .Select(c => c.Story.Summary! with { Id = c.Id.ToString(CultureInfo.InvariantCulture) }).ToList();
            var decision = StoryLinker.Link(profile, candidates);
            chosen = decision.StoryId is { } s ? long.Parse(s, CultureInfo.InvariantCulture) : null;
            reason = candidates.Count == 0 ? "first article of a new story" : decision.Explanation;
        }
        bool created = chosen is null;
        long id = chosen ?? graph.NewStory(new StoredStory { Title = article.Title ?? $"article {article.Id}" });
        var story = graph.Story(id);
        story.Articles++;
        if (article.Day is { } day)
        {
            if (story.First is null || string.CompareOrdinal(day, story.First) < 0) story.First = day;
            if (story.Last is null || string.CompareOrdinal(day, story.Last) > 0) story.Last = day;
        }
        foreach (var a in actors) story.Entities[a] = story.Entities.GetValueOrDefault(a) + 1;
        if (story.Entities.Count > StoredStory.MaxEntities)
            story.Entities = story.Entities.OrderByDescending(kv => kv.Value).ThenByDescending(kv => kv.Key).Take(StoredStory.MaxEntities).ToDictionary();
        story.Summary = story.Summary is { } summary ? summary.Add(profile) : StorySummary.Start(id.ToString(CultureInfo.InvariantCulture), profile);
        graph.TouchStory(id, keys);
        graph.Session.AddLink(new GraphLink(id, GraphKinds.Story, article.Id, "", GraphJson.Write(new StoryLinkDetail
        {
            Title = article.Title, Outlet = article.Outlet, Published = article.Day, CopyOf = article.CopyOf, Reason = reason,
            // Kept while the story may still be split; a larger story is never looked at again.
            Profile = story.Articles <= StorySplitter.Options.LargestCheck ? profile : null,
        })));
        return (id, created);
    }
}
