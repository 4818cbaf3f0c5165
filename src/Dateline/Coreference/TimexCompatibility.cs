using System.Globalization;
using Dateline.Time;

namespace Dateline.Coreference;

/// <summary>
/// Whether two event dates, each a TIMEX3 value at its own precision, can be the same happening:
/// "2019-05-16" lies inside "2019-W20" and "2019-05" (compatible), "2019-05-16" and "2019-05-17" are
/// two days (incompatible), "2019" and "2018" two years. Values with no calendar interval
/// ("PRESENT_REF", "XXXX-WXX-4", durations) are <see cref="TimexRelation.Unknown"/>: neither for nor against.
/// </summary>
public static class TimexCompatibility
{
    /// <summary>The calendar interval of a TIMEX3 date value: day, ISO week, weekend, month, quarter, half,
    /// season, year, decade ("201X"), century ("20"); a time of day counts as its day. Null for anything else.</summary>
    public static TimexInterval? Parse(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length < 2 || !char.IsAsciiDigit(value[0])) return null;
        // A date-time ("2019-05-16T10:00", "2019-05-16TMO") is its day.
        int t = value.IndexOf('T', StringComparison.Ordinal);
        if (t > 0) value = value[..t];
        try
        {
            return ParseDate(value);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static TimexInterval? ParseDate(string v)
    {
        if (v.Length == 2 && Digits(v, out int century))
            return Span(new DateOnly(Math.Max(1, century * 100), 1, 1), new DateOnly(century * 100 + 100, 1, 1), TimePrecision.Century);
        if (v.Length == 4 && v[3] == 'X' && Digits(v[..3], out int decade))
            return Span(new DateOnly(Math.Max(1, decade * 10), 1, 1), new DateOnly(decade * 10 + 10, 1, 1), TimePrecision.Decade);
        if (v.Length < 4 || !Digits(v[..4], out int year) || year < 1) return null;
        var jan1 = new DateOnly(year, 1, 1);
        if (v.Length == 4) return Span(jan1, jan1.AddYears(1), TimePrecision.Year);
        if (v[4] != '-') return null;
        var rest = v[5..];
        if (rest.Length == 2 && Digits(rest, out int month) && month is >= 1 and <= 12)
        {
            var first = new DateOnly(year, month, 1);
            return Span(first, first.AddMonths(1), TimePrecision.Month);
        }
        if (rest.Length == 5 && rest[2] == '-' && Digits(rest[..2], out month) && Digits(rest[3..], out int day))
        {
            if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
            var d = new DateOnly(year, month, day);
            return Span(d, d.AddDays(1), TimePrecision.Day);
        }
        if (rest.Length >= 3 && rest[0] == 'W' && Digits(rest[1..3], out int week) && week is >= 1 and <= 53 && week <= ISOWeek.GetWeeksInYear(year))
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
            if (rest.Length == 3) return Span(monday, monday.AddDays(7), TimePrecision.Week);
            if (rest is [_, _, _, '-', 'W', 'E']) return Span(monday.AddDays(5), monday.AddDays(7), TimePrecision.Week);
            // "2019-W20-4": the Thursday of that week.
            if (rest.Length == 5 && rest[3] == '-' && rest[4] is >= '1' and <= '7')
            {
                var d = monday.AddDays(rest[4] - '1');
                return Span(d, d.AddDays(1), TimePrecision.Day);
            }
            return null;
        }
        if (rest.Length == 2 && rest[0] == 'Q' && rest[1] is >= '1' and <= '4')
        {
            var first = new DateOnly(year, (rest[1] - '1') * 3 + 1, 1);
            return Span(first, first.AddMonths(3), TimePrecision.Quarter);
        }
        if (rest is "H1" or "H2")
        {
            var first = new DateOnly(year, rest == "H1" ? 1 : 7, 1);
            return Span(first, first.AddMonths(6), TimePrecision.Half);
        }
        // Northern seasons, as TimeML writes them; winter runs from December into the next year.
        int? seasonStart = rest switch { "SP" => 3, "SU" => 6, "FA" => 9, "WI" => 12, _ => null };
        if (seasonStart is int m)
        {
            var first = new DateOnly(year, m, 1);
            return Span(first, first.AddMonths(3), TimePrecision.Season);
        }
        return null;
    }

    /// <summary>How <paramref name="a"/> relates to <paramref name="b"/> (Inside: a lies in b).</summary>
    public static TimexRelation Compare(string? a, string? b)
    {
        var x = Parse(a);
        var y = Parse(b);
        return x is null || y is null ? TimexRelation.Unknown : Compare(x.Value, y.Value);
    }

    public static TimexRelation Compare(TimexInterval a, TimexInterval b)
    {
        if (a.Start == b.Start && a.End == b.End) return TimexRelation.Same;
        if (a.End <= b.Start || b.End <= a.Start) return TimexRelation.Disjoint;
        if (a.Start >= b.Start && a.End <= b.End) return TimexRelation.Inside;
        if (b.Start >= a.Start && b.End <= a.End) return TimexRelation.Contains;
        return TimexRelation.Overlaps;
    }

    /// <summary>False only when the two values are known to share no day.</summary>
    public static bool AreCompatible(string? a, string? b) => Compare(a, b) != TimexRelation.Disjoint;

    /// <summary>Days between the two intervals (0 when they share a day), null when either has no interval.</summary>
    public static int? GapDays(string? a, string? b)
    {
        var x = Parse(a);
        var y = Parse(b);
        if (x is null || y is null) return null;
        var (p, q) = (x.Value, y.Value);
        if (p.End <= q.Start) return q.Start.DayNumber - p.End.DayNumber + 1;
        if (q.End <= p.Start) return p.Start.DayNumber - q.End.DayNumber + 1;
        return 0;
    }

    /// <summary>"2019-05-16 ⊂ 2019-W20", "2019-05-16 ≠ 2019-05-17", for explanations.</summary>
    public static string Describe(string? a, string? b, TimexRelation relation) => relation switch
    {
        TimexRelation.Same => $"{a} = {b}",
        TimexRelation.Inside => $"{a} ⊂ {b}",
        TimexRelation.Contains => $"{a} ⊃ {b}",
        TimexRelation.Overlaps => $"{a} overlaps {b}",
        TimexRelation.Disjoint => $"{a} ≠ {b}",
        _ => $"{a ?? "?"} ~ {b ?? "?"}",
    };

    private static TimexInterval Span(DateOnly start, DateOnly end, TimePrecision precision) => new(start, end, precision);

    private static bool Digits(string s, out int value) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
