namespace Dateline.Linking;

/// <summary>
/// Puts an article into a story: the story of an event it reports (a shared happening is the strongest tie), else
/// the story whose actors it shares most (people and organisations; at least two, or one and a shared event)
/// within <see cref="WindowDays"/> of the story's span. The same actors a year apart start a new story.
/// </summary>
public static class StoryMatcher
{
    public const int WindowDays = 21;

    public static IReadOnlyList<string> Keys(IEnumerable<long> actorEntities) => [.. actorEntities.Distinct().Select(e => $"e|{e}")];

    public static (long Id, string Reason)? Match(
        IReadOnlyCollection<long> actorEntities, IReadOnlyDictionary<long, string> names, DateOnly? published,
        IReadOnlyDictionary<long, int> storiesOfSharedEvents, IEnumerable<(long Id, StorySummary Story)> candidates)
    {
        (long Id, double Score, string Reason)? best = null;
        foreach (var (id, story) in candidates)
        {
            if (!InWindow(story, published)) continue;
            var shared = actorEntities.Where(story.Entities.ContainsKey).ToList();
            storiesOfSharedEvents.TryGetValue(id, out int events);
            if (events == 0 && shared.Count < 2) continue;
            double score = events + 0.2 * shared.Count;
            var reason = events > 0
                ? $"reports {events} event(s) of the story"
                : $"shares {string.Join(", ", shared.Take(4).Select(e => names.GetValueOrDefault(e, "#" + e)))}";
            if (best is null || score > best.Value.Score) best = (id, score, reason + DateNote(story));
        }
        return best is { } b ? (b.Id, b.Reason) : null;
    }

    private static bool InWindow(StorySummary story, DateOnly? published)
    {
        if (published is not { } day || story.First is null || story.Last is null) return true;
        var first = DateOnly.Parse(story.First, System.Globalization.CultureInfo.InvariantCulture);
        var last = DateOnly.Parse(story.Last, System.Globalization.CultureInfo.InvariantCulture);
        return day >= first.AddDays(-WindowDays) && day <= last.AddDays(WindowDays);
    }

    private static string DateNote(StorySummary story) => story.First is null ? "" : $"; story runs {story.First}..{story.Last}";
}
