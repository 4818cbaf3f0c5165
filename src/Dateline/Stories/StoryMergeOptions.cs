namespace Dateline.Stories;

/// <summary>
/// When <see cref="StoryMergeFinder"/> merges two stories: both scored by the story linker as one profile against the
/// other's summary, the lower of the two directions at least <see cref="Above"/>. Chosen on the ECB+ training topics
/// (`dateline eval coref --split-grid`, src/Dateline/Stories/README.md, session 12).
/// </summary>
public sealed record StoryMergeOptions
{
    public static StoryMergeOptions Default { get; } = new();

    /// <summary>Two stories merge when each scores at least this against the other (above the split's 0.35-0.45, so
    /// the split at the next check does not undo a merge).</summary>
    public double Above { get; init; } = 0.5;

    /// <summary>The story that moves into the other has at most this many articles (the ones whose profiles are kept).</summary>
    public int MaxMoving { get; init; } = 24;

    /// <summary>Two stories that tell of different years (a year most of one's articles name, none of the other's) never merge.</summary>
    public bool YearClashBlocks { get; init; } = true;
}
