using System.Globalization;
using Dateline.Dedup;
using Dateline.Linking;
using Dateline.Model;
using Microsoft.Data.Sqlite;

namespace Dateline.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file, WAL journal (readers never block the writer), one transaction
/// per document, schema versioned by <see cref="SqliteMigrations"/>.
/// </summary>
public sealed class SqliteArticleStore : IArticleStore
{
    private readonly SqliteConnection _connection;

    private SqliteArticleStore(SqliteConnection connection) => _connection = connection;

    public string Path { get; private init; } = "";

    /// <summary>Opens (creating if needed) and migrates the store. Throws <see cref="StoreException"/> with a reason.</summary>
    public static SqliteArticleStore Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new StoreException($"'{path}' is a folder, not a store file");
        var dir = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(dir) && !Directory.Exists(dir)) throw new StoreException($"the folder of '{path}' does not exist");
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
        bool backfillGraph = false;
        try
        {
            connection.Open();
            // Before any pragma or table is written: WAL mode and our tables would change another program's database for good.
            RefuseForeignDatabase(connection, path);
            Exec(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;");
            int before = Migrate(connection, path);
            if (before is > 0 and < 3) BackfillSearchIndex(connection);
            if (before is > 0 and < 5) backfillGraph = true;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException(e.SqliteErrorCode == 26 ? $"'{path}' is not a Dateline store (not an SQLite database)" : $"cannot open '{path}': {e.Message}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        var store = new SqliteArticleStore(connection) { Path = full };
        GraphBackfill.Summaries(store);
        if (backfillGraph) GraphBackfill.Run(store);
        return store;
    }

    /// <summary>
    /// An SQLite file with tables but no schema_version is another program's database ("app.db" passed as --db by
    /// mistake): refuse it, naming a few of its tables, rather than add Dateline's tables to it. An empty file is a new store.
    /// </summary>
    private static void RefuseForeignDatabase(SqliteConnection connection, string path)
    {
        using var cmd = new SqliteCommand("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name", connection);
        var tables = new List<string>();
        using (var r = cmd.ExecuteReader())
            while (r.Read()) tables.Add(r.GetString(0));
        if (tables.Count == 0 || tables.Contains("schema_version", StringComparer.Ordinal)) return;
        var shown = string.Join(", ", tables.Take(5)) + (tables.Count > 5 ? $", ... ({tables.Count.ToString(CultureInfo.InvariantCulture)} tables)" : "");
        throw new StoreException($"'{path}' is not a Dateline store (an SQLite database of another program, with tables: {shown}); it was left unchanged");
    }

    /// <summary>Brings the schema up to date; returns the version the store had before.</summary>
    private static int Migrate(SqliteConnection connection, string path)
    {
        Exec(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        using var tx = connection.BeginTransaction(deferred: false);
        var current = Convert.ToInt32(Scalar(connection, tx, "SELECT COALESCE(MAX(version), 0) FROM schema_version"), CultureInfo.InvariantCulture);
        if (current > SqliteMigrations.Latest)
            throw new StoreException($"'{path}' was written by a newer Dateline (schema {current}; this one knows up to {SqliteMigrations.Latest})");
        foreach (var (version, sql) in SqliteMigrations.Steps)
        {
            if (version <= current) continue;
            using var cmd = new SqliteCommand(sql, connection, tx);
            cmd.ExecuteNonQuery();
            using var mark = new SqliteCommand("INSERT INTO schema_version(version) VALUES ($v)", connection, tx);
            mark.Parameters.AddWithValue("$v", version);
            mark.ExecuteNonQuery();
        }
        tx.Commit();
        return current;
    }

    /// <summary>Stores made before the search index (schema 3) get their articles indexed once.</summary>
    private static void BackfillSearchIndex(SqliteConnection connection)
    {
        using var tx = connection.BeginTransaction();
        using var read = new SqliteCommand("SELECT id, title, document FROM articles WHERE id NOT IN (SELECT rowid FROM articles_fts)", connection, tx);
        var rows = new List<(long Id, string? Title, string Body)>();
        using (var r = read.ExecuteReader())
            while (r.Read())
                rows.Add((r.GetInt64(0), r.IsDBNull(1) ? null : r.GetString(1), DocumentSerializer.FromCompressedJson((byte[])r[2]).Text));
        foreach (var (id, title, body) in rows)
            IndexForSearch(connection, tx, id, title, body);
        tx.Commit();
    }

    private static void IndexForSearch(SqliteConnection connection, SqliteTransaction tx, long id, string? title, string body)
    {
        using var cmd = new SqliteCommand("INSERT INTO articles_fts (rowid, title, body) VALUES ($id, $title, $body)", connection, tx);
        cmd.Parameters.AddWithValue("$id", id);
        cmd.Parameters.AddWithValue("$title", (object?)title ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$body", body);
        cmd.ExecuteNonQuery();
    }

    public long? FindByContentHash(string contentHash)
    {
        using var cmd = Command("SELECT id FROM articles WHERE content_hash = $h");
        cmd.Parameters.AddWithValue("$h", contentHash);
        return cmd.ExecuteScalar() is long id ? id : null;
    }

    public IReadOnlyList<DuplicateCandidate> FindByBandKeys(IReadOnlyList<long> bandKeys) => FindByBandKeys(bandKeys, null);

    private IReadOnlyList<DuplicateCandidate> FindByBandKeys(IReadOnlyList<long> bandKeys, SqliteTransaction? tx)
    {
        if (bandKeys.Count == 0) return [];
        using var cmd = new SqliteCommand($"""
            SELECT DISTINCT a.id, a.minhash, a.near_duplicate_of FROM article_bands b JOIN articles a ON a.id = b.article_id
            WHERE b.band_key IN ({string.Join(",", bandKeys.Select((_, i) => "$k" + i))}) AND a.minhash IS NOT NULL
            ORDER BY a.id
            """, _connection, tx);
        for (int i = 0; i < bandKeys.Count; i++) cmd.Parameters.AddWithValue("$k" + i, bandKeys[i]);
        var result = new List<DuplicateCandidate>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
            result.Add(new DuplicateCandidate(reader.GetInt64(0), (byte[])reader[1], reader.IsDBNull(2) ? null : reader.GetInt64(2)));
        return result;
    }

    public bool TryClaim(string contentHash, string worker, TimeSpan lease)
    {
        using var cmd = Command("""
            INSERT INTO ingest_claims (content_hash, worker, claimed_at) VALUES ($h, $w, $now)
            ON CONFLICT(content_hash) DO UPDATE SET worker = excluded.worker, claimed_at = excluded.claimed_at
            WHERE ingest_claims.worker = excluded.worker OR ingest_claims.claimed_at < $now - $lease
            RETURNING worker
            """);
        cmd.Parameters.AddWithValue("$h", contentHash);
        cmd.Parameters.AddWithValue("$w", worker);
        cmd.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        cmd.Parameters.AddWithValue("$lease", (long)lease.TotalMilliseconds);
        return cmd.ExecuteScalar() is string;
    }

    public void ReleaseClaim(string contentHash, string worker)
    {
        using var cmd = Command("DELETE FROM ingest_claims WHERE content_hash = $h AND worker = $w");
        cmd.Parameters.AddWithValue("$h", contentHash);
        cmd.Parameters.AddWithValue("$w", worker);
        cmd.ExecuteNonQuery();
    }

    public StoreResult Add(Document document, MinHashSignature? signature, Func<IReadOnlyList<DuplicateCandidate>, NearDuplicateLink?> chooseLink, byte[]? serialized = null)
    {
        var blob = serialized ?? DocumentSerializer.ToCompressedJson(document);
        // BEGIN IMMEDIATE takes the write lock first: the candidates read below cannot change before the insert.
        using var tx = _connection.BeginTransaction(deferred: false);
        var bandKeys = signature?.BandKeys();
        var link = bandKeys is null ? null : chooseLink(FindByBandKeys(bandKeys, tx));
        using var insert = new SqliteCommand("""
            INSERT INTO articles (content_hash, source_path, record_index, format, title, outlet, author, url, published, language,
                                  body_chars, near_duplicate_of, near_duplicate_similarity, minhash, ingested_at, document)
            VALUES ($hash, $path, $record, $format, $title, $outlet, $author, $url, $published, $language,
                    $chars, $dup, $sim, $minhash, $at, $doc)
            ON CONFLICT(content_hash) DO NOTHING
            RETURNING id
            """, _connection, tx);
        var m = document.Metadata;
        var p = insert.Parameters;
        p.AddWithValue("$hash", document.Source.ContentHash);
        p.AddWithValue("$path", document.Source.Path);
        p.AddWithValue("$record", (object?)document.Source.RecordIndex ?? DBNull.Value);
        p.AddWithValue("$format", document.Source.Format.ToString());
        p.AddWithValue("$title", (object?)m.Title?.Value ?? DBNull.Value);
        p.AddWithValue("$outlet", (object?)m.Outlet?.Value ?? DBNull.Value);
        p.AddWithValue("$author", (object?)m.Author?.Value ?? DBNull.Value);
        p.AddWithValue("$url", (object?)m.Url?.Value ?? DBNull.Value);
        p.AddWithValue("$published", (object?)m.Published?.Value ?? DBNull.Value);
        p.AddWithValue("$language", (object?)m.Language?.Value ?? DBNull.Value);
        p.AddWithValue("$chars", document.Text.Length);
        p.AddWithValue("$dup", (object?)link?.OriginalId ?? DBNull.Value);
        p.AddWithValue("$sim", (object?)link?.Similarity ?? DBNull.Value);
        p.AddWithValue("$minhash", (object?)signature?.ToBytes() ?? DBNull.Value);
        p.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        p.AddWithValue("$doc", blob);
        if (insert.ExecuteScalar() is not long id)
            return new StoreResult(null, null);
        if (bandKeys is not null)
        {
            using var band = new SqliteCommand("INSERT INTO article_bands (band_key, article_id) VALUES ($k, $id)", _connection, tx);
            var key = band.Parameters.Add("$k", SqliteType.Integer);
            band.Parameters.AddWithValue("$id", id);
            foreach (var k in bandKeys)
            {
                key.Value = k;
                band.ExecuteNonQuery();
            }
        }
        IndexForSearch(_connection, tx, id, m.Title?.Value, document.Text);
        foreach (var row in EventIndex.Rows(id, document))
        {
            using var ev = new SqliteCommand("INSERT INTO event_index (article_id, event_id, event_type, event_date, actors) VALUES ($a, $e, $t, $d, $n)", _connection, tx);
            ev.Parameters.AddWithValue("$a", row.ArticleId);
            ev.Parameters.AddWithValue("$e", row.EventId);
            ev.Parameters.AddWithValue("$t", row.Event);
            ev.Parameters.AddWithValue("$d", (object?)row.Date ?? DBNull.Value);
            ev.Parameters.AddWithValue("$n", row.Actors);
            ev.ExecuteNonQuery();
        }
        using (var release = new SqliteCommand("DELETE FROM ingest_claims WHERE content_hash = $h", _connection, tx))
        {
            release.Parameters.AddWithValue("$h", document.Source.ContentHash);
            release.ExecuteNonQuery();
        }
        CrossDocumentLinker.Link(new SqliteGraphSession(_connection, tx), id, document, link);
        tx.Commit();
        return new StoreResult(id, link);
    }

    public int Count() => Convert.ToInt32(Scalar(_connection, null, "SELECT COUNT(*) FROM articles"), CultureInfo.InvariantCulture);

    public IReadOnlyList<ArticleSummary> List(int offset, int limit)
    {
        using var cmd = Command($"""
            SELECT {ArticleRows.SummaryColumns}
            FROM articles ORDER BY id LIMIT $limit OFFSET $offset
            """);
        cmd.Parameters.AddWithValue("$limit", limit);
        cmd.Parameters.AddWithValue("$offset", offset);
        var result = new List<ArticleSummary>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            result.Add(ArticleRows.Summary(r));
        return result;
    }

    public StoredArticle? Get(long id)
    {
        using var cmd = Command("SELECT document, near_duplicate_of, near_duplicate_similarity, ingested_at FROM articles WHERE id = $id");
        cmd.Parameters.AddWithValue("$id", id);
        using var r = cmd.ExecuteReader();
        if (!r.Read()) return null;
        var document = DocumentSerializer.FromCompressedJson((byte[])r[0]);
        var link = r.IsDBNull(1) ? null : new NearDuplicateLink(r.GetInt64(1), r.GetDouble(2));
        return new StoredArticle(id, document, link, DateTimeOffset.Parse(r.GetString(3), CultureInfo.InvariantCulture));
    }

    public IReadOnlyList<SearchHit> Search(string query, int offset, int limit)
    {
        var words = SearchQuery.Words(query);
        if (words.Count == 0) return [];
        // Each word quoted: a phrase of one word, so no user input is FTS5 syntax.
        var match = string.Join(' ', words.Select(w => "\"" + w + "\""));
        using var cmd = Command("""
            SELECT f.rowid, a.title, snippet(articles_fts, 1, '[', ']', '…', 16), f.rank
            FROM articles_fts f JOIN articles a ON a.id = f.rowid
            WHERE articles_fts MATCH $q ORDER BY f.rank LIMIT $limit OFFSET $offset
            """);
        cmd.Parameters.AddWithValue("$q", match);
        cmd.Parameters.AddWithValue("$limit", limit);
        cmd.Parameters.AddWithValue("$offset", offset);
        var hits = new List<SearchHit>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            hits.Add(new SearchHit(r.GetInt64(0), Str(r, 1), r.GetString(2), r.GetDouble(3)));
        return hits;
    }

    public IReadOnlyList<EventIndexRow> FindEvents(string? actor, int offset, int limit)
    {
        using var cmd = Command("""
            SELECT article_id, event_id, event_type, event_date, actors FROM event_index
            WHERE $actor IS NULL OR instr(actors, $actor) > 0
            ORDER BY article_id, rowid LIMIT $limit OFFSET $offset
            """);
        cmd.Parameters.AddWithValue("$actor", (object?)EventIndex.Needle(actor) ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$limit", limit);
        cmd.Parameters.AddWithValue("$offset", offset);
        var rows = new List<EventIndexRow>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            rows.Add(new EventIndexRow(r.GetInt64(0), r.GetString(1), r.GetString(2), Str(r, 3), r.GetString(4)));
        return rows;
    }

    public T Graph<T>(Func<IGraphSession, T> work, bool write = false)
    {
        using var tx = _connection.BeginTransaction(deferred: !write);
        var result = work(new SqliteGraphSession(_connection, tx));
        tx.Commit();
        return result;
    }

    public void Dispose() => _connection.Dispose();

    private SqliteCommand Command(string sql) => new(sql, _connection);

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static void Exec(SqliteConnection c, string sql)
    {
        using var cmd = new SqliteCommand(sql, c);
        cmd.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection c, SqliteTransaction? tx, string sql)
    {
        using var cmd = new SqliteCommand(sql, c, tx);
        return cmd.ExecuteScalar();
    }
}
