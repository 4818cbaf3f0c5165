using System.Globalization;
using Dateline.Time;

namespace Dateline.Coreference;

/// <summary>The days a TIMEX3 value covers, [Start, End) with End exclusive, and the precision it was written at.</summary>
public readonly record struct TimexInterval(DateOnly Start, DateOnly End, TimePrecision Precision)
{
    public int Days => End.DayNumber - Start.DayNumber;

    public override string ToString() =>
        $"{Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}..{End.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} ({Precision})";
}
