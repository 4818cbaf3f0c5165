using System.Globalization;
using System.Text.RegularExpressions;

namespace Dateline.Places;

/// <summary>Reads the dateline at the start of an article body: "ROME, May 16 -", "TRIPOLI, Libya (AP) —", "BENGHAZI (Reuters) -".</summary>
public static partial class DatelineReader
{
    public static DatelineMatch? Read(string text)
    {
        var m = Pattern().Match(text);
        if (!m.Success) return null;
        var city = m.Groups["city"];
        var raw = city.Value.TrimEnd();
        // A dateline city is written in capitals; "Officials said, ..." at the start of a text is not one.
        if (raw.Length < 2 || raw.ToUpperInvariant() != raw) return null;
        var name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(raw.ToLowerInvariant());
        var qualifier = m.Groups["qual"].Success ? m.Groups["qual"].Value.Trim().TrimEnd('.') : null;
        return new DatelineMatch(name, city.Index, city.Index + raw.Length, qualifier is { Length: > 0 } ? qualifier : null);
    }

    // CITY[, Qualifier][ (Agency)] then a dash, an opening parenthesis or the end of the place line.
    [GeneratedRegex(@"\A\s*(?<city>[A-Z][A-Za-z .'-]{1,40}?)\s*(?:,\s*(?<qual>[A-Z][A-Za-z0-9 .'-]{1,40}?))?\s*(?:\(|—|–|-\s|,)")]
    private static partial Regex Pattern();
}
