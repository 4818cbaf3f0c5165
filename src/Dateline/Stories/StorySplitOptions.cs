namespace Dateline.Stories;

/// <summary>
/// When <see cref="StorySplitter"/> looks at a story and what it takes to split it. Defaults are the settings the
/// session-8 prototype chose on the ECB+ training topics (`dateline eval coref --tune stories-split-orders`):
/// checks at 6, 10, 16 and 24 articles, halves scoring below 0.35 against each other (0.45 when they tell of different
/// years, session 10; 0.75 when at least 3 in 4 articles of a half of 4 or more name that year, session 12), the smaller of at least 3.
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

    /// <summary>How much higher still the halves may score when the year clash is strong: the year named by at least
    /// <see cref="StrongYearShare"/> of a half of at least <see cref="StrongYearMinArticles"/> articles (0: no strong tier).
    /// Two happenings of one kind years apart score as high against each other as halves of one story (0.6-0.9 with the
    /// same actors and words), so only what most of a half names keeps them apart. Chosen on the ECB+ training topics,
    /// article orders 0-15 (`dateline eval coref --split-grid ".../strong=0.3,0.75,4"`, src/Dateline/Stories/README.md, session 12).</summary>
    public double StrongYearAllowance { get; init; } = 0.3;

    /// <summary>The share of a half's articles naming the clashing year for a strong year clash.</summary>
    public double StrongYearShare { get; init; } = 0.75;

    /// <summary>The fewest articles of the half naming the year for a strong year clash.</summary>
    public int StrongYearMinArticles { get; init; } = 4;

    /// <summary>Two-means rounds (the assignment settles within a few on stories of at most 24 articles).</summary>
    public int Rounds { get; init; } = 6;

    /// <summary>The threshold the halves' score against each other must be under: <see cref="SplitBelow"/>, raised by
    /// <see cref="YearClashAllowance"/> when they tell of different years.</summary>
    public double Below(bool yearClash) => SplitBelow + (yearClash ? YearClashAllowance : 0);

    /// <summary>The threshold with a strong year clash (<see cref="StrongYearAllowance"/> on top of the year clash's).</summary>
    public double Below(bool yearClash, bool strong) => Below(yearClash) + (yearClash && strong ? StrongYearAllowance : 0);

    /// <summary>Whether a story of <paramref name="articles"/> articles is looked at.</summary>
    public bool ChecksAt(int articles) => CheckSizes.Contains(articles);

    /// <summary>The largest story ever looked at: its articles' profiles must be kept until then.</summary>
    public int LargestCheck => CheckSizes.Count == 0 ? 0 : CheckSizes.Max();
}
