namespace Dateline.Ingest;

public enum IngestStatus
{
    /// <summary>Stored as a new article.</summary>
    Ingested,

    /// <summary>Stored, and linked to an earlier near copy (syndicated, the same wire story).</summary>
    NearDuplicate,

    /// <summary>The same content is already stored: nothing written.</summary>
    Duplicate,

    /// <summary>Another worker sharing the store is ingesting the same content: nothing written here.</summary>
    ClaimedElsewhere,

    /// <summary>Not an article that could be read: nothing written, reason given.</summary>
    Rejected,
}

/// <summary>What happened to one input (a file, or one record of a multi-record file).</summary>
public sealed record IngestOutcome(
    string Path,
    int? Record,
    IngestStatus Status,
    long? ArticleId = null,
    long? DuplicateOf = null,
    double? Similarity = null,
    string? Title = null,
    string? Code = null,
    string? Reason = null,
    IReadOnlyList<string>? Warnings = null);
