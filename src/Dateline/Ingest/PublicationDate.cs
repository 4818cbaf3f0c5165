using System.Globalization;

namespace Dateline.Ingest;

/// <summary>
/// Normalises a publication date given as metadata ("2019-05-16 10:00:00", "2019-05-16T10:00:00+02:00",
/// "16 May 2019", "May 16, 2019") to ISO-8601: a date, or a date-time with its offset when one is given.
/// </summary>
public static class PublicationDate
{
    private static readonly string[] DayFormats =
    [
        "yyyy-MM-dd", "yyyy/MM/dd", "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "dd.MM.yyyy", "d.M.yyyy",
        "yyyyMMdd",
    ];

    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
    ];

    public static string? Normalize(string text)
    {
        var s = text.Trim();
        if (s.Length == 0) return null;
        var inv = CultureInfo.InvariantCulture;
        // Strings with an explicit offset or Z keep it.
        if ((s.EndsWith('Z') || HasOffset(s)) && DateTimeOffset.TryParse(s, inv, DateTimeStyles.None, out var dto))
            return dto.ToString("yyyy-MM-dd'T'HH:mm:ssK", inv).Replace("+00:00", "Z", StringComparison.Ordinal);
        if (DateTime.TryParseExact(s, DateTimeFormats, inv, DateTimeStyles.None, out var dt))
            return dt.ToString("yyyy-MM-dd'T'HH:mm:ss", inv);
        if (DateTime.TryParseExact(s, DayFormats, inv, DateTimeStyles.AllowWhiteSpaces, out var day))
            return day.ToString("yyyy-MM-dd", inv);
        return null;
    }

    private static bool HasOffset(string s) =>
        s.Length > 16 && s[10] == 'T' && (s.LastIndexOf('+') > 10 || s.LastIndexOf('-') > 10);
}
