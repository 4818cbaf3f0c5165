using System.Globalization;
using System.Text.RegularExpressions;

namespace Dateline.Extraction.Rules;

/// <summary>
/// Finds one explicit calendar date in a short piece of text ("16 May 2019", "May 16, 2019",
/// "16.05.2019", "2019-05-16", "16. Mai 2019", "16 de mayo de 2019") and returns it as ISO-8601.
/// Dates without a year are not returned: a publication date needs one.
/// </summary>
public static partial class TextDateParser
{
    /// <summary>Month names and abbreviations (English, German, French, Spanish) to month numbers.</summary>
    public static readonly IReadOnlyDictionary<string, int> MonthNames = BuildMonths();

    [GeneratedRegex(@"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex DottedDate();

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(\p{L}{3,10})\.?,?\s+(?:de\s+)?(\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    /// <summary>The first explicit date in <paramref name="text"/> as "yyyy-MM-dd", or null.</summary>
    public static string? FindIsoDate(string text)
    {
        var best = (Index: int.MaxValue, Value: (string?)null);
        void Consider(int index, int year, int month, int day)
        {
            if (index >= best.Index) return;
            if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return;
            best = (index, new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        foreach (Match m in IsoDate().Matches(text))
            Consider(m.Index, Int(m.Groups[1]), Int(m.Groups[2]), Int(m.Groups[3]));
        // Day first: the European order of our sources ("16.05.2019", "16/05/2019").
        foreach (Match m in DottedDate().Matches(text))
            Consider(m.Index, Int(m.Groups[3]), Int(m.Groups[2]), Int(m.Groups[1]));
        foreach (Match m in DayMonthYear().Matches(text))
            if (MonthNames.TryGetValue(m.Groups[2].Value.ToLowerInvariant(), out int month))
                Consider(m.Index, Int(m.Groups[3]), month, Int(m.Groups[1]));
        foreach (Match m in MonthDayYear().Matches(text))
            if (MonthNames.TryGetValue(m.Groups[1].Value.ToLowerInvariant(), out int month))
                Consider(m.Index, Int(m.Groups[3]), month, Int(m.Groups[2]));
        return best.Value;
    }

    /// <summary>
    /// Normalises a machine date from a meta tag or attribute ("2019-05-16T10:30:00+02:00",
    /// "2019-05-16", "20190516", "Thu, 16 May 2019 08:00:00 GMT") to ISO-8601, keeping time and offset when given.
    /// </summary>
    public static string? NormaliseMachineDate(string raw)
    {
        var value = raw.Trim();
        if (value.Length == 0) return null;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dto) && value.Length > 10 && HasTime(value))
        {
            bool hasOffset = value.EndsWith('Z') || Regex.IsMatch(value, @"[+-]\d{2}:?\d{2}$|GMT|UTC", RegexOptions.CultureInvariant);
            return hasOffset
                ? dto.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
                : dto.DateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        }
        if (value.Length == 8 && DateOnly.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var compact))
            return compact.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return FindIsoDate(value);
    }

    private static bool HasTime(string value) => value.Contains(':', StringComparison.Ordinal);

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        string[][] names =
        [
            ["january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene"],
            ["february", "feb", "februar", "feber", "février", "févr", "fevrier", "febrero"],
            ["march", "mar", "märz", "maerz", "mars", "marzo"],
            ["april", "apr", "avril", "avr", "abril", "abr"],
            ["may", "mai", "mayo"],
            ["june", "jun", "juni", "juin", "junio"],
            ["july", "jul", "juli", "juillet", "juil", "julio"],
            ["august", "aug", "août", "aout", "agosto", "ago"],
            ["september", "sep", "sept", "septembre", "septiembre"],
            ["october", "oct", "oktober", "okt", "octobre", "octubre"],
            ["november", "nov", "novembre", "noviembre"],
            ["december", "dec", "dezember", "dez", "décembre", "déc", "decembre", "diciembre", "dic"],
        ];
        for (int i = 0; i < names.Length; i++)
            foreach (var n in names[i]) months[n] = i + 1;
        return months;
    }
}
