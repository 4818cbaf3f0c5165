namespace Dateline.Events;

/// <summary>
/// Where a verb pattern puts an actor. <see cref="Subject"/>: the subject of the head (a slot first in the words before
/// the head). Otherwise the first actor after the word at <see cref="AfterWord"/> (an index into the trigger's lemmas;
/// 0 = the head itself) or, with <see cref="BeforeHead"/>, the actor nearest before the head after the word at
/// <see cref="AfterWord"/> of the words before it ("noted + *": the actor between 'noted' and the verb).
/// <see cref="Skip"/> noun phrases are passed over first (PETRARCH's '^').
/// </summary>
public sealed record TriggerSlot(bool Subject, bool BeforeHead, int AfterWord, int Skip)
{
    public static TriggerSlot OfSubject { get; } = new(true, false, 0, 0);
}
