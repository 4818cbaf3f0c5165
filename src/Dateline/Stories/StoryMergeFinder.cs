using System.Collections.Immutable;
using System.Globalization;
using Dateline.Coreference;

namespace Dateline.Stories;

/// <summary>
/// Finds a story that one story should merge with (issue #7: one happening's articles that started two stories, because
/// the first of each did not join the other, and grew apart from then on; the split only ever cuts). Each story is scored
/// by the story linker as one profile (its summed vectors made unit length) against the other's summary, as the split
/// scores its halves, with the time decay over the gap between their publication ranges; the two merge when the lower
/// of the two directions is at least <see cref="StoryMergeOptions.Above"/> and they do not tell of different years.
/// Pure; two scores per candidate story, each bounded by the summaries' caps.
/// </summary>
public sealed class StoryMergeFinder
{
    public StoryMergeFinder(StoryLinker linker, StoryMergeOptions? options = null)
    {
        Linker = linker;
        Options = options ?? StoryMergeOptions.Default;
    }

    public StoryLinker Linker { get; }

    public StoryMergeOptions Options { get; }

    /// <summary>The keys a story's candidates for a merge are read under: its summary's heaviest terms and entities.</summary>
    public static IReadOnlyList<string> Keys(StorySummary story) => StoryKeys.For(AsProfile(story));

    /// <summary>The best merge of <paramref name="story"/> with one of <paramref name="candidates"/> (the other stories
    /// its keys reach; itself left out), or null. The smaller story moves (on a tie, the later one).</summary>
    public StoryMerge? Find(StorySummary story, IReadOnlyList<StorySummary> candidates)
    {
        StoryMerge? best = null;
        foreach (var c in candidates)
        {
            if (string.Equals(c.Id, story.Id, StringComparison.Ordinal)) continue;
            var (moving, into) = c.ArticleCount < story.ArticleCount || (c.ArticleCount == story.ArticleCount && string.CompareOrdinal(c.Id, story.Id) > 0) ? (c, story) : (story, c);
            if (moving.ArticleCount > Options.MaxMoving) continue;
            if (Options.YearClashBlocks && YearClash(story, c) is not null) continue;
            double there = Linker.Score(AsProfile(story), c).Score, back = Linker.Score(AsProfile(c), story).Score;
            double score = Math.Min(there, back) * Decay(story, c);
            if (score < Options.Above || (best is not null && score <= best.Score)) continue;
            best = new StoryMerge(moving.Id, into.Id, score,
                $"stories {story.Id} ({story.ArticleCount} articles) and {c.Id} ({c.ArticleCount}) score {F(score)} ≥ {F(Options.Above)} against each other "
                + $"({Top(story)}; {Top(c)}): the {moving.ArticleCount} of {moving.Id} join {into.Id}");
        }
        return best;
    }

    /// <summary>The story linker's time decay over the days between two stories' publication ranges (1 when unknown).</summary>
    private double Decay(StorySummary a, StorySummary b)
    {
        if (a.FirstPublished is not DateOnly af || a.LastPublished is not DateOnly al || b.FirstPublished is not DateOnly bf || b.LastPublished is not DateOnly bl) return 1;
        int gap = Math.Max(0, Math.Max(bf.DayNumber - al.DayNumber, af.DayNumber - bl.DayNumber));
        return gap <= Linker.Options.GraceDays ? 1 : Math.Exp(-(gap - Linker.Options.GraceDays) / Linker.Options.ScaleDays);
    }

    /// <summary>A year that at least half of one story's articles name while the other names neither it nor a year next
    /// to it (as the split's year clash, read from the summaries' date counts); null when none.</summary>
    public static string? YearClash(StorySummary a, StorySummary b)
    {
        foreach (var (here, there) in new[] { (a, b), (b, a) })
        {
            var years = Years(here);
            var other = Years(there);
            foreach (var (year, count) in years.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key))
                if (Math.Min(count, here.ArticleCount) * 2 >= here.ArticleCount && !other.ContainsKey(year) && !other.ContainsKey(year - 1) && !other.ContainsKey(year + 1))
                    return $"{year} named by story {here.Id}, not by story {there.Id}";
        }
        return null;
    }

    private static Dictionary<int, int> Years(StorySummary s)
    {
        var years = new Dictionary<int, int>();
        foreach (var (value, count) in s.Dates)
            if (TimexCompatibility.Parse(value) is { } t) years[t.Start.Year] = years.GetValueOrDefault(t.Start.Year) + count;
        return years;
    }

    /// <summary>A story as one profile: its summed vectors made unit length, its dates and event keys, no publication day
    /// (the decay over the two ranges is applied apart).</summary>
    internal static StoryProfile AsProfile(StorySummary s) => new()
    {
        DocumentId = s.Id, Terms = Unit(s.Terms), Entities = Unit(s.Entities), Dates = [.. s.Dates.Keys], EventKeys = [.. s.EventKeys.Keys],
    };

    private static ImmutableArray<WeightedTerm> Unit(ImmutableArray<WeightedTerm> xs)
    {
        double norm = Math.Sqrt(xs.Sum(t => t.Weight * t.Weight));
        return norm == 0 ? [] : [.. xs.Select(t => t with { Weight = t.Weight / norm })];
    }

    private static string Top(StorySummary s)
    {
        var words = (s.Entities.Length > 0 ? s.Entities : s.Terms).Take(3).Select(t => t.Term).ToList();
        return words.Count == 0 ? "-" : string.Join(", ", words);
    }

    private static string F(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);
}
