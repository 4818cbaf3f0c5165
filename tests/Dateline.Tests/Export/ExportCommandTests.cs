using System.Text.Json;
using Dateline.Export;

namespace Dateline.Tests.Export;

/// <summary>`dateline export` as a script uses it, over the built-in sample ingested (once for the class) into a temporary store.</summary>
public class ExportCommandTests(ExportCommandTests.SampleStore sample) : IClassFixture<ExportCommandTests.SampleStore>
{
    /// <summary>The built-in sample in a temporary SQLite store, shared by the tests of this class (they only read it).</summary>
    public sealed class SampleStore : IDisposable
    {
        private readonly TempFolder _dir = new();

        public SampleStore()
        {
            Db = Path.Combine(_dir.Path, "sample.db");
            Assert.Equal(0, Run("ingest", Path.Combine(RepoPaths.Root, "data", "sample"), "--db", Db).Exit);
        }

        public string Db { get; }

        public void Dispose() => _dir.Dispose();
    }

    private static (int Exit, string Out, string Err) Run(params string[] args) => Dateline.Tests.Cli.Cli.Run(args);

    [Fact]
    public void The_sample_exports_in_every_format_with_the_syndicated_copy_as_a_mention_not_a_source()
    {
        using var dir = new TempFolder();
        var db = sample.Db;

        var (exit, jsonl, _) = Run("export", "--format", "plover-jsonl", "--db", db);
        Assert.Equal(0, exit);
        var records = jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.NotEmpty(records);
        // The Rome talks: reported by two outlets, and once more by a syndicated copy of one of them.
        var rome = records.Single(r => r.GetProperty("event").GetString() == "CONSULT" && r.TryGetProperty("eventLoc", out var loc) && loc.GetProperty("text").GetString() == "Rome"
            && r.GetProperty("date").GetProperty("value").GetString() == "2019-05-16");
        var romeMentions = rome.GetProperty("mentions").EnumerateArray().ToList();
        Assert.Equal(1, rome.GetProperty("copies").GetInt32());
        Assert.Equal(romeMentions.Count, rome.GetProperty("numMentions").GetInt32());
        Assert.Equal(romeMentions.Select(m => m.GetProperty("document").GetInt64()).Distinct().Count(), rome.GetProperty("numArticles").GetInt32());
        var originalOutlets = romeMentions.Where(m => !m.GetProperty("copy").GetBoolean()).Select(m => m.GetProperty("outlet").GetString()).Distinct().Count();
        Assert.Equal(originalOutlets, rome.GetProperty("numSources").GetInt32());
        Assert.True(rome.GetProperty("numSources").GetInt32() < rome.GetProperty("numArticles").GetInt32());
        foreach (var m in records.SelectMany(r => r.GetProperty("mentions").EnumerateArray()))
        {
            Assert.True(m.GetProperty("document").GetInt64() > 0);
            Assert.False(string.IsNullOrEmpty(m.GetProperty("quote").GetString()));
        }

        var (csvExit, csv, _) = Run("export", "--format", "csv", "--db", db);
        Assert.Equal(0, csvExit);
        var table = CsvFormatTests.Parse(csv);
        Assert.Equal(CsvFormat.Columns, table[0]);
        Assert.Equal(records.Count + 1, table.Count);

        var prefix = Path.Combine(dir.Path, "out", "sample");
        Directory.CreateDirectory(Path.GetDirectoryName(prefix)!);
        var (tsvExit, _, tsvErr) = Run("export", "--format", "gdelt-tsv", "--db", db, "--out", prefix, "--cameo-table", WriteTinyTable(dir));
        Assert.Equal(0, tsvExit);
        var events = File.ReadAllLines(prefix + ".export.tsv");
        var mentions = File.ReadAllLines(prefix + ".mentions.tsv");
        Assert.NotEmpty(events);
        Assert.All(events, l => Assert.Equal(61, l.Split('\t').Length));
        Assert.All(mentions, l => Assert.Equal(16, l.Split('\t').Length));
        // gdelt-tsv leaves out planned, denied and hypothetical events by default, and says so.
        Assert.True(events.Length < records.Count);
        Assert.Contains("left out by status", tsvErr, StringComparison.Ordinal);
        var ids = events.Select(l => l.Split('\t')[0]).ToHashSet(StringComparer.Ordinal);
        Assert.All(mentions, l => Assert.Contains(l.Split('\t')[0], ids));
        Assert.Equal(["sample.export.tsv", "sample.mentions.tsv"], Directory.GetFiles(Path.GetDirectoryName(prefix)!).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var (allExit, _, _) = Run("export", "--format", "gdelt-tsv", "--db", db, "--out", prefix, "--status", "all");
        Assert.Equal(0, allExit);
        Assert.Equal(records.Count, File.ReadAllLines(prefix + ".export.tsv").Length);
    }

    [Fact]
    public void Bad_requests_name_the_input_and_the_reason_and_leave_no_file()
    {
        using var dir = new TempFolder();
        var db = sample.Db;

        var unknown = Run("export", "--format", "xml", "--db", db);
        Assert.Equal(2, unknown.Exit);
        Assert.Contains("unknown format 'xml'", unknown.Err, StringComparison.Ordinal);

        var noPrefix = Run("export", "--format", "gdelt-tsv", "--db", db);
        Assert.Equal(2, noPrefix.Exit);
        Assert.Contains("give --out PREFIX", noPrefix.Err, StringComparison.Ordinal);

        var missing = Path.Combine(dir.Path, "no-such-folder", "events.csv");
        var noFolder = Run("export", "--format", "csv", "--db", db, "--out", missing);
        Assert.Equal(1, noFolder.Exit);
        Assert.Contains($"cannot write '{missing}'", noFolder.Err, StringComparison.Ordinal);
        Assert.Contains("does not exist", noFolder.Err, StringComparison.Ordinal);

        Directory.CreateDirectory(Path.Combine(dir.Path, "x.mentions.tsv"));
        var blocked = Run("export", "--format", "gdelt-tsv", "--db", db, "--out", Path.Combine(dir.Path, "x"));
        Assert.Equal(1, blocked.Exit);
        Assert.False(File.Exists(Path.Combine(dir.Path, "x.export.tsv")));

        var noTable = Run("export", "--format", "csv", "--db", db, "--cameo-table", Path.Combine(dir.Path, "none.txt"));
        Assert.Equal(1, noTable.Exit);
        Assert.Contains("cannot read the CAMEO table", noTable.Err, StringComparison.Ordinal);

        var badStatus = Run("export", "--format", "csv", "--db", db, "--status", "rumoured");
        Assert.Equal(2, badStatus.Exit);

        var noStore = Run("export", "--format", "csv", "--db", Path.Combine(dir.Path, "none.db"));
        Assert.Equal(1, noStore.Exit);

        Assert.Empty(Directory.GetFiles(dir.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_written_file_replaces_the_old_one_whole()
    {
        using var dir = new TempFolder();
        var db = sample.Db;
        var target = dir.File("events.jsonl", "old content\n");
        Assert.Equal(0, Run("export", "--format", "plover-jsonl", "--db", db, "--out", target).Exit);
        var lines = File.ReadAllLines(target);
        Assert.DoesNotContain("old content", lines);
        Assert.All(lines, l => JsonDocument.Parse(l));
        Assert.Single(Directory.GetFiles(dir.Path, "events*"));
    }

    private static string WriteTinyTable(TempFolder dir) => dir.File("cameo.txt", """
        # fictional table for the test
        04: CONSULT
        040: CONSULT, , diplomatic # consult
        042: CONSULT, visit, # visit
        """);
}
