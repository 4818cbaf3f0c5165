using System.Collections.Immutable;

namespace Dateline.Events;

/// <summary>
/// One row of data/events/triggers.tsv (or one imported CAMEO verb pattern): the lemmas (head first), part of speech,
/// PLOVER type, mode, context, CAMEO code, argument roles and certainty. The optional parts come from verb patterns:
/// words that must come before the head ("heavily criticised"), the code of the reverse reading (target to source:
/// "arrived in" 032 one way, 033 the other), a compound reading (coordinated subjects code each other: "A and B
/// agree"), and slots that say where the source or target is found.
/// </summary>
public sealed record Trigger(
    ImmutableArray<string> Lemmas,
    bool IsNoun,
    string Event,
    string? Mode,
    ImmutableArray<string> Context,
    string Cameo,
    string SourceRole,
    ImmutableArray<string> TargetRoles,
    double Certainty)
{
    public string Head => Lemmas[0];

    /// <summary>Words that must precede the head within its sentence, in order ("heavily unjustly" before "criticized").</summary>
    public ImmutableArray<string> Before { get; init; } = [];

    /// <summary>
    /// For each word after the head (Lemmas[1..]): it must follow the word before it (the head for the first) directly,
    /// PETRARCH's '_' connector ("NEW_&amp;TIETYPES_RELATIONS": "new economic relations", not "new global economic
    /// relations"). Empty: any word may come between, as a space allows.
    /// </summary>
    public ImmutableArray<bool> AdjacentAfter { get; init; } = [];

    /// <summary>For each word of <see cref="Before"/>: it must come directly before the next one (the head for the last).</summary>
    public ImmutableArray<bool> AdjacentBefore { get; init; } = [];

    /// <summary>The CAMEO code of the reverse reading (target acting on source: a visit made is a visit hosted), or null.</summary>
    public string? ReverseCameo { get; init; }

    /// <summary>Coordinated subjects act on each other, both ways ("Gondor and Osgiliath have delayed their meeting").</summary>
    public bool Compound { get; init; }

    /// <summary>Where the source is, when a pattern says so; null for the default (the subject).</summary>
    public TriggerSlot? SourceSlot { get; init; }

    /// <summary>Where the target is, when a pattern says so; null for the default roles.</summary>
    public TriggerSlot? TargetSlot { get; init; }

    /// <summary>Words in all, and one for a compound reading: the longest (most specific) pattern is tried first.</summary>
    public int Weight => Lemmas.Length + Before.Length + (Compound ? 1 : 0);
}
