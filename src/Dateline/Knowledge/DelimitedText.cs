using System.Text;

namespace Dateline.Knowledge;

/// <summary>Minimal RFC 4180 reading (quoted fields, doubled quotes) for the imported CSV/TSV files; no embedded new lines.</summary>
public static class DelimitedText
{
    public static List<string> SplitLine(string line, char separator)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                    quoted = false;
                else
                    field.Append(c);
            }
            else if (c == '"' && field.Length == 0)
                quoted = true;
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
                field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }

    /// <summary>Rows as column-name -> value maps; the first line is the header.</summary>
    public static IEnumerable<Dictionary<string, string>> Read(TextReader reader, char separator)
    {
        var header = reader.ReadLine() is { } h ? SplitLine(h.TrimStart('\uFEFF'), separator) : [];
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
                continue;
            var cells = SplitLine(line, separator);
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
                row[header[i]] = i < cells.Count ? cells[i].Trim() : "";
            yield return row;
        }
    }

    /// <summary>"2017", "2017-05" or "2017-05-03" (Wikidata precision): the first or last day of that period.</summary>
    public static DateOnly? ParsePartialDate(string text, bool end)
    {
        var parts = text.Trim().Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) || year is < 1 or > 9999)
            return null;
        var month = parts.Length > 1 && int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 ? m : (int?)null;
        var day = parts.Length > 2 && int.TryParse(parts[2][..Math.Min(2, parts[2].Length)], System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : (int?)null;
        if (month is null)
            return end ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
        var last = DateTime.DaysInMonth(year, month.Value);
        if (day is null || day < 1 || day > last)
            return end ? new DateOnly(year, month.Value, last) : new DateOnly(year, month.Value, 1);
        return new DateOnly(year, month.Value, day.Value);
    }
}
