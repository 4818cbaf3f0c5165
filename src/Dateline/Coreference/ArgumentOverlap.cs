namespace Dateline.Coreference;

/// <summary>
/// What a mention's trigger arguments share with an event's (<see cref="ArgumentEvidence.Compare"/>): how many of the
/// mention's argument heads the event has (the same lemma or a related form, "quake"/"earthquake"), out of how many
/// could be shared (the smaller side), the shared words for the explanation, and a crossing: one side's trigger is an
/// argument head of the other ("the earthquake" against "a quake struck").
/// </summary>
public readonly record struct ArgumentOverlap(int Shared, int Of, IReadOnlyList<string> Words, string? Crossing)
{
    public static ArgumentOverlap None { get; } = new(0, 0, [], null);

    /// <summary>Shared heads over the smaller side, 0 when either side has none.</summary>
    public double Share => Of == 0 ? 0 : (double)Shared / Of;

    /// <summary>Both sides name arguments and share none: with the same trigger, likely two happenings ("a man was killed" vs "two women were killed").</summary>
    public bool Clash => Of > 0 && Shared == 0 && Crossing is null;
}
