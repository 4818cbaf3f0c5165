namespace Dateline.Linking;

/// <summary>A story as stored in its node: a title (its first article's), its date span, and the actors its articles share.</summary>
public sealed class StorySummary
{
    public string Title { get; set; } = "";

    /// <summary>Publication dates (yyyy-MM-dd) of its first and last article, when known.</summary>
    public string? First { get; set; }

    public string? Last { get; set; }

    public int Articles { get; set; }

    /// <summary>Entity id → number of its articles naming it (the strongest kept).</summary>
    public Dictionary<long, int> Entities { get; set; } = [];

    public const int MaxEntities = 64;
}
