using System.Globalization;

namespace Dateline.Time;

/// <summary>
/// A calendar period identified by its first day and its granularity: (2019-05-13, Week) is
/// "2019-W20". Shifting keeps the granularity, which is what "a year earlier" after "the third
/// quarter" needs (1989-Q3 becomes 1988-Q3).
/// </summary>
internal readonly record struct CalendarPoint(DateOnly Day, TimePrecision Granularity)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static CalendarPoint Of(DateOnly day, TimePrecision granularity) => new(Normalise(day, granularity), granularity);

    public CalendarPoint Shift(int amount, TimePrecision unit) => Of(Add(Day, amount, unit), Granularity);

    /// <summary>The same instant seen at another granularity: (2019-05-16, Day) as Week is 2019-W20.</summary>
    public CalendarPoint As(TimePrecision granularity) => Of(Day, granularity);

    public string Format() => Granularity switch
    {
        TimePrecision.Day => Day.ToString("yyyy-MM-dd", Inv),
        TimePrecision.Week => FormatWeek(Day),
        TimePrecision.Month => Day.ToString("yyyy-MM", Inv),
        TimePrecision.Quarter => $"{Day.Year:D4}-Q{(Day.Month - 1) / 3 + 1}",
        TimePrecision.Half => $"{Day.Year:D4}-H{(Day.Month - 1) / 6 + 1}",
        TimePrecision.Decade => (Day.Year / 10).ToString("D3", Inv),
        TimePrecision.Century => (Day.Year / 100).ToString("D2", Inv),
        _ => Day.Year.ToString("D4", Inv),
    };

    public static string FormatWeek(DateOnly day)
    {
        var dt = day.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}";
    }

    /// <summary>The day moved by whole units; past either end of the calendar (year 1 or 9999: "trackless centuries" counted
    /// from an early anchor) the end itself, not an exception that loses the article.</summary>
    public static DateOnly Add(DateOnly day, int amount, TimePrecision unit)
    {
        try
        {
            return AddUnchecked(day, amount, unit);
        }
        catch (ArgumentOutOfRangeException)
        {
            return amount > 0 ? DateOnly.MaxValue : DateOnly.MinValue;
        }
    }

    private static DateOnly AddUnchecked(DateOnly day, int amount, TimePrecision unit) => unit switch
    {
        TimePrecision.Day => day.AddDays(amount),
        TimePrecision.Week => day.AddDays(7 * amount),
        TimePrecision.Month => day.AddMonths(amount),
        TimePrecision.Quarter => day.AddMonths(3 * amount),
        TimePrecision.Half => day.AddMonths(6 * amount),
        TimePrecision.Year => day.AddYears(amount),
        TimePrecision.Decade => day.AddYears(10 * amount),
        TimePrecision.Century => day.AddYears(100 * amount),
        _ => day,
    };

    private static DateOnly Normalise(DateOnly day, TimePrecision granularity) => granularity switch
    {
        TimePrecision.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        TimePrecision.Month => new DateOnly(day.Year, day.Month, 1),
        TimePrecision.Quarter => new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1),
        TimePrecision.Half => new DateOnly(day.Year, (day.Month - 1) / 6 * 6 + 1, 1),
        TimePrecision.Year => new DateOnly(day.Year, 1, 1),
        TimePrecision.Decade => new DateOnly(Math.Max(1, day.Year / 10 * 10), 1, 1),
        TimePrecision.Century => new DateOnly(Math.Max(1, day.Year / 100 * 100), 1, 1),
        _ => day,
    };
}
