namespace Dateline.Events;

/// <summary>
/// A sentence reporting an event: span over Document.Text and the quote (== Text[Start..End)); <see cref="Document"/> is
/// the article id when printed from a store. A headline or caption that reports it has <see cref="Part"/> "title" or
/// "caption" (<see cref="PartIndex"/> = which caption), and its span is over that text, not the body.
/// </summary>
public sealed record EventCitation(int Start, int End, string Quote)
{
    public long? Document { get; init; }

    /// <summary>Null for the body; "title" or "caption".</summary>
    public string? Part { get; init; }

    /// <summary>The caption's index in Document.Captions; null otherwise.</summary>
    public int? PartIndex { get; init; }
}
