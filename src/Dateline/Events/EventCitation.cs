namespace Dateline.Events;

/// <summary>A sentence reporting an event: span over Document.Text and the quote (== Text[Start..End)); <see cref="Document"/> is the article id when printed from a store.</summary>
public sealed record EventCitation(int Start, int End, string Quote)
{
    public long? Document { get; init; }
}
