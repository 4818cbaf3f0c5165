namespace Dateline.Export;

/// <summary>An article an exported event cites: its metadata, when it was stored, its length, and per event mention (by the in-document id, "e1") the details only the document knows.</summary>
public sealed record ExportArticle(long Id)
{
    public string? Title { get; init; }

    public string? Url { get; init; }

    public string? Outlet { get; init; }

    /// <summary>ISO-8601 date or date-time, as the metadata gives it.</summary>
    public string? Published { get; init; }

    public string? Language { get; init; }

    /// <summary>When Dateline stored it: GDELT's DATEADDED and MentionTimeDate.</summary>
    public DateTimeOffset? IngestedAt { get; init; }

    /// <summary>Characters of the clean body (GDELT's MentionDocLen).</summary>
    public int? TextLength { get; init; }

    /// <summary>The original this article is a syndicated copy of.</summary>
    public long? CopyOf { get; init; }

    public IReadOnlyDictionary<string, ExportMentionDetail> Mentions { get; init; } = new Dictionary<string, ExportMentionDetail>(StringComparer.Ordinal);
}
