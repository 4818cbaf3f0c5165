namespace Dateline.Export;

/// <summary>An event's date: the TIMEX3 value most reports give, its precision (day, week, month, ...), and the words of a report that said it (null when reports only had their publication date).</summary>
public sealed record PloverDate(string? Value, string? Precision, string? Text);
