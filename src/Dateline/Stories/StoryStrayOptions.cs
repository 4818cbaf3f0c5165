namespace Dateline.Stories;

/// <summary>
/// When <see cref="StoryStrayFinder"/> moves one article out of its story: its score against another story beats its
/// score against its own story (without it) by <see cref="Margin"/>, or its own score is below <see cref="Floor"/>
/// (or <see cref="Relative"/> of the median member's) and no other story takes it (it starts a story of its own). Chosen on
/// the ECB+ training topics, seeds 1-3 (`dateline eval coref --split-grid`, src/Dateline/Stories/README.md).
/// </summary>
public sealed record StoryStrayOptions
{
    public static StoryStrayOptions Default { get; } = new();

    /// <summary>How far another story must score above the article's own story (without it) for the article to move.</summary>
    public double Margin { get; init; } = 0.1;

    /// <summary>Below this against its own story (without it) an article leaves even when no other story takes it.</summary>
    public double Floor { get; init; } = 0.05;

    /// <summary>At most this many articles move at one check, so a loose story is not taken apart one article at a time.</summary>
    public int MaxMoves { get; init; } = 3;

    /// <summary>An article also leaves alone when its own score is below this share of the median of the other
    /// members' own scores (0: off): a story's looseness sets what "far below" means.</summary>
    public double Relative { get; init; } = 0.3;
}
