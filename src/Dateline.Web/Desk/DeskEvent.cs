namespace Dateline.Web.Desk;

/// <summary>
/// An event as the desk shows it: PRODUCT.md's event JSON (PLOVER record extended with cameo, status, confidence,
/// date {value, precision, text} and mentions). Until events merge across documents, one per document event.
/// </summary>
public sealed record DeskEvent
{
    public required string Id { get; init; }
    public required string Event { get; init; }
    public string? Mode { get; init; }
    public string? Context { get; init; }
    public IReadOnlyList<string> Source { get; init; } = [];
    public IReadOnlyList<string> Target { get; init; } = [];
    public EventDate? Date { get; init; }
    public string? EventLoc { get; init; }
    public string? Cameo { get; init; }
    public string? Status { get; init; }
    public double? Confidence { get; init; }
    public IReadOnlyList<EventCitation> Mentions { get; init; } = [];

    /// <summary>The day the event is drawn at: its own date, else the publication date of its first source.</summary>
    public DateOnly? Day { get; init; }
}

public sealed record EventDate(string? Value, string? Precision, string? Text);

/// <summary>A sentence reporting an event: PRODUCT.md's {document, start, end, quote}, with where it was published.</summary>
public sealed record EventCitation(long Document, int Start, int End, string Quote)
{
    public string? Outlet { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? Published { get; init; }
}
