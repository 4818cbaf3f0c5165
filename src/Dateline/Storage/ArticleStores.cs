using Dateline.Storage.Postgres;
using Dateline.Storage.Sqlite;

namespace Dateline.Storage;

/// <summary>Opens the store a `--store VALUE` names: a PostgreSQL connection string, else an SQLite file path.</summary>
public static class ArticleStores
{
    public static IArticleStore Open(string value) =>
        PostgresArticleStore.LooksLikeConnectionString(value) ? PostgresArticleStore.Open(value) : SqliteArticleStore.Open(value);
}
