using System.Globalization;
using System.Text.RegularExpressions;

namespace Dateline.Linking;

/// <summary>
/// The days a TIMEX3 date value may denote: "2019-05-16" one day, "2019-W21" seven, "2019-05" a month, "2019-Q2",
/// "2019-SU", "2019", "201X" a decade. Two reports of one happening must have overlapping ranges: 2019-05-16 lies
/// inside 2019-W20, while 2019-05-16 and 2018-11-13 cannot be one meeting.
/// </summary>
public readonly partial record struct DateRange(DateOnly First, DateOnly Last)
{
    [GeneratedRegex(@"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})|-Q([1-4])|-H([12])|-(SP|SU|FA|WI))?(?:T.*)?$")]
    private static partial Regex Value();

    [GeneratedRegex(@"^(\d{3})X$")]
    private static partial Regex Decade();

    public int Days => Last.DayNumber - First.DayNumber + 1;

    public bool Overlaps(DateRange other) => First <= other.Last && other.First <= Last;

    /// <summary>The range of a TIMEX3 date value, null for values that are not calendar dates ("PRESENT_REF", "XXXX-WXX-4").</summary>
    public static DateRange? Parse(string? value)
    {
        if (string.IsNullOrEmpty(value)) return null;
        if (Decade().Match(value) is { Success: true } d)
        {
            int start = int.Parse(d.Groups[1].Value, CultureInfo.InvariantCulture) * 10;
            return new DateRange(new DateOnly(start, 1, 1), new DateOnly(start + 9, 12, 31));
        }
        var m = Value().Match(value);
        if (!m.Success) return null;
        int year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        if (year is < 1 or > 9998) return null;
        try
        {
            if (m.Groups[3].Success)
            {
                var day = new DateOnly(year, Int(m, 2), Int(m, 3));
                return new DateRange(day, day);
            }
            if (m.Groups[2].Success)
            {
                var first = new DateOnly(year, Int(m, 2), 1);
                return new DateRange(first, first.AddMonths(1).AddDays(-1));
            }
            if (m.Groups[4].Success)
            {
                var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, Int(m, 4), DayOfWeek.Monday));
                return new DateRange(monday, monday.AddDays(6));
            }
            if (m.Groups[5].Success) return Months(year, (Int(m, 5) - 1) * 3 + 1, 3);
            if (m.Groups[6].Success) return Months(year, Int(m, 6) == 1 ? 1 : 7, 6);
            if (m.Groups[7].Success)
                return m.Groups[7].Value switch
                {
                    "SP" => Months(year, 3, 3),
                    "SU" => Months(year, 6, 3),
                    "FA" => Months(year, 9, 3),
                    _ => new DateRange(new DateOnly(year, 12, 1), new DateOnly(year + 1, 2, 28)),
                };
            return new DateRange(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;  // "2019-02-30": not a day
        }
    }

    /// <summary>Both unknown or overlapping: the dates do not tell the two reports apart.</summary>
    public static bool Compatible(DateRange? a, DateRange? b) => a is null || b is null || a.Value.Overlaps(b.Value);

    /// <summary>A date taken from the publication date (no words said when) means "on or shortly before" it.</summary>
    public DateRange Loosened(int daysBefore) => new(First.AddDays(-daysBefore), Last);

    public override string ToString() => First == Last ? First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : $"{First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}..{Last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    private static DateRange Months(int year, int month, int count)
    {
        var first = new DateOnly(year, month, 1);
        return new DateRange(first, first.AddMonths(count).AddDays(-1));
    }

    private static int Int(Match m, int group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
}
