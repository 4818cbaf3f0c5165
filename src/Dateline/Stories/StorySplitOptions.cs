namespace Dateline.Stories;

/// <summary>
/// When <see cref="StorySplitter"/> looks at a story and what it takes to split it. Defaults are the settings the
/// session-8 prototype chose on the ECB+ training topics (`dateline eval coref --tune stories-split-orders`):
/// checks at 6, 10, 16 and 24 articles, halves scoring below 0.35 against each other, the smaller of at least 3.
/// </summary>
public sealed record StorySplitOptions
{
    public static StorySplitOptions Default { get; } = new();

    /// <summary>Article counts at which a story is looked at (after the article that brings it there joined). Past the
    /// last one a story is never looked at again, so the profiles kept per story are bounded.</summary>
    public IReadOnlyList<int> CheckSizes { get; init; } = [6, 10, 16, 24];

    /// <summary>The two halves split when the story linker scores one against the other below this.</summary>
    public double SplitBelow { get; init; } = 0.35;

    /// <summary>Halves whose article-pair silhouette (<see cref="StorySplit.Silhouette"/>) is at least this also split when
    /// they score below <see cref="SilhouetteBelow"/> against each other (0: off): each article closer to its own half
    /// than to the other, as two sub-topics are and one story cut in two is not.</summary>
    public double SplitSilhouette { get; init; }

    /// <summary>The halves' score against each other under which <see cref="SplitSilhouette"/> applies.</summary>
    public double SilhouetteBelow { get; init; } = 0.6;

    /// <summary>How much the threshold rises each time a story doubles past its first check size: two halves' summed
    /// vectors grow alike as they take in more articles (what is particular to one article averages out), so the same
    /// two sub-topics score higher against each other at 24 articles than at 6. 0: the same threshold at every size.</summary>
    public double SizeSlope { get; init; }

    /// <summary>The threshold for a story of <paramref name="articles"/> articles: <see cref="SplitBelow"/> at the first
    /// check size, rising by <see cref="SizeSlope"/> per doubling.</summary>
    public double BelowAt(int articles)
    {
        int first = CheckSizes.Count == 0 ? articles : CheckSizes.Min();
        return SplitBelow + SizeSlope * Math.Log2(Math.Max(1.0, (double)articles / Math.Max(1, first)));
    }

    /// <summary>Neither half may be smaller: two articles that differ are not yet a story of their own.</summary>
    public int MinSide { get; init; } = 3;

    /// <summary>How much higher the halves may score against each other and still split when they tell of different
    /// years (<see cref="YearShare"/>; 0: years play no part).</summary>
    public double YearClashAllowance { get; init; }

    /// <summary>The share of a half's articles that must name a year the other half never names for a year clash.</summary>
    public double YearShare { get; init; } = 0.5;

    /// <summary>Two-means rounds (the assignment settles within a few on stories of at most 24 articles).</summary>
    public int Rounds { get; init; } = 6;

    /// <summary>Whether a story of <paramref name="articles"/> articles is looked at.</summary>
    public bool ChecksAt(int articles) => CheckSizes.Contains(articles);

    /// <summary>The largest story ever looked at: its articles' profiles must be kept until then.</summary>
    public int LargestCheck => CheckSizes.Count == 0 ? 0 : CheckSizes.Max();
}
