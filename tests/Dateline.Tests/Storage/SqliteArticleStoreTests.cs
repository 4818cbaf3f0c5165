using Dateline.Dedup;
using Dateline.Ingest;
using Dateline.Model;
using Dateline.Pipeline;
using Dateline.Storage;
using Dateline.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Dateline.Tests.Storage;

public class SqliteArticleStoreTests
{
    [Fact]
    public void Refuses_a_file_that_is_not_a_store_with_a_reason_naming_it()
    {
        using var dir = new TempFolder();
        var path = dir.File("notes.db", "these are my notes, not a database, and they are long enough to look like a file");
        var e = Assert.Throws<StoreException>(() => SqliteArticleStore.Open(path));
        Assert.Contains("notes.db", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_another_programs_sqlite_database_and_leaves_it_unchanged()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "app.db");
        using (var c = new SqliteConnection($"Data Source={path};Pooling=false"))
        {
            c.Open();
            using var cmd = new SqliteCommand("CREATE TABLE invoices (id INTEGER PRIMARY KEY); INSERT INTO invoices VALUES (1);", c);
            cmd.ExecuteNonQuery();
        }

        var e = Assert.Throws<StoreException>(() => SqliteArticleStore.Open(path));

        Assert.Contains("'" + path + "' is not a Dateline store", e.Message, StringComparison.Ordinal);
        Assert.Contains("invoices", e.Message, StringComparison.Ordinal);
        using (var c = new SqliteConnection($"Data Source={path};Pooling=false;Mode=ReadOnly"))
        {
            c.Open();
            using var tables = new SqliteCommand("SELECT group_concat(name) FROM sqlite_master WHERE type = 'table'", c);
            Assert.Equal("invoices", tables.ExecuteScalar());
            using var journal = new SqliteCommand("PRAGMA journal_mode", c);
            Assert.NotEqual("wal", journal.ExecuteScalar());
        }
    }

    [Fact]
    public void Opens_an_empty_sqlite_file_as_a_new_store()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "new.db");
        File.WriteAllBytes(path, []);

        using var store = SqliteArticleStore.Open(path);

        Assert.Empty(store.List(0, 10));
    }

    [Fact]
    public void Refuses_a_store_written_by_a_newer_version()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "a.db");
        SqliteArticleStore.Open(path).Dispose();
        using (var c = new SqliteConnection($"Data Source={path};Pooling=false"))
        {
            c.Open();
            using var cmd = new SqliteCommand("INSERT INTO schema_version(version) VALUES (999)", c);
            cmd.ExecuteNonQuery();
        }
        var e = Assert.Throws<StoreException>(() => SqliteArticleStore.Open(path));
        Assert.Contains("newer", e.Message, StringComparison.Ordinal);
    }
}
