namespace Dateline.Storage.Postgres;

/// <summary>The PostgreSQL schema, one step per version; the same tables as the SQLite store.</summary>
internal static class PostgresMigrations
{
    public static readonly IReadOnlyList<(int Version, string Sql)> Steps =
    [
        (1, """
            CREATE TABLE articles (
                id BIGSERIAL PRIMARY KEY,
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
                near_duplicate_of BIGINT REFERENCES articles(id),
                near_duplicate_similarity DOUBLE PRECISION,
                minhash BYTEA,
                ingested_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                document BYTEA NOT NULL
            );
            CREATE TABLE article_bands (
                band_key BIGINT NOT NULL,
                article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
            );
            CREATE INDEX article_bands_key ON article_bands(band_key);
            CREATE INDEX articles_published ON articles(published);
            """),
        (2, """
            CREATE TABLE ingest_claims (
                content_hash TEXT PRIMARY KEY,
                worker TEXT NOT NULL,
                claimed_at TIMESTAMPTZ NOT NULL DEFAULT now()
            );
            """),
        (3, """
            ALTER TABLE articles ADD COLUMN body TEXT;
            ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('simple', coalesce(title, '')), 'A') || setweight(to_tsvector('simple', coalesce(body, '')), 'B')) STORED;
            CREATE INDEX articles_search ON articles USING GIN (search);
            """),
        (4, """
            CREATE TABLE event_index (
                article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                event_id TEXT NOT NULL,
                event_type TEXT NOT NULL,
                event_date TEXT,
                actors TEXT NOT NULL
            );
            CREATE INDEX event_index_article ON event_index(article_id);
            """),
        (5, """
            CREATE TABLE graph_nodes (
                id BIGSERIAL PRIMARY KEY,
                kind TEXT NOT NULL,
                profile TEXT NOT NULL
            );
            CREATE INDEX graph_nodes_kind ON graph_nodes(kind, id);
            CREATE TABLE graph_keys (
                kind TEXT NOT NULL,
                key TEXT NOT NULL,
                node_id BIGINT NOT NULL REFERENCES graph_nodes(id) ON DELETE CASCADE,
                PRIMARY KEY (kind, key, node_id)
            );
            CREATE INDEX graph_keys_node ON graph_keys(node_id);
            CREATE TABLE graph_links (
                node_id BIGINT NOT NULL REFERENCES graph_nodes(id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                item TEXT NOT NULL,
                detail TEXT NOT NULL
            );
            CREATE INDEX graph_links_node ON graph_links(node_id);
            CREATE INDEX graph_links_article ON graph_links(article_id, kind);
            """),
        (6, """
            CREATE TABLE graph_terms (
                term TEXT PRIMARY KEY,
                df BIGINT NOT NULL
            );
            CREATE TABLE graph_markers (
                name TEXT PRIMARY KEY,
                value BIGINT NOT NULL
            );
            INSERT INTO graph_markers (name, value) SELECT 'summary-backfill', 0 WHERE EXISTS (SELECT 1 FROM graph_links);
            """),
    ];

    public static int Latest => Steps[^1].Version;
}
