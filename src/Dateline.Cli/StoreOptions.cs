using System.CommandLine;
using Dateline.Storage;
using Dateline.Storage.Postgres;

namespace Dateline.Cli;

/// <summary>
/// The store options every command shares: `--db FILE` (SQLite, default dateline.db in the working
/// directory) and `--store VALUE` (a PostgreSQL connection string or an SQLite file path), which wins.
/// </summary>
internal sealed class StoreOptions
{
    public const string DefaultDb = "dateline.db";

    private readonly Option<string> _db = new("--db")
    {
        Description = "The SQLite store file.",
        DefaultValueFactory = _ => DefaultDb,
    };

    private readonly Option<string?> _store = new("--store")
    {
        Description = "The store: a PostgreSQL connection string (Host=...;Database=...) or an SQLite file path. Overrides --db.",
    };

    public static StoreOptions AddTo(Command command)
    {
        var options = new StoreOptions();
        command.Options.Add(options._db);
        command.Options.Add(options._store);
        return options;
    }

    /// <summary>The chosen store as messages name it: the SQLite path, never a connection string (it may hold a password).</summary>
    public string Describe(ParseResult parse)
    {
        var value = parse.GetValue(_store) ?? parse.GetValue(_db)!;
        return PostgresArticleStore.LooksLikeConnectionString(value) ? "the PostgreSQL store" : $"the store '{value}'";
    }

    /// <summary>Opens the chosen store, or prints why not (naming it) and returns null.</summary>
    public IArticleStore? Open(ParseResult parse, ConsoleIo io, string command, bool mustExist)
    {
        var value = parse.GetValue(_store) ?? parse.GetValue(_db)!;
        bool isPostgres = PostgresArticleStore.LooksLikeConnectionString(value);
        // A folder goes on to the store's own check, which names it as a folder rather than a missing store.
        if (mustExist && !isPostgres && !File.Exists(value) && !Directory.Exists(value))
        {
            io.Error.WriteLine($"dateline {command}: no store at '{value}' (run 'dateline ingest PATH --db {value}' first)");
            return null;
        }
        try
        {
            return ArticleStores.Open(value);
        }
        catch (StoreException e)
        {
            io.Error.WriteLine($"dateline {command}: {e.Message}");
            return null;
        }
    }
}
