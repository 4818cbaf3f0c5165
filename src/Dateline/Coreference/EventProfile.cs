using System.Collections.Immutable;

namespace Dateline.Coreference;

/// <summary>
/// What the event linker knows of one event mention, whatever produced it (our <c>EventCoder</c>, or a gold
/// mention in an evaluation): the trigger, the PLOVER type when known, participants as entity keys, the date
/// as a TIMEX3 value at its precision, the place, the article and its story, and the content words around
/// the trigger. Pure data: the store builds it from a stored mention, the linker only reads it.
/// </summary>
public sealed record EventProfile
{
    /// <summary>Unique id of the mention ("article 12, e3").</summary>
    public required string Id { get; init; }

    public required string DocumentId { get; init; }

    /// <summary>The story the article was linked to, when stories are known.</summary>
    public string? StoryId { get; init; }

    /// <summary>The trigger as written ("held talks with", "earthquake").</summary>
    public required string Trigger { get; init; }

    /// <summary>The head lemma of the trigger, lower case ("meet", "earthquake").</summary>
    public required string TriggerLemma { get; init; }

    /// <summary>UPOS of the trigger head ("VERB", "NOUN"), when known.</summary>
    public string? TriggerPos { get; init; }

    /// <summary>The trigger is in one of its article's first two sentences (headline and lead), where reports state
    /// the story's main happening: a feature of the learned decision (<see cref="EventDecisionModel"/>).</summary>
    public bool Lead { get; init; }

    /// <summary>PLOVER type (CONSULT, ASSAULT, ...) when an event coder gave one, else null.</summary>
    public string? EventClass { get; init; }

    public ImmutableArray<EventParticipant> Participants { get; init; } = [];

    /// <summary>TIMEX3 value ("2019-05-16", "2019-W21", "2019-05") or null when no date is known.</summary>
    public string? Time { get; init; }

    /// <summary>The date was worked out from words with no number in them ("on Wednesday", "yesterday") against the
    /// publication date, so it may be a day or two off: a disagreement with another report's day is then tolerated.</summary>
    public bool TimeRelative { get; init; }

    /// <summary>The place as named ("Rome"), lower-cased key compared, and its ISO3 country.</summary>
    public string? Place { get; init; }

    public string? PlaceCountry { get; init; }

    /// <summary>The place is the event's own as the coder read it ("met Conte in Rome", the dateline), not merely the
    /// first place the sentence names: only such places can veto a join (<see cref="EventLinkerOptions.VetoOtherCountry"/>).</summary>
    public bool PlaceStated { get; init; }

    /// <summary>Keys of the article's main actors (its most mentioned entities), whatever the sentence names: two
    /// reports of one happening share them even when a sentence names no participant.</summary>
    public ImmutableArray<string> ArticleActors { get; init; } = [];

    /// <summary>The trigger's own agent and patient from the dependency parse, role-tagged ("a:police", "p:reid", and an
    /// entity's key for a name; <see cref="EventArguments"/>): extra evidence beside the participants, which stay the
    /// coder's sources and targets.</summary>
    public ImmutableArray<string> Arguments { get; init; } = [];

    /// <summary>Content lemmas of the sentence around the trigger (no stop words), the mention's context.</summary>
    public ImmutableArray<string> Context { get; init; } = [];
}
