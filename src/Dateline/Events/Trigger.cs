using System.Collections.Immutable;

namespace Dateline.Events;

/// <summary>One row of data/events/triggers.tsv: the lemmas (head first), part of speech, PLOVER type, mode, context, CAMEO code, argument roles and certainty.</summary>
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
}
