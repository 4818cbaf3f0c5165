namespace Dateline.Export;

/// <summary>
/// One report of the event: `document` (the article id), `start`/`end` over the article's clean text and `quote`
/// (== text[start..end)), as PRODUCT.md's mentions; plus the article's outlet, date, URL and title, whether it is a
/// syndicated copy, the sentence number, what this report says (status, date, place, who it is attributed to),
/// its confidence and why it was linked to the event.
/// </summary>
public sealed record PloverMention
{
    public required long Document { get; init; }

    public int? Start { get; init; }

    public int? End { get; init; }

    public string? Quote { get; init; }

    /// <summary>The event's id inside the article ("e1"), as `dateline show ID --json` lists it.</summary>
    public required string EventId { get; init; }

    public string? Outlet { get; init; }

    public string? Published { get; init; }

    public string? Url { get; init; }

    public string? Title { get; init; }

    public bool Copy { get; init; }

    public int? Sentence { get; init; }

    public required string Status { get; init; }

    public string? Date { get; init; }

    public string? Place { get; init; }

    public string? Attribution { get; init; }

    public double Confidence { get; init; }

    public required string Reason { get; init; }
}
