using System.Text;
using Dateline.Export;

namespace Dateline.Tests.Export;

public class CsvFormatTests
{
    /// <summary>A strict RFC 4180 reader for the tests: records end with CRLF, quoted fields may hold commas, quotes (doubled) and line breaks.</summary>
    public static List<List<string>> Parse(string csv)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        int i = 0;
        while (i < csv.Length)
        {
            if (csv[i] == '"')
            {
                i++;
                while (true)
                {
                    if (csv[i] == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i += 2; }
                    else if (csv[i] == '"') { i++; break; }
                    else field.Append(csv[i++]);
                }
            }
            else if (csv[i] == ',') { record.Add(field.ToString()); field.Clear(); i++; }
            else if (csv[i] == '\r' && csv[i + 1] == '\n') { record.Add(field.ToString()); field.Clear(); records.Add(record); record = []; i += 2; }
            else if (csv[i] is '\r' or '\n' or '"') throw new FormatException($"bare line break or quote at {i}");
            else field.Append(csv[i++]);
        }
        Assert.Empty(record);
        return records;
    }

    private static List<List<string>> Table() => Parse(ExportFixtures.Write(new CsvFormat(), ExportFixtures.Set()));

    private static string Cell(List<string> row, string column) => row[CsvFormat.Columns.ToList().IndexOf(column)];

    [Fact]
    public void The_first_record_is_the_header_and_every_record_has_as_many_fields()
    {
        var table = Table();
        Assert.Equal(CsvFormat.Columns, table[0]);
        Assert.Equal(4, table.Count);
        Assert.All(table, r => Assert.Equal(CsvFormat.Columns.Count, r.Count));
    }

    [Fact]
    public void Commas_quotes_and_line_breaks_are_quoted_as_rfc_4180_says()
    {
        var claim = Table()[3];
        Assert.Equal("\"He lied,\"\tofficials said,\nadding more.", Cell(claim, "quote"));
        Assert.Equal("officials, \"senior\"", Cell(claim, "source"));
        Assert.Equal("\"x, \"\"y\"\"\"", CsvFormat.Quote("x, \"y\""));
        Assert.Equal("plain", CsvFormat.Quote("plain"));
    }

    [Fact]
    public void A_row_lists_every_actor_and_counts_a_copy_as_a_mention_not_a_source()
    {
        var meeting = Table()[1];
        Assert.Equal("7", Cell(meeting, "id"));
        Assert.Equal("Khalifa Haftar", Cell(meeting, "source"));
        Assert.Equal("Giuseppe Conte; Roberta Pinotti", Cell(meeting, "target"));
        Assert.Equal("ITAGOV; ITAGOV", Cell(meeting, "targetCodes"));
        Assert.Equal(("3", "3", "2", "1"), (Cell(meeting, "mentions"), Cell(meeting, "articles"), Cell(meeting, "sources"), Cell(meeting, "copies")));
        Assert.Equal(("040", "04", "1", "happened"), (Cell(meeting, "cameo"), Cell(meeting, "cameoRoot"), Cell(meeting, "quadClass"), Cell(meeting, "status")));
        Assert.Equal("0.9", Cell(meeting, "confidence"));
        Assert.Equal("https://wire.example/rome", Cell(meeting, "firstUrl"));
    }
}
