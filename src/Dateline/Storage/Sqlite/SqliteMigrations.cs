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
        (5, """
            -- The cross-document graph (Linking/): entities, events and stories as nodes with JSON profiles,
            -- candidate keys, and links from articles' items to nodes.
            CREATE TABLE graph_nodes (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL,
                profile TEXT NOT NULL
            );
            CREATE INDEX graph_nodes_kind ON graph_nodes(kind, id);
            CREATE TABLE graph_keys (
                kind TEXT NOT NULL,
                key TEXT NOT NULL,
                node_id INTEGER NOT NULL REFERENCES graph_nodes(id) ON DELETE CASCADE,
                PRIMARY KEY (kind, key, node_id)
            ) WITHOUT ROWID;
            CREATE INDEX graph_keys_node ON graph_keys(node_id);
            CREATE TABLE graph_links (
                node_id INTEGER NOT NULL REFERENCES graph_nodes(id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                item TEXT NOT NULL,
                detail TEXT NOT NULL
            );
            CREATE INDEX graph_links_node ON graph_links(node_id);
            CREATE INDEX graph_links_article ON graph_links(article_id, kind);
            """),
        (6, """
            -- Document frequencies for the story linker's IDF (Stories/), one counter per content lemma, and the
            -- graph's bookkeeping values (how many articles were counted; how far the schema-6 backfill got).
            CREATE TABLE graph_terms (
                term TEXT PRIMARY KEY,
                df INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE graph_markers (
                name TEXT PRIMARY KEY,
                value INTEGER NOT NULL
            );
            -- A store linked before schema 6 has story and event nodes without the linkers' summaries: backfilled on open.
            INSERT INTO graph_markers (name, value) SELECT 'summary-backfill', 0 WHERE EXISTS (SELECT 1 FROM graph_links);
            """),
    ];

    public static int Latest => Steps[^1].Version;
}
