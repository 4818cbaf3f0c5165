using System.Globalization;

namespace Dateline.Stories;

/// <summary>
/// Finds the one article of a story that fits it least (issue #7: a couple of articles of another sub-topic that joined
/// a story, too few to be a half for <see cref="StorySplitter"/>): each member but the story's first is scored by the
/// story linker against the story made of the other members, and against the other stories its own keys reach; the
/// member with the largest shortfall moves when another story beats its own by <see cref="StoryStrayOptions.Margin"/>,
/// or its own score is below <see cref="StoryStrayOptions.Floor"/>. Pure; n leave-one-out summaries of ≤ 24 articles
/// and the candidates of each member.
/// </summary>
public sealed class StoryStrayFinder
{
    public StoryStrayFinder(StoryLinker linker, StoryStrayOptions? options = null)
    {
        Linker = linker;
        Options = options ?? StoryStrayOptions.Default;
    }

    public StoryLinker Linker { get; }

    public StoryStrayOptions Options { get; }

    /// <summary>The member of a story (profiles oldest first; the first stays) that should leave it, or null.
    /// <paramref name="candidates"/> gives the other stories a member's keys reach (its own story left out).</summary>
    public StoryStrayMove? Find(IReadOnlyList<StoryProfile> members, Func<StoryProfile, IReadOnlyList<StorySummary>> candidates)
    {
        int n = members.Count;
        if (n < 3) return null;
        StoryStrayMove? best = null;
        double bestGap = double.NegativeInfinity;
        var owns = new double[n];
        for (int x = 0; x < n; x++)
        {
            StorySummary? rest = null;
            for (int y = 0; y < n; y++)
                if (y != x) rest = rest is null ? StorySummary.Start("rest", members[y]) : rest.Add(members[y]);
            owns[x] = Linker.Score(members[x], rest!).Score;
        }
        var sorted = owns.Order().ToArray();
        double floor = Math.Max(Options.Floor, Options.Relative * sorted[n / 2]);
        for (int x = 1; x < n; x++)
        {
            double own = owns[x];
            StorySummary? to = null;
            double other = double.NegativeInfinity;
            foreach (var c in candidates(members[x]))
            {
                double v = Linker.Score(members[x], c).Score;
                if (v > other || (v == other && to is not null && string.CompareOrdinal(c.Id, to.Id) < 0)) (to, other) = (c, v);
            }
            bool joins = to is not null && other >= Linker.Options.Threshold && other >= own + Options.Margin;
            bool alone = !joins && own < floor;
            if (!joins && !alone) continue;
            double gap = (joins ? other : floor) - own;
            if (gap <= bestGap) continue;
            bestGap = gap;
            best = joins
                ? new StoryStrayMove(x, to!.Id, own, other, $"scores {F(own)} against the rest of its story and {F(other)} against story {to.Id} (margin {F(Options.Margin)})")
                : new StoryStrayMove(x, null, own, Math.Max(other, 0), $"scores {F(own)} against the rest of its story, below {F(floor)}, and no other story takes it");
        }
        return best;
    }

    private static string F(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);
}
