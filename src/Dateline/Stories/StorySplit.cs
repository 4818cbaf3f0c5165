namespace Dateline.Stories;

/// <summary>
/// What <see cref="StorySplitter"/> decided for a story: the members (indices into the list it was given, in that order)
/// that leave it to start a story of their own, the score of the two halves against each other, and why.
/// </summary>
public sealed record StorySplit(IReadOnlyList<int> Leaving, int Staying, double Cross, string Explanation);
