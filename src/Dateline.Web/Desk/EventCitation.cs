namespace Dateline.Web.Desk;

/// <summary>
/// A sentence reporting an event: PRODUCT.md's {document, start, end, quote} (offsets over the article's text), with
/// where it was published, whether the article is a syndicated copy, what this report says of the event, and why
/// it joined the event.
/// </summary>
public sealed record EventCitation(long Document, int Start, int End, string Quote)
{
    public string? Outlet { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? Published { get; init; }
    public bool Copy { get; init; }
    public string? Date { get; init; }
    public string? Place { get; init; }
    public string? Status { get; init; }
    public string? Attribution { get; init; }
    public double? Confidence { get; init; }
    public string? Reason { get; init; }
}
