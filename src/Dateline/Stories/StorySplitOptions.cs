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

    /// <summary>Neither half may be smaller: two articles that differ are not yet a story of their own.</summary>
    public int MinSide { get; init; } = 3;

    /// <summary>Two-means rounds (the assignment settles within a few on stories of at most 24 articles).</summary>
    public int Rounds { get; init; } = 6;

    /// <summary>Whether a story of <paramref name="articles"/> articles is looked at.</summary>
    public bool ChecksAt(int articles) => CheckSizes.Contains(articles);

    /// <summary>The largest story ever looked at: its articles' profiles must be kept until then.</summary>
    public int LargestCheck => CheckSizes.Count == 0 ? 0 : CheckSizes.Max();
}
