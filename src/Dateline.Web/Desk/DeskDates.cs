using System.Globalization;

namespace Dateline.Web.Desk;

/// <summary>Calendar values to days: "2019-04-04", "2019-04" (its first day), "2019-W21" (its Monday), "2019" (1 January); the rest give null.</summary>
public static class DeskDates
{
    public static DateOnly? Day(string? value)
    {
        if (string.IsNullOrEmpty(value)) return null;
        var v = value.Length >= 10 ? value[..10] : value;
        if (DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        if (DateOnly.TryParseExact(v, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out d)) return d;
        // ISO week ("next week" resolves to one): drawn at its Monday.
        if (v.Length >= 8 && v[4] == '-' && v[5] == 'W' && int.TryParse(v.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int y) &&
            int.TryParse(v.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int w) && y >= 1 && w >= 1 && w <= ISOWeek.GetWeeksInYear(y))
            return DateOnly.FromDateTime(ISOWeek.ToDateTime(y, w, DayOfWeek.Monday));
        if (v.Length == 4 && DateOnly.TryParseExact(v, "yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out d)) return d;
        return null;
    }

    /// <summary>A filter bound: the first day it names (from) or the last (to); false when it is not a date.</summary>
    public static bool TryBound(string value, bool end, out DateOnly day)
    {
        day = default;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day)) return true;
        if (DateOnly.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            if (end) day = day.AddMonths(1).AddDays(-1);
            return true;
        }
        if (value.Length == 4 && DateOnly.TryParseExact(value, "yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            if (end) day = new DateOnly(day.Year, 12, 31);
            return true;
        }
        return false;
    }
}
