using Dateline.Export;

namespace Dateline.Tests.Export;

public class GdeltTsvFormatTests
{
    private static readonly GdeltTsvFormat Format = new();

    private static List<string[]> Rows(string tsv) => [.. tsv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t'))];

    private static string[] EventRow(EventViewName which) => Rows(ExportFixtures.Write(Format, ExportFixtures.Set(), GdeltTsvFormat.EventsPart))[(int)which];

    private static string Cell(string[] row, string column) => row[GdeltColumns.EventIndex(column)];

    public enum EventViewName { Meeting, Visit, Claim }

    [Fact]
    public void Column_lists_have_gdelts_61_event_and_16_mention_columns_in_gdelts_order()
    {
        Assert.Equal(61, GdeltColumns.Events.Count);
        Assert.Equal(16, GdeltColumns.Mentions.Count);
        Assert.Equal(["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code"], GdeltColumns.Events.Take(6));
        Assert.Equal(25, GdeltColumns.EventIndex("IsRootEvent"));
        Assert.Equal(26, GdeltColumns.EventIndex("EventCode"));
        Assert.Equal(29, GdeltColumns.EventIndex("QuadClass"));
        Assert.Equal(31, GdeltColumns.EventIndex("NumMentions"));
        Assert.Equal(32, GdeltColumns.EventIndex("NumSources"));
        Assert.Equal(33, GdeltColumns.EventIndex("NumArticles"));
        Assert.Equal(51, GdeltColumns.EventIndex("ActionGeo_Type"));
        Assert.Equal(["DATEADDED", "SOURCEURL"], GdeltColumns.Events.Skip(59));
        Assert.Equal(["GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier"], GdeltColumns.Mentions.Take(6));
        Assert.Equal("Extras", GdeltColumns.Mentions[15]);
    }

    [Fact]
    public void Every_event_row_has_61_cells_and_every_mention_row_16()
    {
        var events = Rows(ExportFixtures.Write(Format, ExportFixtures.Set(), GdeltTsvFormat.EventsPart));
        var mentions = Rows(ExportFixtures.Write(Format, ExportFixtures.Set(), GdeltTsvFormat.MentionsPart));
        Assert.Equal(3, events.Count);
        Assert.Equal(5, mentions.Count);
        Assert.All(events, r => Assert.Equal(61, r.Length));
        Assert.All(mentions, r => Assert.Equal(16, r.Length));
    }

    [Fact]
    public void A_syndicated_copy_counts_as_a_mention_and_an_article_but_not_as_a_source()
    {
        var row = EventRow(EventViewName.Meeting);
        Assert.Equal("3", Cell(row, "NumMentions"));
        Assert.Equal("3", Cell(row, "NumArticles"));
        Assert.Equal("2", Cell(row, "NumSources"));
    }

    [Fact]
    public void A_day_date_fills_every_date_column_and_the_codes_come_apart()
    {
        var row = EventRow(EventViewName.Meeting);
        Assert.Equal("7", Cell(row, "GLOBALEVENTID"));
        Assert.Equal("20190516", Cell(row, "SQLDATE"));
        Assert.Equal("201905", Cell(row, "MonthYear"));
        Assert.Equal("2019", Cell(row, "Year"));
        Assert.Equal("2019.3726", Cell(row, "FractionDate"));
        Assert.Equal(("040", "040", "04", "1"), (Cell(row, "EventCode"), Cell(row, "EventBaseCode"), Cell(row, "EventRootCode"), Cell(row, "QuadClass")));
        Assert.Equal(("LBYMIL", "Khalifa Haftar", "LBY", "MIL"), (Cell(row, "Actor1Code"), Cell(row, "Actor1Name"), Cell(row, "Actor1CountryCode"), Cell(row, "Actor1Type1Code")));
        Assert.Equal(("ITAGOV", "Giuseppe Conte", "ITA", "GOV"), (Cell(row, "Actor2Code"), Cell(row, "Actor2Name"), Cell(row, "Actor2CountryCode"), Cell(row, "Actor2Type1Code")));
        Assert.Equal("1", Cell(row, "IsRootEvent"));
        Assert.Equal(("4", "Rome, Italy"), (Cell(row, "ActionGeo_Type"), Cell(row, "ActionGeo_FullName")));
        Assert.Equal("20261123090000", Cell(row, "DATEADDED"));
        Assert.Equal("https://wire.example/rome", Cell(row, "SOURCEURL"));
    }

    [Fact]
    public void Values_dateline_does_not_have_stay_empty_rather_than_invented()
    {
        var row = EventRow(EventViewName.Meeting);
        foreach (var column in new[] { "GoldsteinScale", "AvgTone", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Geo_Type", "Actor2Geo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_Lat", "ActionGeo_FeatureID" })
            Assert.Equal("", Cell(row, column));
        var visit = EventRow(EventViewName.Visit);
        Assert.Equal(("", "201905", "2019", ""), (Cell(visit, "SQLDATE"), Cell(visit, "MonthYear"), Cell(visit, "Year"), Cell(visit, "FractionDate")));
        Assert.Equal(("", ""), (Cell(visit, "Actor2Code"), Cell(visit, "Actor2Name")));
    }

    [Fact]
    public void Mentions_follow_the_order_they_were_stored_with_offsets_confidence_and_a_citation_when_there_is_no_url()
    {
        var rows = Rows(ExportFixtures.Write(Format, ExportFixtures.Set(), GdeltTsvFormat.MentionsPart));
        string C(string[] r, string column) => r[GdeltColumns.MentionIndex(column)];
        var first = rows[0];
        Assert.Equal(("7", "20261123090000", "20261123090000", "1", "Example Wire", "https://wire.example/rome"),
            (C(first, "GLOBALEVENTID"), C(first, "EventTimeDate"), C(first, "MentionTimeDate"), C(first, "MentionType"), C(first, "MentionSourceName"), C(first, "MentionIdentifier")));
        Assert.Equal(("1", "0", "23", "7", "1", "90", "1002"),
            (C(first, "SentenceID"), C(first, "Actor1CharOffset"), C(first, "Actor2CharOffset"), C(first, "ActionCharOffset"), C(first, "InRawText"), C(first, "Confidence"), C(first, "MentionDocLen")));
        Assert.Equal(["2", "3", "1"], rows.Take(3).Select(r => r[GdeltColumns.MentionIndex("MentionIdentifier")].Split('/')[2] switch
        {
            "wire.example" => "2", "copy.example" => "3", _ => "1",
        }));
        var claim = rows.Single(r => C(r, "GLOBALEVENTID") == "9");
        Assert.Equal(("-1", "0"), (C(claim, "Actor2CharOffset"), C(claim, "InRawText")));
        var visit = rows.Single(r => C(r, "GLOBALEVENTID") == "8");
        Assert.Equal("2", C(visit, "MentionType"));
        Assert.Equal("Conte's plans, 2019-06-02, Dateline article 4", C(visit, "MentionIdentifier"));
        Assert.Equal(("", ""), (C(visit, "SentenceID"), C(visit, "MentionDocTone")));
    }

    [Fact]
    public void Tabs_and_line_breaks_inside_values_never_break_a_row()
    {
        var quoted = ExportFixtures.Claim with
        {
            Participants = [new Dateline.Linking.ParticipantView(null, "a\tb\nc", null, "source", [ExportFixtures.Observer])],
        };
        var rows = Rows(ExportFixtures.Write(Format, ExportFixtures.Set(quoted), GdeltTsvFormat.EventsPart));
        var row = Assert.Single(rows);
        Assert.Equal(61, row.Length);
        Assert.Equal("a b c", Cell(row, "Actor1Name"));
    }
}
