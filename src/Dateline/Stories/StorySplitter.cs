using System.Collections.Immutable;
using System.Globalization;
using Dateline.Coreference;

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
        if (Halves(members, namesThreshold: true) is not { } h) return null;
        if (Math.Min(h.Leaving.Count, h.Staying) < Options.MinSide) return null;
        return h.Cross < Options.Below(h.YearClash is not null) ? h : null;
    }

    /// <summary>The two-means halves of a story and their score against each other, whatever the threshold and the
    /// smaller half's size (null when the story is too small or the two-means puts every article on one side): what
    /// <see cref="Split"/> decides on, and what `dateline eval coref --show-checks` prints at each check.</summary>
    public StorySplit? Halves(IReadOnlyList<StoryProfile> members) => Halves(members, namesThreshold: false);

    /// <param name="namesThreshold">Whether the explanation names the threshold the halves are held to (a split's).</param>
    private StorySplit? Halves(IReadOnlyList<StoryProfile> members, bool namesThreshold)
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
        double cross = Sim(AsProfile(ca), cb);
        bool founderInA = inA[0];
        var leaving = Enumerable.Range(0, n).Where(x => inA[x] != founderInA).ToList();
        var (stay, leave) = founderInA ? (ca, cb) : (cb, ca);
        string? clash = YearClash(members, inA, founderInA);
        string below = namesThreshold ? $" < {F(Options.Below(clash is not null))}" : "";
        string why = $"two groups of {n - leaving.Count} and {leaving.Count} articles score {F(cross)}{below} against each other "
            + $"(staying: {Top(stay)}; leaving: {Top(leave)})" + (clash is null ? "" : $"; {clash}");
        return new StorySplit(leaving, n - leaving.Count, cross, why) { YearClash = clash };
    }

    /// <summary>
    /// Whether the halves tell of different years: a year that at least <see cref="StorySplitOptions.YearShare"/> of one
    /// half's articles name (any date in it) while none of the other's names it or a year next to it (issue #7: two
    /// happenings of one kind in other years, such as two pirate attacks off Somalia in 2008 and 2011; a story that runs
    /// over New Year names both years, so next years never clash). Null when they do not.
    /// </summary>
    private string? YearClash(IReadOnlyList<StoryProfile> members, bool[] inA, bool founderInA)
    {
        if (Options.YearClashAllowance <= 0) return null;
        var years = members.Select(m => m.Dates.Select(d => TimexCompatibility.Parse(d)).Where(t => t is not null).Select(t => t!.Value.Start.Year).ToHashSet()).ToList();
        foreach (bool side in new[] { true, false })
        {
            var here = Enumerable.Range(0, members.Count).Where(x => inA[x] == side).ToList();
            var there = Enumerable.Range(0, members.Count).Where(x => inA[x] != side).ToList();
            var named = here.SelectMany(x => years[x]).GroupBy(y => y).Select(g => (Year: g.Key, Count: g.Count()))
                .Where(g => g.Count >= Options.YearShare * here.Count).OrderByDescending(g => g.Count).ThenBy(g => g.Year);
            foreach (var (year, count) in named)
                if (there.All(x => !years[x].Contains(year) && !years[x].Contains(year - 1) && !years[x].Contains(year + 1)))
                    return $"{year} named by {count} of the {(side == founderInA ? "staying" : "leaving")} {here.Count}, by none of the others";
        }
        return null;
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
