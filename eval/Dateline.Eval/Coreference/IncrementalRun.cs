using Dateline.Coreference;
using Dateline.Stories;

namespace Dateline.Eval.Coreference;

/// <summary>
/// Runs the linkers the way the product does: one article at a time, each against candidates fetched by
/// blocking keys from an in-memory stand-in for the store (<see cref="KeyIndex"/>), with document frequencies
/// counted from the articles seen so far. Returns each article's story and each mention's event.
/// </summary>
public static class IncrementalRun
{
    /// <summary>The story of each article (same order as the input) and the event of each mention, by mention id.</summary>
    public sealed record Result(IReadOnlyList<string> Stories, IReadOnlyDictionary<string, string> Events, int StoryCandidatesMax, int EventCandidatesMax);

    /// <param name="goldStories">Use the gold document groups as stories instead of the story linker.</param>
    /// <param name="goldTopics">Use the gold topics (both sub-topics together) as stories.</param>
    /// <param name="lemmaBaseline">Instead of the event linker, one event per (story, trigger lemma).</param>
    /// <param name="observe">Called for each mention with the candidates fetched for it and the event it went to, before that event is updated.</param>
    public static Result Run(IReadOnlyList<EcbPlusArticle> articles, StoryLinker storyLinker, EventLinker eventLinker, bool goldStories, bool lemmaBaseline = false, bool goldTopics = false,
        Action<EventProfile, IReadOnlyList<EventClusterSummary>, string>? observe = null,
        Func<EcbPlusArticle, string, string>? eventStory = null, Action<EcbPlusArticle, StoryProfile, IReadOnlyList<StorySummary>, string>? observeStory = null)
    {
        var stats = new TermStatistics();
        var stories = new Dictionary<string, StorySummary>(StringComparer.Ordinal);
        var storyIndex = new KeyIndex(Linking.CrossDocumentLinker.StoryCandidatesPerKey);
        var events = new Dictionary<string, EventClusterSummary>(StringComparer.Ordinal);
        var eventIndex = new KeyIndex(Linking.CrossDocumentLinker.EventCandidatesPerKey);
        var storyOf = new List<string>();
        var eventOf = new Dictionary<string, string>(StringComparer.Ordinal);
        int maxStoryCandidates = 0, maxEventCandidates = 0;
        foreach (var a in articles)
        {
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
                storyId = storyLinker.Link(profile, candidates).StoryId ?? $"s{stories.Count + 1}";
                observeStory?.Invoke(a, profile, candidates, storyId);
            }
            stories[storyId] = stories.TryGetValue(storyId, out var s) ? s.Add(profile) : StorySummary.Start(storyId, profile);
            storyIndex.Add(keys, storyId);
            storyOf.Add(storyId);

            foreach (var m0 in a.Mentions)
            {
                var m = m0 with { StoryId = eventStory is null ? storyId : eventStory(a, storyId) };
                string eventId;
                if (lemmaBaseline) eventId = $"{storyId}|{m.TriggerLemma}";
                else
                {
                    var candidates = eventIndex.Lookup(EventKeys.ForLookup(m)).Select(id => events[id]).ToList();
                    maxEventCandidates = Math.Max(maxEventCandidates, candidates.Count);
                    eventId = eventLinker.Link(m, candidates).ClusterId ?? $"e{events.Count + 1}";
                    observe?.Invoke(m, candidates, eventId);
                }
                events[eventId] = events.TryGetValue(eventId, out var e) ? e.Add(m) : EventClusterSummary.Start(eventId, m);
                eventIndex.Add(EventKeys.ForMention(m), eventId);
                eventOf[m.Id] = eventId;
            }
        }
        return new Result(storyOf, eventOf, maxStoryCandidates, maxEventCandidates);
    }
}
