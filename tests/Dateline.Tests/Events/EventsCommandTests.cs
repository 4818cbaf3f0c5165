using System.Text.Json;

namespace Dateline.Tests.Events;

/// <summary>`dateline events` as a script uses it: the JSON field names are the contract.</summary>
public class EventsCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => Dateline.Tests.Cli.Cli.Run(args);

    [Fact]
    public void Events_of_an_ingested_article_come_out_as_records_with_their_article_and_quote()
    {
        using var dir = new TempFolder();
        dir.File("in/a.txt", SampleArticles.RomeTalks);
        dir.File("in/b.txt", SampleArticles.BrusselsVisit);
        var db = Path.Combine(dir.Path, "t.db");
        Assert.Equal(0, Run("ingest", Path.Combine(dir.Path, "in"), "--db", db).Exit);

        var (exit, output, _) = Run("events", "--actor", "haftar", "--db", db, "--json");
        Assert.Equal(0, exit);
        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(1, r.GetProperty("article").GetInt64()));
        var consult = rows.Select(r => r.GetProperty("record")).First(r => r.GetProperty("event").GetString() == "CONSULT");
        Assert.StartsWith("1-e", consult.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("meeting", consult.GetProperty("mode").GetString());
        var mention = consult.GetProperty("mentions")[0];
        Assert.Equal(1, mention.GetProperty("document").GetInt64());
        Assert.Contains("held talks with", mention.GetProperty("quote").GetString(), StringComparison.Ordinal);
        Assert.Equal("happened", consult.GetProperty("status").GetString());
        Assert.True(consult.GetProperty("date").TryGetProperty("reason", out _));
        Assert.True(consult.GetProperty("eventLoc").TryGetProperty("reason", out _));

        var (tableExit, table, _) = Run("events", "--db", db);
        Assert.Equal(0, tableExit);
        Assert.Contains("CONSULT", table, StringComparison.Ordinal);
        Assert.Contains("Sarraj", table, StringComparison.Ordinal);
    }

    [Fact]
    public void An_actor_with_no_events_prints_no_events_and_a_misspelt_one_hears_the_close_spellings()
    {
        using var dir = new TempFolder();
        dir.File("in/a.txt", SampleArticles.RomeTalks);
        var db = Path.Combine(dir.Path, "t.db");
        Run("ingest", Path.Combine(dir.Path, "in"), "--db", db);
        var (exit, output, error) = Run("events", "--actor", "Nobody Known", "--db", db);
        Assert.Equal(0, exit);
        Assert.Contains("(no events)", output, StringComparison.Ordinal);
        Assert.Contains("no actor named 'Nobody Known'", error, StringComparison.Ordinal);

        var (typoExit, typoOut, typoError) = Run("events", "--actor", "Haftaar", "--db", db);
        Assert.Equal(0, typoExit);
        Assert.Contains("(no events)", typoOut, StringComparison.Ordinal);
        Assert.Contains("did you mean", typoError, StringComparison.Ordinal);
        Assert.Contains("Haftar", typoError, StringComparison.Ordinal);
        Assert.Equal("", Run("events", "--actor", "haftar", "--db", db).Err);
        Assert.Equal(2, Run("events", "--limit", "0", "--db", db).Exit);
    }
}
