using System.Collections.Immutable;

namespace Dateline.Events;

/// <summary>
/// One coded event, shaped as PLOVER's record (id, event, mode, context, source, target, date, eventLoc)
/// extended as PRODUCT.md says: cameo, status, attribution, confidence, and the sentence(s) that report it.
/// JSON names are camelCase through the store's serializer options.
/// </summary>
public sealed record EventMention
{
    /// <summary>Unique within the document ("e1", "e2", ...); the CLI prefixes the article id.</summary>
    public required string Id { get; init; }

    /// <summary>PLOVER event type: CONSULT, REQUEST, REJECT, ASSAULT, ...</summary>
    public required string Event { get; init; }

    /// <summary>PLOVER mode where the trigger defines one ("meeting", "visit", "phone"), else null.</summary>
    public string? Mode { get; init; }

    /// <summary>PLOVER context ("diplomatic", "military", ...), from the trigger.</summary>
    public ImmutableArray<string> Context { get; init; } = [];

    public ImmutableArray<EventActor> Source { get; init; } = [];

    /// <summary>Every target of the event: "met Pinotti, Graziano and Minniti" is one event with three targets.</summary>
    public ImmutableArray<EventActor> Target { get; init; } = [];

    public required EventDate Date { get; init; }

    public required EventPlace EventLoc { get; init; }

    /// <summary>The CAMEO code of the trigger (for GDELT-style export), e.g. "040".</summary>
    public required string Cameo { get; init; }

    /// <summary>One of <see cref="EventStatus"/>: happened, planned, denied, negated, hypothetical, claimed.</summary>
    public required string Status { get; init; }

    /// <summary>What made the status ("future auxiliary 'will'", "negation 'not'").</summary>
    public string? StatusReason { get; init; }

    /// <summary>Who reports it ("officials" in "..., officials said"; "Conte" in "Conte said he urged ..."), when the sentence says.</summary>
    public EventAttribution? Attribution { get; init; }

    public required EventConfidence Confidence { get; init; }

    /// <summary>The trigger as written ("held talks with", "urged") and its span over Document.Text.</summary>
    public required string Trigger { get; init; }

    public required int TriggerStart { get; init; }

    public required int TriggerEnd { get; init; }

    /// <summary>
    /// For the reverse reading of a pattern with two codes ("A left for B": A visits B, and B hosts A), the id of the
    /// event it mirrors; null otherwise.
    /// </summary>
    public string? ReverseOf { get; init; }

    /// <summary>The numbers the sentence gives about the event ("killing 12 civilians", "lasted two hours"), each with what it counts.</summary>
    public ImmutableArray<EventFigure> Figures { get; init; } = [];

    /// <summary>Every sentence reporting the event: spans over Document.Text, quote == Text[start..end).</summary>
    public ImmutableArray<EventCitation> Mentions { get; init; } = [];
}
