namespace Dateline.Stories;

/// <summary>
/// When <see cref="StorySplitter"/> looks at a story and what it takes to split it. Defaults are the settings the
/// session-8 prototype chose on the ECB+ training topics (`dateline eval coref --tune stories-split-orders`):
/// checks at 6, 10, 16 and 24 articles, halves scoring below 0.35 against each other (0.45 when they tell of different
/// years, session 10), the smaller of at least 3.
/// </summary>
public sealed record StorySplitOptions
{
    public static StorySplitOptions Default { get; } = new();

    /// <summary>Article counts at which a story is looked at (after the article that brings it there joined). Past the
    /// last one a story is never looked at again, so the profiles kept per story are bounded.</summary>
    public IReadOnlyList<int> CheckSizes { get; init; } = [6, 10, 16, 24];

    /// <summary>The two halves split when the story linker scores one against the other below this.</summary>
    public double SplitBelow { get; init; } = 0.35;

    /// <summary>Neither half may be smaller: two articles that differ are not yet a story of their own.</summary>
    public int MinSide { get; init; } = 3;

    /// <summary>How much higher the halves may score against each other and still split when they tell of different
    /// years (<see cref="StorySplit.YearClash"/>; 0: years play no part). Chosen on the ECB+ training topics, seeds 1-6
    /// (`dateline eval coref --split-grid`, src/Dateline/Stories/README.md, session 10).</summary>
    public double YearClashAllowance { get; init; } = 0.1;

    /// <summary>The share of a half's articles that must name a year the other half never names for a year clash.</summary>
    public double YearShare { get; init; } = 0.5;

    /// <summary>Two-means rounds (the assignment settles within a few on stories of at most 24 articles).</summary>
    public int Rounds { get; init; } = 6;

    /// <summary>The threshold the halves' score against each other must be under: <see cref="SplitBelow"/>, raised by
    /// <see cref="YearClashAllowance"/> when they tell of different years.</summary>
    public double Below(bool yearClash) => SplitBelow + (yearClash ? YearClashAllowance : 0);

    /// <summary>Whether a story of <paramref name="articles"/> articles is looked at.</summary>
    public bool ChecksAt(int articles) => CheckSizes.Contains(articles);

    /// <summary>The largest story ever looked at: its articles' profiles must be kept until then.</summary>
    public int LargestCheck => CheckSizes.Count == 0 ? 0 : CheckSizes.Max();
}
