using System.Collections.Immutable;
using System.Globalization;

namespace Dateline.Stories;

/// <summary>
/// Repairs a story that took in two sub-topics (two hosts of the Oscars, two firings by one team): two-means over its
/// articles' profiles, seeded by its least similar pair, with the story linker's own score as the similarity; when the
/// two halves score below <see cref="StorySplitOptions.SplitBelow"/> against each other and the smaller has at least
/// <see cref="StorySplitOptions.MinSide"/> articles, the half without the story's first article leaves it. Pure; at most
/// n(n−1)/2 pair scores and n scores per round over the ≤ 24 articles of a story at one of its check sizes.
/// </summary>
public sealed class StorySplitter
{
    public StorySplitter(StoryLinker linker, StorySplitOptions? options = null)
    {
        Linker = linker;
        Options = options ?? StorySplitOptions.Default;
    }

    public StoryLinker Linker { get; }

    public StorySplitOptions Options { get; }

    /// <summary>The split of a story whose articles have these profiles (oldest first: the first is the story's first
    /// article, which stays), or null when it stays whole.</summary>
    public StorySplit? Split(IReadOnlyList<StoryProfile> members)
    {
        int n = members.Count;
        if (n < 2 * Options.MinSide || n < 2) return null;
        int ia = 0, ib = 1;
        double low = double.PositiveInfinity;
        for (int x = 0; x < n; x++)
            for (int y = x + 1; y < n; y++)
            {
                double v = Sim(members[x], StorySummary.Start("c", members[y]));
                if (v < low) (low, ia, ib) = (v, x, y);
            }
        var inA = new bool[n];
        var ca = StorySummary.Start("a", members[ia]);
        var cb = StorySummary.Start("b", members[ib]);
        for (int round = 0; round < Options.Rounds; round++)
        {
            for (int x = 0; x < n; x++) inA[x] = Sim(members[x], ca) >= Sim(members[x], cb);
            if (inA.All(b => b) || inA.All(b => !b)) return null;
            ca = Sum(members.Where((_, x) => inA[x]));
            cb = Sum(members.Where((_, x) => !inA[x]));
        }
        int na = inA.Count(b => b), nb = n - na;
        if (Math.Min(na, nb) < Options.MinSide) return null;
        double cross = Sim(AsProfile(ca), cb);
        if (cross >= Options.SplitBelow) return null;
        bool founderInA = inA[0];
        var leaving = Enumerable.Range(0, n).Where(x => inA[x] != founderInA).ToList();
        var (stay, leave) = founderInA ? (ca, cb) : (cb, ca);
        string why = $"two groups of {n - leaving.Count} and {leaving.Count} articles score {F(cross)} < {F(Options.SplitBelow)} against each other "
            + $"(staying: {Top(stay)}; leaving: {Top(leave)})";
        return new StorySplit(leaving, n - leaving.Count, cross, why);
    }

    private double Sim(StoryProfile p, StorySummary c) => Linker.Score(p, c).Score;

    private static StorySummary Sum(IEnumerable<StoryProfile> xs)
    {
        StorySummary? acc = null;
        foreach (var x in xs) acc = acc is null ? StorySummary.Start("c", x) : acc.Add(x);
        return acc!;
    }

    /// <summary>A half as one profile (its summed vectors made unit length, its dates and event keys; no publication
    /// day, so the time decay plays no part in the halves' score against each other).</summary>
    private static StoryProfile AsProfile(StorySummary s) => new()
    {
        DocumentId = s.Id, Terms = Unit(s.Terms), Entities = Unit(s.Entities), Dates = [.. s.Dates.Keys], EventKeys = [.. s.EventKeys.Keys],
    };

    private static ImmutableArray<WeightedTerm> Unit(ImmutableArray<WeightedTerm> xs)
    {
        double norm = Math.Sqrt(xs.Sum(t => t.Weight * t.Weight));
        return norm == 0 ? [] : [.. xs.Select(t => t with { Weight = t.Weight / norm })];
    }

    /// <summary>What a half is about: its heaviest entities, else its heaviest terms.</summary>
    private static string Top(StorySummary s)
    {
        var words = (s.Entities.Length > 0 ? s.Entities : s.Terms).Take(3).Select(t => t.Term).ToList();
        return words.Count == 0 ? "-" : string.Join(", ", words);
    }

    private static string F(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);
}
