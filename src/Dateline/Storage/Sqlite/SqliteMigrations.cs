namespace Dateline.Storage.Sqlite;

/// <summary>
/// The schema, one step per version. A store is brought up to date when opened; steps are never
/// edited once released, only added.
/// </summary>
internal static class SqliteMigrations
{
    public static readonly IReadOnlyList<(int Version, string Sql)> Steps =
    [
        (1, """
            CREATE TABLE articles (
                id INTEGER PRIMARY KEY,
                content_hash TEXT NOT NULL UNIQUE,
                source_path TEXT NOT NULL,
                record_index INTEGER,
                format TEXT NOT NULL,
                title TEXT,
                outlet TEXT,
                author TEXT,
                url TEXT,
                published TEXT,
                language TEXT,
                body_chars INTEGER NOT NULL,
                near_duplicate_of INTEGER REFERENCES articles(id),
                near_duplicate_similarity REAL,
                minhash BLOB,
                ingested_at TEXT NOT NULL,
                document BLOB NOT NULL
            );
            CREATE TABLE article_bands (
                band_key INTEGER NOT NULL,
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
            );
            CREATE INDEX article_bands_key ON article_bands(band_key);
            CREATE INDEX articles_published ON articles(published);
            """),
        (2, """
            CREATE TABLE ingest_claims (
                content_hash TEXT PRIMARY KEY,
                worker TEXT NOT NULL,
                claimed_at INTEGER NOT NULL -- Unix milliseconds
            );
            """),
        (3, """
            CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
            """),
        (4, """
            CREATE TABLE event_index (
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                event_id TEXT NOT NULL,
                event_type TEXT NOT NULL,
                event_date TEXT,
                actors TEXT NOT NULL -- '|'-joined lower-case actor names and words as written
            );
            CREATE INDEX event_index_article ON event_index(article_id);
            """),
    ];

    public static int Latest => Steps[^1].Version;
}
