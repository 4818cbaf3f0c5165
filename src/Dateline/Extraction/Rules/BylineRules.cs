using System.Text.RegularExpressions;

namespace Dateline.Extraction.Rules;

/// <summary>
/// Byline and dateline rules: "By Jane Doe, AFP" lines, agency datelines opening a paragraph
/// ("TRIPOLI (AFP) -", "Tripoli, May 16 (Reuters) -") and dated lines ("Published: 16 May 2019").
/// </summary>
public static partial class BylineRules
{
    public const string BylineRule = "byline";
    public const string DatedLineRule = "dated-line";

    /// <summary>News agencies recognised in bylines and datelines.</summary>
    public static readonly IReadOnlyList<string> Agencies =
    [
        "AFP", "Reuters", "AP", "Associated Press", "dpa", "Xinhua", "ANSA", "EFE", "UPI", "Anadolu", "APA", "KNA",
        "epd", "SDA", "Keystone-SDA", "TASS", "Interfax", "IANS", "PTI", "Kyodo", "Yonhap", "AA", "MENA", "LANA", "WAM", "SPA",
    ];

    /// <summary>"By Jane Doe", "By Jane Doe and John Roe, AFP", "Von Max Muster", "Par Jean Dupont", "Por Ana García".</summary>
    [GeneratedRegex(@"^(?i:by|von|par|por|written by|reporting by|text:|text von|autor:|author:|auteur\s*:|autora?:)\s+(?<name>\p{Lu}[\p{L}\p{M}.'’\-]*(\s+(\p{Lu}[\p{L}\p{M}.'’\-]*|and|und|et|y|de|van|von|al|el|bin|&|,|/)){0,10}\s*(,\s*\p{Lu}[\p{L}\-]+)?)\s*[|,;\-–—]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BylineLine();

    /// <summary>An agency in brackets at the head of a paragraph: "TRIPOLI (AFP) -", "Tripoli, May 16 (Reuters) -", "Berlin (dpa) -".</summary>
    [GeneratedRegex(@"^(?<place>[\p{Lu}][\p{L}\p{M}.'’\- ]{1,40}(,\s*[\p{L}\d. ]{1,25})?)?\s*\((?<agency>[A-Za-z][A-Za-z\-/ ]{1,24})\)\s*[-–—:]", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyDateline();

    /// <summary>A label before a publication date: "Published: ...", "Veröffentlicht am ...", "Publié le ...".</summary>
    [GeneratedRegex(@"^(published|posted|posted on|first published|date|datum|veröffentlicht|veröffentlicht am|erschienen am|publié|publié le|publicado|publicado el|fecha)\b\s*:?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublishedLabel();

    /// <summary>A label before an update date: "Updated: ...", "Aktualisiert am ...", "Mis à jour le ...".</summary>
    [GeneratedRegex(@"^(updated|last updated|last modified|aktualisiert|aktualisiert am|zuletzt aktualisiert|stand|mis à jour|mis à jour le|actualizado|actualizado el)\b\s*:?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdatedLabel();

    private static readonly char[] BylineSeparators = ['|', '·', '•'];

    /// <summary>The author named by a byline line, or null. "By Jane Doe, AFP" gives "Jane Doe, AFP".</summary>
    public static string? FindBylineAuthor(string line)
    {
        var text = line.Trim();
        if (text.Length > 120) return null;
        // "By Laura Benedetti, AFP | Mediterranean Monitor · 16 May 2019": the byline is the first part.
        int cut = text.IndexOfAny(BylineSeparators);
        if (cut > 0) text = text[..cut].Trim();
        var m = BylineLine().Match(text);
        if (!m.Success) return null;
        var name = m.Groups["name"].Value.Trim().TrimEnd(',', '|', '-', ' ');
        return name.Length >= 2 ? name : null;
    }

    /// <summary>A line that is only an agency name ("AFP", "(Reuters)"), as under many wire stories.</summary>
    public static string? FindAgencyOnlyLine(string line)
    {
        var text = line.Trim().Trim('(', ')', '[', ']', '-', '–', '—', ' ', '/');
        foreach (var agency in Agencies)
            if (string.Equals(text, agency, StringComparison.OrdinalIgnoreCase)) return agency;
        return null;
    }

    /// <summary>The agency of a dateline that opens a paragraph, with the dateline's length, or null.</summary>
    public static (string Agency, int Length)? FindAgencyDateline(string paragraph)
    {
        var m = AgencyDateline().Match(paragraph);
        if (!m.Success) return null;
        var agency = m.Groups["agency"].Value.Trim();
        foreach (var part in agency.Split('/', StringSplitOptions.TrimEntries))
            foreach (var known in Agencies)
                if (string.Equals(part, known, StringComparison.OrdinalIgnoreCase)) return (agency, m.Length);
        return null;
    }

    /// <summary>
    /// A short line that states a date ("Published: 16 May 2019", "16.05.2019, 10:30 Uhr"), as ISO-8601,
    /// with whether it is an update date. Null when the line is not a dated line.
    /// </summary>
    public static (string Iso, bool IsUpdate)? FindDatedLine(string line)
    {
        var text = line.Trim();
        if (BoilerplateLineRules.WordCount(text) > 10) return null;
        var iso = TextDateParser.FindIsoDate(text);
        if (iso is null) return null;
        if (UpdatedLabel().IsMatch(text)) return (iso, true);
        if (PublishedLabel().IsMatch(text)) return (iso, false);
        // An unlabelled line counts only when it is little more than the date itself.
        int letters = text.Count(char.IsLetter);
        return letters <= 24 ? (iso, false) : null;
    }
}
