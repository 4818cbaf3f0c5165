using System.Collections.Immutable;

namespace Dateline.Events;

/// <summary>
/// The event's confidence, 0..1, as the product of its parts: how certain the trigger is as an event
/// word, how complete the arguments are (source and target found), how long the parse paths to them
/// are; <see cref="Explanation"/> says it in words.
/// </summary>
public sealed record EventConfidence(double Value, double Trigger, double Arguments, double Path, string Explanation);
