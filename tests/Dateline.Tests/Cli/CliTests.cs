using System.Text.Json;

namespace Dateline.Tests.Cli;

/// <summary>The command line as a script would use it: exit codes and JSON field names are the contract.</summary>
public class CliTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => Dateline.Tests.Cli.Cli.Run(args);

    [Fact]
    public void Ingest_exits_0_when_every_input_was_ingested_or_a_duplicate()
    {
        using var dir = new TempFolder();
        dir.File("in/a.txt", SampleArticles.RomeTalks);
        var db = Path.Combine(dir.Path, "t.db");
        Assert.Equal(0, Run("ingest", Path.Combine(dir.Path, "in"), "--db", db).Exit);
        var (exit, output, _) = Run("ingest", Path.Combine(dir.Path, "in"), "--db", db);
        Assert.Equal(0, exit);
        Assert.Contains("1 duplicates skipped", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_exits_3_and_names_each_rejected_input_with_its_reason()
    {
        using var dir = new TempFolder();
        dir.File("in/a.txt", SampleArticles.RomeTalks);
        var bad = dir.File("in/b.jsonl", "{\"maintext\": \"ok body\"}\n{broken");
        var (exit, output, errors) = Run("ingest", Path.Combine(dir.Path, "in"), "--db", Path.Combine(dir.Path, "t.db"));
        Assert.Equal(3, exit);
        Assert.Contains($"rejected: {bad} (record 2): line 2 is not valid JSON", errors, StringComparison.Ordinal);
        Assert.Contains("2 ingested", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_usage_exits_2()
    {
        Assert.Equal(2, Run("ingest").Exit);
        Assert.Equal(2, Run("show", "not-a-number").Exit);
        Assert.Equal(2, Run("no-such-command").Exit);
    }

    [Fact]
    public void Articles_and_show_print_the_documented_json_fields()
    {
        using var dir = new TempFolder();
        dir.File("in/a.txt", SampleArticles.RomeTalks);
        dir.File("in/a.meta.json", """{"url": "https://example.org/rome", "published": "2019-05-16", "outlet": "Example Times"}""");
        var db = Path.Combine(dir.Path, "t.db");
        Run("ingest", Path.Combine(dir.Path, "in"), "--db", db, "--json");

        var (exit, output, _) = Run("articles", "--db", db, "--json");
        Assert.Equal(0, exit);
        var row = JsonDocument.Parse(output).RootElement[0];
        Assert.Equal(1, row.GetProperty("id").GetInt64());
        Assert.Equal("Example Times", row.GetProperty("outlet").GetString());
        Assert.Equal("2019-05-16", row.GetProperty("published").GetString());
        Assert.Equal("https://example.org/rome", row.GetProperty("url").GetString());
        Assert.Equal("Haftar holds talks with Conte in Rome", row.GetProperty("title").GetString());

        var shown = JsonDocument.Parse(Run("show", "1", "--db", db, "--json").Out).RootElement;
        Assert.Equal(1, shown.GetProperty("id").GetInt64());
        var document = shown.GetProperty("document");
        Assert.Equal("sidecar:outlet", document.GetProperty("metadata").GetProperty("outlet").GetProperty("origin").GetString());
        Assert.StartsWith("ROME, May 16", document.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("plainText", document.GetProperty("source").GetProperty("format").GetString());
    }

    [Fact]
    public void Json_output_writes_accented_names_as_they_are_not_as_escapes()
    {
        using var dir = new TempFolder();
        dir.File("in/a.txt", "UN envoy meets Haftar\n\nTRIPOLI, May 16 (Reuters) - UN envoy Ghassan Salamé met Khalifa Haftar in Benghazi on Thursday, his office said.\n");
        var db = Path.Combine(dir.Path, "t.db");
        Run("ingest", Path.Combine(dir.Path, "in"), "--db", db);
        var (exit, output, _) = Run("show", "1", "--db", db, "--json");
        Assert.Equal(0, exit);
        Assert.Contains("Ghassan Salamé", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00E9", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Actors_imported_into_the_store_are_coded_by_ingest_with_their_role_on_the_articles_date()
    {
        using var dir = new TempFolder();
        var actors = dir.File("actors.txt", "BORIS_VALENKOV\n+VALENKOV\n[RUSGOV 20100101-20301231]\n");
        dir.File("in/a.txt", "Valenkov meets Conte\n\nROME, May 16 - Boris Valenkov met Italian Prime Minister Giuseppe Conte in Rome on Thursday, officials said.\n");
        dir.File("in/a.meta.json", """{"published": "2019-05-16", "outlet": "Test Wire"}""");
        var db = Path.Combine(dir.Path, "t.db");
        var (exit, output, _) = Run("knowledge", "import", "--actors", actors, "--db", db);
        Assert.Equal(0, exit);
        Assert.Contains("holds 1 actors", output, StringComparison.Ordinal);
        Assert.Equal(0, Run("ingest", Path.Combine(dir.Path, "in"), "--db", db).Exit);
        var shown = JsonDocument.Parse(Run("show", "1", "--db", db, "--json").Out).RootElement;
        var source = shown.GetProperty("document").GetProperty("eventMentions").EnumerateArray()
            .Select(e => e.GetProperty("source")[0]).First(a => a.GetProperty("name").GetString() == "Boris Valenkov");
        Assert.Equal("RUSGOV", source.GetProperty("code").GetString());
        // Asking the store alone, without importing again.
        (exit, output, _) = Run("knowledge", "import", "--db", db, "--who", "Valenkov", "--on", "2019-05-16");
        Assert.Equal(0, exit);
        Assert.Contains("BORIS VALENKOV", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_prints_matching_articles_with_a_snippet()
    {
        using var dir = new TempFolder();
        dir.File("in/a.txt", SampleArticles.RomeTalks);
        dir.File("in/b.txt", SampleArticles.BrusselsVisit);
        var db = Path.Combine(dir.Path, "t.db");
        Run("ingest", Path.Combine(dir.Path, "in"), "--db", db);
        var (exit, output, _) = Run("search", "Sarraj coup", "--db", db, "--json");
        Assert.Equal(0, exit);
        var hit = Assert.Single(JsonDocument.Parse(output).RootElement.EnumerateArray());
        Assert.Equal(2, hit.GetProperty("id").GetInt64());
        Assert.Contains("[Sarraj]", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("articles")]
    [InlineData("entities")]
    [InlineData("timeline", "--actor", "Haftar")]
    public void A_store_path_that_is_a_folder_is_named_as_a_folder_by_every_command(string command, params string[] more)
    {
        using var dir = new TempFolder();
        var (exit, _, errors) = Run([command, .. more, "--db", dir.Path]);
        Assert.Equal(1, exit);
        Assert.Contains("is a folder, not a store file", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("no store at", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_of_an_unknown_id_or_a_missing_store_fails_with_a_reason()
    {
        using var dir = new TempFolder();
        var db = Path.Combine(dir.Path, "t.db");
        var (exit, _, errors) = Run("show", "1", "--db", db);
        Assert.Equal(1, exit);
        Assert.Contains("no store at", errors, StringComparison.Ordinal);
        dir.File("in/a.txt", SampleArticles.RomeTalks);
        Run("ingest", Path.Combine(dir.Path, "in"), "--db", db);
        (exit, _, errors) = Run("show", "42", "--db", db);
        Assert.Equal(1, exit);
        Assert.Contains("no article with id 42", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_json_summary_lists_every_item_with_its_status()
    {
        using var dir = new TempFolder();
        dir.File("in/a.txt", SampleArticles.RomeTalks);
        dir.File("in/b.txt", SampleArticles.RomeTalksCopy);
        dir.File("in/c.txt", "");
        var (exit, output, _) = Run("ingest", Path.Combine(dir.Path, "in"), "--db", Path.Combine(dir.Path, "t.db"), "--json");
        Assert.Equal(3, exit);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(2, root.GetProperty("ingested").GetInt32());
        Assert.Equal(1, root.GetProperty("nearDuplicates").GetInt32());
        Assert.Equal(1, root.GetProperty("rejected").GetInt32());
        var statuses = root.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("status").GetString()).ToList();
        Assert.Equal(["ingested", "near-duplicate", "rejected"], statuses);
    }
}
