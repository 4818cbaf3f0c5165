using Dateline.Stories;

namespace Dateline.Linking;

/// <summary>
/// A story as stored in its node: what people are shown (a title, its first article's; its date span; its actors)
/// and what <see cref="StoryLinker"/> decides on (<see cref="Summary"/>: the bounded centroid of its articles).
/// </summary>
public sealed class StoredStory
{
    public string Title { get; set; } = "";

    /// <summary>Publication dates (yyyy-MM-dd) of its first and last article, when known.</summary>
    public string? First { get; set; }

    public string? Last { get; set; }

    public int Articles { get; set; }

    /// <summary>Entity id → number of its articles naming it (the strongest kept).</summary>
    public Dictionary<long, int> Entities { get; set; } = [];

    /// <summary>The story linker's summary (terms, entities, dates, event keys); null only in a node written
    /// before schema 6 and not yet backfilled.</summary>
    public StorySummary? Summary { get; set; }

    /// <summary>The story this one was split from (<see cref="CrossDocumentLinker"/>'s story split), null for a story an article started.</summary>
    public long? SplitFrom { get; set; }

    /// <summary>What happened to the story besides articles joining it, each with its reason ("split at 10 articles: ...").</summary>
    public List<string> History { get; set; } = [];

    public const int MaxEntities = 64;
}
