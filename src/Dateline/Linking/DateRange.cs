using System.Globalization;
using Dateline.Coreference;

namespace Dateline.Linking;

/// <summary>
/// The days a TIMEX3 date value may denote: "2019-05-16" one day, "2019-W21" seven, "2019-05" a month, "2019-Q2",
/// "2019-SU", "2019", "201X" a decade. Two reports of one happening must have overlapping ranges: 2019-05-16 lies
/// inside 2019-W20, while 2019-05-16 and 2018-11-13 cannot be one meeting.
/// </summary>
public readonly record struct DateRange(DateOnly First, DateOnly Last)
{
    public int Days => Last.DayNumber - First.DayNumber + 1;

    public bool Overlaps(DateRange other) => First <= other.Last && other.First <= Last;

    /// <summary>The range of a TIMEX3 date value (read by the one TIMEX3 interval parser, <see cref="TimexCompatibility"/>), null for values that are not calendar dates ("PRESENT_REF", "XXXX-WXX-4").</summary>
    public static DateRange? Parse(string? value) =>
        TimexCompatibility.Parse(value) is { } t ? new DateRange(t.Start, t.End.AddDays(-1)) : null;

    /// <summary>Both unknown or overlapping: the dates do not tell the two reports apart.</summary>
    public static bool Compatible(DateRange? a, DateRange? b) => a is null || b is null || a.Value.Overlaps(b.Value);

    /// <summary>A date taken from the publication date (no words said when) means "on or shortly before" it.</summary>
    public DateRange Loosened(int daysBefore) => new(First.AddDays(-daysBefore), Last);

    public override string ToString() => First == Last ? First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : $"{First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}..{Last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
