namespace Dateline.Events;

/// <summary>The event's date: a TIMEX3 value ("2019-05-16", "2019-W21"), its precision, the words it came from (null when the publication date was used) and why.</summary>
public sealed record EventDate(string? Value, string? Precision, string? Text, string Reason);
