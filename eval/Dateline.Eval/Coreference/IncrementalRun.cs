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

        /// <summary>Stories merged into another (<see cref="StoryMergeFinder"/>).</summary>
        public int Merges { get; init; }
    }

    /// <param name="goldStories">Use the gold document groups as stories instead of the story linker.</param>
    /// <param name="goldTopics">Use the gold topics (both sub-topics together) as stories.</param>
    /// <param name="lemmaBaseline">Instead of the event linker, one event per (story, trigger lemma).</param>
    /// <param name="observe">Called for each mention with the candidates fetched for it and the event it went to, before that event is updated.</param>
    /// <param name="splitter">The product's story split (<c>CrossDocumentLinker.StorySplitter</c>); null: stories are never split.</param>
    /// <param name="strays">The stray repair at the splitter's check sizes (<c>CrossDocumentLinker.StoryStrays</c>); null: none.</param>
    /// <param name="straysEveryArticle">Comparison only: the stray repair at every article count up to the last check size.</param>
    /// <param name="merger">The story merge at the splitter's check sizes, after the split and the strays (<c>CrossDocumentLinker.StoryMerges</c>); null: none.</param>
    /// <param name="mergeEveryArticle">Comparison only: the merge each time an article joins a story of at most the last check size.</param>
    /// <param name="observeCheck">Called at each check with the story, its articles (input indices, oldest first) and its two-means halves.</param>
    public static Result Run(IReadOnlyList<EcbPlusArticle> articles, StoryLinker storyLinker, EventLinker eventLinker, bool goldStories, bool lemmaBaseline = false, bool goldTopics = false,
        Action<EventProfile, IReadOnlyList<EventClusterSummary>, string>? observe = null,
        Func<EcbPlusArticle, string, string>? eventStory = null, Action<EcbPlusArticle, StoryProfile, IReadOnlyList<StorySummary>, string>? observeStory = null,
        StorySplitter? splitter = null, StoryStrayFinder? strays = null, bool straysEveryArticle = false,
        Action<string, IReadOnlyList<int>, StorySplit?>? observeCheck = null, StoryMergeFinder? merger = null, bool mergeEveryArticle = false)
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
        int maxStoryCandidates = 0, maxEventCandidates = 0, nextStory = 0, nextEvent = 0, splits = 0, moves = 0, merges = 0;
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
                // A story merged into another is gone; its keys stay in the index, as in the store.
                var candidates = storyIndex.Lookup(keys).Where(stories.ContainsKey).Select(id => stories[id]).ToList();
                maxStoryCandidates = Math.Max(maxStoryCandidates, candidates.Count);
                var dec = storyLinker.Link(profile, candidates);
                storyId = dec.StoryId ?? $"s{++nextStory}";
                if (Environment.GetEnvironmentVariable("PROTO_TRACE") is { } tr && a.Gold.Group.StartsWith(tr + "ecb", StringComparison.Ordinal))
                    Console.Error.WriteLine($"TRACE {i} {a.Gold.Name} {a.Gold.Group} -> {storyId} [{(members.TryGetValue(storyId, out var sm) ? string.Join(" ", sm.GroupBy(m => articles[m.Index].Gold.Group).Select(g => $"{g.Key}×{g.Count()}")) : "new")}] {dec.Explanation}");
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
            bool mergeDue = merger is not null && (check || (mergeEveryArticle && mm.Count <= splitter.Options.LargestCheck));
            if (!check && !(straysEveryArticle && mm.Count <= splitter.Options.LargestCheck))
            {
                if (mergeDue) Merge(storyId);
                continue;
            }
            if (check && observeCheck is not null) observeCheck(storyId, [.. mm.Select(m => m.Index)], splitter.Halves([.. mm.Select(m => m.Profile)]));
            if (check && splitter.Split([.. mm.Select(m => m.Profile)]) is { } split)
            {
                splits++;
                if (Environment.GetEnvironmentVariable("PROTO_TRACE") is { } tr3 && articles[mm[0].Index].Gold.Group.StartsWith(tr3 + "ecb", StringComparison.Ordinal))
                    Console.Error.WriteLine($"TRACE split {storyId}: leaving {string.Join(" ", split.Leaving.Select(x => articles[mm[x].Index].Gold.Name))}: {split.Explanation}");
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
                if (Environment.GetEnvironmentVariable("PROTO_TRACE") is { } tr2 && articles[m.Index].Gold.Group.StartsWith(tr2 + "ecb", StringComparison.Ordinal))
                    Console.Error.WriteLine($"TRACE stray {articles[m.Index].Gold.Name} from {storyId} to {move.ToStory ?? "alone"}: {move.Explanation}");
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
            if (mergeDue) Merge(storyId);
        }
        return new Result(storyOf, eventOf, maxStoryCandidates, maxEventCandidates) { Splits = splits, Moves = moves, Merges = merges };

        // The checked story and another its summary's keys reach merge when they score high against each other: the
        // smaller's articles join the larger, their mentions linked again there, as the store does.
        void Merge(string storyId)
        {
            if (!stories.TryGetValue(storyId, out var story)) return;
            var candidates = storyIndex.Lookup(StoryMergeFinder.Keys(story)).Where(id => !string.Equals(id, storyId, StringComparison.Ordinal) && stories.ContainsKey(id)).Select(id => stories[id]).ToList();
            if (Environment.GetEnvironmentVariable("PROTO_DEBUG") is not null)
                foreach (var c in candidates)
                {
                    string G(string id) => string.Join(" ", members[id].GroupBy(m => articles[m.Index].Gold.Group).Select(g => $"{g.Key}×{g.Count()}"));
                    var one = new StoryMergeFinder(merger!.Linker, merger.Options with { Above = -9, YearClashBlocks = false }).Find(story, [c]);
                    Console.Error.WriteLine($"PAIR {one?.Score:0.000} clash={StoryMergeFinder.YearClash(story, c) is not null} [{G(storyId)}] [{G(c.Id)}]");
                }
            if (merger!.Find(story, candidates) is not { } merge) return;
            merges++;
            var moving = members[merge.Moving];
            var into = members[merge.Into];
            into.AddRange(moving);
            into.Sort((x, y) => x.Index.CompareTo(y.Index));
            stories.Remove(merge.Moving);
            members.Remove(merge.Moving);
            if (into.Count <= splitter!.Options.LargestCheck) stories[merge.Into] = Summarise(merge.Into, into);
            else foreach (var m in moving) stories[merge.Into] = stories[merge.Into].Add(m.Profile);
            foreach (var m in moving)
            {
                storyIndex.Add(StoryKeys.For(m.Profile), merge.Into);
                storyOf[m.Index] = merge.Into;
                UnlinkMentions(articles[m.Index]);
            }
            foreach (var m in moving) LinkMentions(articles[m.Index], merge.Into);
        }

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
