using Dateline.Coreference;
using Dateline.Stories;

namespace Dateline.Eval.Coreference;

/// <summary>A bounded local repair of the story decision (experiment): a new article may pull a weakly joined member out
/// of a candidate story, when it matches that one article by <see cref="MinScore"/> and by <see cref="Margin"/> more than
/// the story it would otherwise join; the two start a story of their own and the member's mentions are linked again there.</summary>
public sealed record StoryRepair(double MinScore, double Margin, int Weakest, double OutlierRatio, int MinMembers = 3, double SplitBelow = -1, int SplitMinSide = 2, bool DenseChecks = false, bool ForwardOnly = false);

/// <summary><see cref="IncrementalRun"/> with <see cref="StoryRepair"/> (eval-only prototype: the story and event summaries of a
/// pulled article are rebuilt from the remaining members instead of subtracted).</summary>
public static class RepairRun
{
    public static IncrementalRun.Result Run(IReadOnlyList<EcbPlusArticle> articles, StoryLinker storyLinker, EventLinker eventLinker, StoryRepair repair, out int pulls,
        Action<EventProfile, IReadOnlyList<EventClusterSummary>, string>? observe = null)
    {
        pulls = 0;
        var stats = new TermStatistics();
        var stories = new Dictionary<string, StorySummary>(StringComparer.Ordinal);
        var members = new Dictionary<string, List<(int Index, StoryProfile Profile, double? Join)>>(StringComparer.Ordinal);
        var storyIndex = new KeyIndex(Linking.CrossDocumentLinker.StoryCandidatesPerKey);
        var events = new Dictionary<string, EventClusterSummary>(StringComparer.Ordinal);
        var eventMembers = new Dictionary<string, List<EventProfile>>(StringComparer.Ordinal);
        var eventIndex = new KeyIndex(Linking.CrossDocumentLinker.EventCandidatesPerKey);
        var storyOf = new List<string>();
        var eventOf = new Dictionary<string, string>(StringComparer.Ordinal);
        int nextStory = 0, nextEvent = 0;

        void LinkMentions(EcbPlusArticle a, string storyId)
        {
            foreach (var m0 in a.Mentions)
            {
                var m = m0 with { StoryId = storyId };
                var candidates = eventIndex.Lookup(EventKeys.ForLookup(m)).Where(events.ContainsKey).Select(id => events[id]).ToList();
                var eventId = eventLinker.Link(m, candidates).ClusterId ?? $"e{++nextEvent}";
                observe?.Invoke(m, candidates, eventId);
                events[eventId] = events.TryGetValue(eventId, out var e) ? e.Add(m) : EventClusterSummary.Start(eventId, m);
                if (!eventMembers.TryGetValue(eventId, out var list)) eventMembers[eventId] = list = [];
                list.Add(m);
                eventIndex.Add(EventKeys.ForMention(m), eventId);
                eventOf[m.Id] = eventId;
            }
        }

        void UnlinkMentions(EcbPlusArticle a) => IncrementalRun.Unlink(a, events, eventMembers, eventOf);

        for (int i = 0; i < articles.Count; i++)
        {
            var a = articles[i];
            var profile = StoryProfileBuilder.Build(a.Gold.Name, null, a.TermCounts, a.Entities, a.Dates, a.EventKeys, stats);
            stats.Add(a.TermCounts.Keys);
            var keys = StoryKeys.For(profile);
            var candidates = storyIndex.Lookup(keys).Select(id => stories[id]).ToList();
            var decision = storyLinker.Link(profile, candidates);
            double bar = (decision.StoryId is null ? 0 : decision.Score) + repair.Margin;
            (string Story, int Member, double Score)? pull = null;
            foreach (var c in candidates)
            {
                var ms = members[c.Id];
                var joins = ms.Where(m => m.Join is not null).Select(m => m.Join!.Value).ToList();
                if (ms.Count < repair.MinMembers || joins.Count == 0) continue;
                double mean = joins.Average();
                foreach (var m in ms.Where(m => m.Join is not null).OrderBy(m => m.Join).Take(repair.Weakest))
                {
                    if (m.Join >= repair.OutlierRatio * mean) continue;
                    double s = storyLinker.Score(profile, StorySummary.Start("m", m.Profile)).Score;
                    if (s >= repair.MinScore && s >= bar && (pull is null || s > pull.Value.Score)) pull = (c.Id, m.Index, s);
                }
            }
            string storyId;
            double? join = null;
            if (pull is { } p)
            {
                pulls++;
                var ms = members[p.Story];
                var moved = ms.First(m => m.Index == p.Member);
                ms.Remove(moved);
                var rebuilt = StorySummary.Start(p.Story, ms[0].Profile);
                foreach (var m in ms.Skip(1)) rebuilt = rebuilt.Add(m.Profile);
                stories[p.Story] = rebuilt;
                storyId = $"s{++nextStory}";
                stories[storyId] = StorySummary.Start(storyId, moved.Profile);
                members[storyId] = [(moved.Index, moved.Profile, null)];
                storyIndex.Add(StoryKeys.For(moved.Profile), storyId);
                storyOf[moved.Index] = storyId;
                // The pulled article's mentions leave their events and are linked again in the new story.
                UnlinkMentions(articles[moved.Index]);
                LinkMentions(articles[moved.Index], storyId);
                join = p.Score;
            }
            else if (decision.StoryId is { } sid) { storyId = sid; join = decision.Score; }
            else storyId = $"s{++nextStory}";
            stories[storyId] = stories.TryGetValue(storyId, out var s0) ? s0.Add(profile) : StorySummary.Start(storyId, profile);
            if (!members.TryGetValue(storyId, out var mm)) members[storyId] = mm = [];
            mm.Add((i, profile, join));
            storyIndex.Add(keys, storyId);
            storyOf.Add(storyId);
            LinkMentions(a, storyId);
            if (repair.SplitBelow > 0 && (repair.DenseChecks ? mm.Count is 6 or 8 or 10 or 12 or 14 or 16 or 20 or 24 : mm.Count is 6 or 10 or 16 or 24) && Split(storyId) is { } part) pulls++;
        }
        return new IncrementalRun.Result(storyOf, eventOf, 0, 0);

        // Two-means over the story's members (seeded by its least similar pair); when the halves are less alike than
        // SplitBelow, the half without the founder becomes a story of its own and its mentions are linked again there.
        string? Split(string id)
        {
            var ms = members[id];
            // The product's two-means (Stories/StorySplitter), with this experiment's threshold and smaller side.
            var splitter = new StorySplitter(storyLinker, StorySplitOptions.Default with { SplitBelow = repair.SplitBelow, MinSide = repair.SplitMinSide });
            if (splitter.Split([.. ms.Select(m => m.Profile)]) is not { } split) return null;
            var inA = Enumerable.Range(0, ms.Count).Select(x => !split.Leaving.Contains(x)).ToArray();
            bool founderInA = inA[0];
            var leave = ms.Where((_, x) => inA[x] != founderInA).ToList();
            var stay = ms.Where((_, x) => inA[x] == founderInA).ToList();
            members[id] = stay;
            var kept = StorySummary.Start(id, stay[0].Profile);
            foreach (var m in stay.Skip(1)) kept = kept.Add(m.Profile);
            stories[id] = kept;
            var nid = $"s{++nextStory}";
            members[nid] = leave;
            var made = StorySummary.Start(nid, leave[0].Profile);
            foreach (var m in leave.Skip(1)) made = made.Add(m.Profile);
            stories[nid] = made;
            if (repair.ForwardOnly)
            {
                // Only later articles see the split: the half's articles and their events stay where they are.
                foreach (var m in leave) storyIndex.Add(StoryKeys.For(m.Profile), nid);
                return nid;
            }
            foreach (var m in leave)
            {
                storyIndex.Add(StoryKeys.For(m.Profile), nid);
                storyOf[m.Index] = nid;
                UnlinkMentions(articles[m.Index]);
            }
            foreach (var m in leave) LinkMentions(articles[m.Index], nid);
            return nid;
        }
    }
}
