using Dateline.Coreference;
using Dateline.Stories;

namespace Dateline.Eval.Coreference;

/// <summary>
/// Runs the linkers the way the product does: one article at a time, each against candidates fetched by
/// blocking keys from an in-memory stand-in for the store (<see cref="KeyIndex"/>), with document frequencies
/// counted from the articles seen so far; with a <see cref="StorySplitter"/>, a story reaching one of its check sizes
/// is looked at and its leaving half becomes a story, its articles' mentions linked again there, as ingest does
/// (`Linking/StorySplitStage`). Returns each article's story and each mention's event.
/// </summary>
public static class IncrementalRun
{
    /// <summary>The story of each article (same order as the input) and the event of each mention, by mention id.</summary>
    public sealed record Result(IReadOnlyList<string> Stories, IReadOnlyDictionary<string, string> Events, int StoryCandidatesMax, int EventCandidatesMax)
    {
        /// <summary>Stories split on the way (<see cref="StorySplitter"/>).</summary>
        public int Splits { get; init; }

        /// <summary>Articles moved out of their story (<see cref="StoryStrayFinder"/>).</summary>
        public int Moves { get; init; }
    }

    /// <param name="goldStories">Use the gold document groups as stories instead of the story linker.</param>
    /// <param name="goldTopics">Use the gold topics (both sub-topics together) as stories.</param>
    /// <param name="lemmaBaseline">Instead of the event linker, one event per (story, trigger lemma).</param>
    /// <param name="observe">Called for each mention with the candidates fetched for it and the event it went to, before that event is updated.</param>
    /// <param name="splitter">The product's story split (<c>CrossDocumentLinker.StorySplitter</c>); null: stories are never split.</param>
    /// <param name="strays">The stray repair at the splitter's check sizes (<c>CrossDocumentLinker.StoryStrays</c>); null: none.</param>
    /// <param name="straysEveryArticle">Comparison only: the stray repair at every article count up to the last check size.</param>
    /// <param name="observeCheck">Called at each check with the story, its articles (input indices, oldest first) and its two-means halves.</param>
    public static Result Run(IReadOnlyList<EcbPlusArticle> articles, StoryLinker storyLinker, EventLinker eventLinker, bool goldStories, bool lemmaBaseline = false, bool goldTopics = false,
        Action<EventProfile, IReadOnlyList<EventClusterSummary>, string>? observe = null,
        Func<EcbPlusArticle, string, string>? eventStory = null, Action<EcbPlusArticle, StoryProfile, IReadOnlyList<StorySummary>, string>? observeStory = null,
        StorySplitter? splitter = null, StoryStrayFinder? strays = null, bool straysEveryArticle = false,
        Action<string, IReadOnlyList<int>, StorySplit?>? observeCheck = null)
    {
        var stats = new TermStatistics();
        var stories = new Dictionary<string, StorySummary>(StringComparer.Ordinal);
        var members = new Dictionary<string, List<(int Index, StoryProfile Profile)>>(StringComparer.Ordinal);
        var storyIndex = new KeyIndex(Linking.CrossDocumentLinker.StoryCandidatesPerKey);
        var events = new Dictionary<string, EventClusterSummary>(StringComparer.Ordinal);
        var eventMembers = new Dictionary<string, List<EventProfile>>(StringComparer.Ordinal);
        var eventIndex = new KeyIndex(Linking.CrossDocumentLinker.EventCandidatesPerKey);
        var storyOf = new List<string>();
        var eventOf = new Dictionary<string, string>(StringComparer.Ordinal);
        int maxStoryCandidates = 0, maxEventCandidates = 0, nextStory = 0, nextEvent = 0, splits = 0, moves = 0;
        bool splitting = splitter is not null && !goldStories && !goldTopics;

        void LinkMentions(EcbPlusArticle a, string storyId)
        {
            foreach (var m0 in a.Mentions)
            {
                var m = m0 with { StoryId = eventStory is null ? storyId : eventStory(a, storyId) };
                string eventId;
                if (lemmaBaseline) eventId = $"{storyId}|{m.TriggerLemma}";
                else
                {
                    // An event emptied by a split is gone; its keys stay in the index, as in the store until it is deleted.
                    var candidates = eventIndex.Lookup(EventKeys.ForLookup(m)).Where(events.ContainsKey).Select(id => events[id]).ToList();
                    maxEventCandidates = Math.Max(maxEventCandidates, candidates.Count);
                    eventId = eventLinker.Link(m, candidates).ClusterId ?? $"e{++nextEvent}";
                    observe?.Invoke(m, candidates, eventId);
                }
                events[eventId] = events.TryGetValue(eventId, out var e) ? e.Add(m) : EventClusterSummary.Start(eventId, m);
                if (splitting)
                {
                    if (!eventMembers.TryGetValue(eventId, out var list)) eventMembers[eventId] = list = [];
                    list.Add(m);
                }
                eventIndex.Add(EventKeys.ForMention(m), eventId);
                eventOf[m.Id] = eventId;
            }
        }

        void UnlinkMentions(EcbPlusArticle a) => Unlink(a, events, eventMembers, eventOf);

        StorySummary Summarise(string id, List<(int Index, StoryProfile Profile)> ms)
        {
            var s = StorySummary.Start(id, ms[0].Profile);
            foreach (var m in ms.Skip(1)) s = s.Add(m.Profile);
            return s;
        }

        for (int i = 0; i < articles.Count; i++)
        {
            var a = articles[i];
            var profile = StoryProfileBuilder.Build(a.Gold.Name, null, a.TermCounts, a.Entities, a.Dates, a.EventKeys, stats);
            stats.Add(a.TermCounts.Keys);
            string storyId;
            var keys = StoryKeys.For(profile);
            if (goldTopics) storyId = a.Gold.Topic.ToString(System.Globalization.CultureInfo.InvariantCulture);
            else if (goldStories) storyId = a.Gold.Group;
            else
            {
                var candidates = storyIndex.Lookup(keys).Select(id => stories[id]).ToList();
                maxStoryCandidates = Math.Max(maxStoryCandidates, candidates.Count);
                storyId = storyLinker.Link(profile, candidates).StoryId ?? $"s{++nextStory}";
                observeStory?.Invoke(a, profile, candidates, storyId);
            }
            stories[storyId] = stories.TryGetValue(storyId, out var s) ? s.Add(profile) : StorySummary.Start(storyId, profile);
            storyIndex.Add(keys, storyId);
            storyOf.Add(storyId);
            LinkMentions(a, storyId);
            if (!splitting) continue;

            if (!members.TryGetValue(storyId, out var mm)) members[storyId] = mm = [];
            mm.Add((i, profile));
            bool check = splitter!.Options.ChecksAt(mm.Count);
            if (!check && !(straysEveryArticle && mm.Count <= splitter.Options.LargestCheck)) continue;
            if (check && observeCheck is not null) observeCheck(storyId, [.. mm.Select(m => m.Index)], splitter.Halves([.. mm.Select(m => m.Profile)]));
            if (check && splitter.Split([.. mm.Select(m => m.Profile)]) is { } split)
            {
                splits++;
                Apply(storyId, mm, split);
            }
            if (strays is null) continue;
            // Strays at the same check: the article that fits its story least moves to the story it fits (or alone).
            for (int k = 0; k < strays.Options.MaxMoves; k++)
            {
                var own = members[storyId];
                string from = storyId;
                if (strays.Find([.. own.Select(m => m.Profile)],
                        p => [.. storyIndex.Lookup(StoryKeys.For(p)).Where(id => !string.Equals(id, from, StringComparison.Ordinal) && stories.ContainsKey(id)).Select(id => stories[id])]) is not { } move)
                    break;
                moves++;
                var m = own[move.Member];
                own.RemoveAt(move.Member);
                stories[storyId] = Summarise(storyId, own);
                string to = move.ToStory ?? $"s{++nextStory}";
                if (!members.TryGetValue(to, out var target)) members[to] = target = [];
                target.Add(m);
                target.Sort((x, y) => x.Index.CompareTo(y.Index));
                // As the store: a story small enough to have kept its profiles is made again from them, a larger one adds it.
                stories[to] = target.Count <= splitter.Options.LargestCheck ? Summarise(to, target) : stories[to].Add(m.Profile);
                storyIndex.Add(StoryKeys.For(m.Profile), to);
                storyOf[m.Index] = to;
                UnlinkMentions(articles[m.Index]);
                LinkMentions(articles[m.Index], to);
            }
        }
        return new Result(storyOf, eventOf, maxStoryCandidates, maxEventCandidates) { Splits = splits, Moves = moves };

        void Apply(string storyId, List<(int Index, StoryProfile Profile)> mm, StorySplit split)
        {
            var leaving = split.Leaving.Select(x => mm[x]).ToList();
            var staying = mm.Where((_, x) => !split.Leaving.Contains(x)).ToList();
            members[storyId] = staying;
            stories[storyId] = Summarise(storyId, staying);
            var made = $"s{++nextStory}";
            members[made] = leaving;
            stories[made] = Summarise(made, leaving);
            foreach (var m in leaving)
            {
                storyIndex.Add(StoryKeys.For(m.Profile), made);
                storyOf[m.Index] = made;
                UnlinkMentions(articles[m.Index]);
            }
            foreach (var m in leaving) LinkMentions(articles[m.Index], made);
        }
    }

    /// <summary>
    /// A moved article's mentions leave their events (an emptied event goes; the others' summaries are rebuilt from the
    /// mentions they keep), to be linked again in the article's new story. Shared with <see cref="RepairRun"/>.
    /// </summary>
    internal static void Unlink(EcbPlusArticle a, Dictionary<string, EventClusterSummary> events,
        Dictionary<string, List<EventProfile>> eventMembers, Dictionary<string, string> eventOf)
    {
        foreach (var m0 in a.Mentions)
        {
            var ev = eventOf[m0.Id];
            var list = eventMembers[ev];
            list.RemoveAll(x => x.Id == m0.Id);
            if (list.Count == 0) { events.Remove(ev); eventMembers.Remove(ev); continue; }
            var e = EventClusterSummary.Start(ev, list[0]);
            foreach (var x in list.Skip(1)) e = e.Add(x);
            events[ev] = e;
        }
    }
}
