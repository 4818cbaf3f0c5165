using System.CommandLine;
using Dateline.Storage;
using Dateline.Storage.Sqlite;

namespace Dateline.Cli;

/// <summary>The store options every command shares: `--db FILE` (SQLite, default dateline.db here).</summary>
internal static class StoreOptions
{
    public const string DefaultDb = "dateline.db";

    public static Option<string> Db() => new("--db")
    {
        Description = "The SQLite store file.",
        DefaultValueFactory = _ => DefaultDb,
    };

    /// <summary>Opens the store, or prints why not and returns null.</summary>
    public static IArticleStore? Open(string db, ConsoleIo io, string command, bool mustExist)
    {
        if (mustExist && !File.Exists(db))
        {
            io.Error.WriteLine($"dateline {command}: no store at '{db}' (run 'dateline ingest PATH --db {db}' first)");
            return null;
        }
        try
        {
            return SqliteArticleStore.Open(db);
        }
        catch (StoreException e)
        {
            io.Error.WriteLine($"dateline {command}: {e.Message}");
            return null;
        }
    }
}
