using Dateline.Dedup;
using Dateline.Linking;
using Dateline.Model;
using Npgsql;
using NpgsqlTypes;

namespace Dateline.Storage.Postgres;

/// <summary>
/// The shared store for several processes or machines: PostgreSQL through Npgsql, the same contract and
/// tests as the SQLite store. Each document is one transaction; a dropped connection (a server restart)
/// is reopened and the operation retried, so an ingest loses nothing and goes on.
/// </summary>
public sealed class PostgresArticleStore : IArticleStore
{
    /// <summary>About 20 s of retries in all: long enough for a server restart.</summary>
    private const int Attempts = 12;

    /// <summary>Any number: the advisory lock that keeps two workers from migrating at once.</summary>
    private const long MigrationLockKey = 0x44_41_54_45_4C_49_4E_45;

    private readonly NpgsqlDataSource _dataSource;

    private PostgresArticleStore(NpgsqlDataSource dataSource) => _dataSource = dataSource;

    public static bool LooksLikeConnectionString(string value) =>
        value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || value.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    public static PostgresArticleStore Open(string connectionString)
    {
        NpgsqlDataSource source;
        try
        {
            source = NpgsqlDataSource.Create(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new StoreException($"not a valid PostgreSQL connection string: {e.Message}", e);
        }
        var store = new PostgresArticleStore(source);
        try
        {
            int before = store.Retry(store.Migrate);
            if (before is > 0 and < 3) store.BackfillBodies();
            GraphBackfill.Summaries(store);
            if (before is > 0 and < 5) GraphBackfill.Run(store);
        }
        catch (Exception e) when (e is NpgsqlException or PostgresException)
        {
            source.Dispose();
            throw new StoreException($"cannot open the PostgreSQL store ({Describe(connectionString)}): {e.Message}", e);
        }
        return store;
    }

    private static string Describe(string connectionString)
    {
        try
        {
            var b = new NpgsqlConnectionStringBuilder(connectionString);
            return $"{b.Host}:{b.Port}/{b.Database}";
        }
        catch (ArgumentException)
        {
            return "the given connection";
        }
    }

    /// <summary>Brings the schema up to date; returns the version the store had before.</summary>
    private int Migrate()
    {
        using var c = _dataSource.OpenConnection();
        using var tx = c.BeginTransaction();
        Exec(c, tx, $"SELECT pg_advisory_xact_lock({MigrationLockKey})");
        Exec(c, tx, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        using var q = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version", c, tx);
        int current = Convert.ToInt32(q.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        if (current > PostgresMigrations.Latest)
            throw new StoreException($"the PostgreSQL store was written by a newer Dateline (schema {current}; this one knows up to {PostgresMigrations.Latest})");
        foreach (var (version, sql) in PostgresMigrations.Steps)
        {
            if (version <= current) continue;
            Exec(c, tx, sql);
            Exec(c, tx, $"INSERT INTO schema_version(version) VALUES ({version})");
        }
        tx.Commit();
        return current;
    }

    /// <summary>Stores made before the search column (schema 3) get their bodies filled in once.</summary>
    private void BackfillBodies()
    {
        using var c = _dataSource.OpenConnection();
        var rows = new List<(long Id, string Body)>();
        using (var read = new NpgsqlCommand("SELECT id, document FROM articles WHERE body IS NULL", c))
        using (var r = read.ExecuteReader())
            while (r.Read())
                rows.Add((r.GetInt64(0), DocumentSerializer.FromCompressedJson((byte[])r[1]).Text));
        foreach (var (id, body) in rows)
        {
            using var update = new NpgsqlCommand("UPDATE articles SET body = $1 WHERE id = $2", c);
            update.Parameters.AddWithValue(body);
            update.Parameters.AddWithValue(id);
            update.ExecuteNonQuery();
        }
    }

    public long? FindByContentHash(string contentHash) => Retry(() =>
    {
        using var cmd = _dataSource.CreateCommand("SELECT id FROM articles WHERE content_hash = $1");
        cmd.Parameters.AddWithValue(contentHash);
        return cmd.ExecuteScalar() is long id ? id : (long?)null;
    });

    public IReadOnlyList<DuplicateCandidate> FindByBandKeys(IReadOnlyList<long> bandKeys) => Retry(() =>
    {
        using var c = _dataSource.OpenConnection();
        return FindByBandKeys(c, null, bandKeys);
    });

    private static IReadOnlyList<DuplicateCandidate> FindByBandKeys(NpgsqlConnection c, NpgsqlTransaction? tx, IReadOnlyList<long> bandKeys)
    {
        if (bandKeys.Count == 0) return [];
        using var cmd = new NpgsqlCommand("""
            SELECT DISTINCT a.id, a.minhash, a.near_duplicate_of FROM article_bands b JOIN articles a ON a.id = b.article_id
            WHERE b.band_key = ANY($1) AND a.minhash IS NOT NULL ORDER BY a.id
            """, c, tx);
        cmd.Parameters.AddWithValue(bandKeys.ToArray());
        var result = new List<DuplicateCandidate>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            result.Add(new DuplicateCandidate(r.GetInt64(0), (byte[])r[1], r.IsDBNull(2) ? null : r.GetInt64(2)));
        return result;
    }

    public bool TryClaim(string contentHash, string worker, TimeSpan lease) => Retry(() =>
    {
        using var cmd = _dataSource.CreateCommand("""
            INSERT INTO ingest_claims (content_hash, worker) VALUES ($1, $2)
            ON CONFLICT (content_hash) DO UPDATE SET worker = excluded.worker, claimed_at = now()
            WHERE ingest_claims.worker = excluded.worker OR ingest_claims.claimed_at < now() - $3
            RETURNING worker
            """);
        cmd.Parameters.AddWithValue(contentHash);
        cmd.Parameters.AddWithValue(worker);
        cmd.Parameters.AddWithValue(lease);
        return cmd.ExecuteScalar() is string;
    });

    public void ReleaseClaim(string contentHash, string worker) => Retry(() =>
    {
        using var cmd = _dataSource.CreateCommand("DELETE FROM ingest_claims WHERE content_hash = $1 AND worker = $2");
        cmd.Parameters.AddWithValue(contentHash);
        cmd.Parameters.AddWithValue(worker);
        return cmd.ExecuteNonQuery();
    });

    public StoreResult Add(Document document, MinHashSignature? signature, Func<IReadOnlyList<DuplicateCandidate>, NearDuplicateLink?> chooseLink, byte[]? serialized = null)
    {
        var blob = serialized ?? DocumentSerializer.ToCompressedJson(document);
        var bandKeys = signature?.BandKeys();
        return Retry(() =>
        {
            using var c = _dataSource.OpenConnection();
            using var tx = c.BeginTransaction();
            NearDuplicateLink? link = null;
            if (bandKeys is not null)
            {
                // One advisory lock per band, in key order (no deadlock): two workers storing copies of one
                // story wait for each other, so the second sees the first and links to it; others never wait.
                using (var lockBands = new NpgsqlCommand("SELECT pg_advisory_xact_lock(k) FROM (SELECT DISTINCT unnest($1::bigint[]) AS k ORDER BY 1) keys", c, tx))
                {
                    lockBands.Parameters.AddWithValue(bandKeys);
                    lockBands.ExecuteNonQuery();
                }
                link = chooseLink(FindByBandKeys(c, tx, bandKeys));
            }
            using var insert = new NpgsqlCommand("""
                INSERT INTO articles (content_hash, source_path, record_index, format, title, outlet, author, url, published, language,
                                      body_chars, near_duplicate_of, near_duplicate_similarity, minhash, document, body)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
                ON CONFLICT (content_hash) DO NOTHING
                RETURNING id
                """, c, tx);
            var m = document.Metadata;
            var p = insert.Parameters;
            p.AddWithValue(document.Source.ContentHash);
            p.AddWithValue(document.Source.Path);
            p.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = (object?)document.Source.RecordIndex ?? DBNull.Value });
            p.AddWithValue(document.Source.Format.ToString());
            foreach (var v in new[] { m.Title, m.Outlet, m.Author, m.Url, m.Published, m.Language })
                p.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)v?.Value ?? DBNull.Value });
            p.AddWithValue(document.Text.Length);
            p.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = (object?)link?.OriginalId ?? DBNull.Value });
            p.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Double, Value = (object?)link?.Similarity ?? DBNull.Value });
            p.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bytea, Value = (object?)signature?.ToBytes() ?? DBNull.Value });
            p.AddWithValue(blob);
            p.AddWithValue(document.Text);
            if (insert.ExecuteScalar() is not long id)
                return new StoreResult(null, null);
            if (bandKeys is not null)
            {
                using var band = new NpgsqlCommand("INSERT INTO article_bands (band_key, article_id) SELECT unnest($1::bigint[]), $2", c, tx);
                band.Parameters.AddWithValue(bandKeys);
                band.Parameters.AddWithValue(id);
                band.ExecuteNonQuery();
            }
            foreach (var row in EventIndex.Rows(id, document))
            {
                using var ev = new NpgsqlCommand("INSERT INTO event_index (article_id, event_id, event_type, event_date, actors) VALUES ($1, $2, $3, $4, $5)", c, tx);
                ev.Parameters.AddWithValue(row.ArticleId);
                ev.Parameters.AddWithValue(row.EventId);
                ev.Parameters.AddWithValue(row.Event);
                ev.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)row.Date ?? DBNull.Value });
                ev.Parameters.AddWithValue(row.Actors);
                ev.ExecuteNonQuery();
            }
            using (var release = new NpgsqlCommand("DELETE FROM ingest_claims WHERE content_hash = $1", c, tx))
            {
                release.Parameters.AddWithValue(document.Source.ContentHash);
                release.ExecuteNonQuery();
            }
            // Last, so the graph lock is held only for the linking itself.
            var graph = new PostgresGraphSession(c, tx);
            graph.Lock();
            CrossDocumentLinker.Link(graph, id, document, link);
            tx.Commit();
            return new StoreResult(id, link);
        });
    }

    public int Count() => Retry(() =>
    {
        using var cmd = _dataSource.CreateCommand("SELECT COUNT(*) FROM articles");
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    });

    public IReadOnlyList<ArticleSummary> List(int offset, int limit) => Retry(() =>
    {
        using var cmd = _dataSource.CreateCommand($"""
            SELECT {ArticleRows.SummaryColumns}
            FROM articles ORDER BY id LIMIT $1 OFFSET $2
            """);
        cmd.Parameters.AddWithValue(limit);
        cmd.Parameters.AddWithValue(offset);
        var result = new List<ArticleSummary>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            result.Add(ArticleRows.Summary(r));
        return (IReadOnlyList<ArticleSummary>)result;
    });

    public StoredArticle? Get(long id) => Retry(() =>
    {
        using var cmd = _dataSource.CreateCommand("SELECT document, near_duplicate_of, near_duplicate_similarity, ingested_at FROM articles WHERE id = $1");
        cmd.Parameters.AddWithValue(id);
        using var r = cmd.ExecuteReader();
        if (!r.Read()) return null;
        var link = r.IsDBNull(1) ? null : new NearDuplicateLink(r.GetInt64(1), r.GetDouble(2));
        return new StoredArticle(id, DocumentSerializer.FromCompressedJson((byte[])r[0]), link, r.GetFieldValue<DateTimeOffset>(3));
    });

    public IReadOnlyList<SearchHit> Search(string query, int offset, int limit) => Retry(() =>
    {
        var words = SearchQuery.Words(query);
        if (words.Count == 0) return (IReadOnlyList<SearchHit>)[];
        using var cmd = _dataSource.CreateCommand("""
            SELECT id, title, ts_headline('simple', coalesce(body, ''), q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8, MaxFragments=1, FragmentDelimiter=…'),
                   -ts_rank(search, q) AS rank
            FROM articles, to_tsquery('simple', $1) q
            WHERE search @@ q ORDER BY rank, id LIMIT $2 OFFSET $3
            """);
        cmd.Parameters.AddWithValue(string.Join(" & ", words));
        cmd.Parameters.AddWithValue(limit);
        cmd.Parameters.AddWithValue(offset);
        var hits = new List<SearchHit>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            hits.Add(new SearchHit(r.GetInt64(0), Str(r, 1), r.GetString(2), r.GetFloat(3)));
        return (IReadOnlyList<SearchHit>)hits;
    });

    public IReadOnlyList<EventIndexRow> FindEvents(string? actor, int offset, int limit) => Retry(() =>
    {
        using var cmd = _dataSource.CreateCommand("""
            SELECT article_id, event_id, event_type, event_date, actors FROM event_index
            WHERE $1::text IS NULL OR strpos(actors, $1::text) > 0
            ORDER BY article_id, ctid LIMIT $2 OFFSET $3
            """);
        cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)EventIndex.Needle(actor) ?? DBNull.Value });
        cmd.Parameters.AddWithValue(limit);
        cmd.Parameters.AddWithValue(offset);
        var rows = new List<EventIndexRow>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            rows.Add(new EventIndexRow(r.GetInt64(0), r.GetString(1), r.GetString(2), Str(r, 3), r.GetString(4)));
        return (IReadOnlyList<EventIndexRow>)rows;
    });

    public T Graph<T>(Func<IGraphSession, T> work, bool write = false) => Retry(() =>
    {
        using var c = _dataSource.OpenConnection();
        using var tx = c.BeginTransaction(write ? System.Data.IsolationLevel.ReadCommitted : System.Data.IsolationLevel.RepeatableRead);
        var graph = new PostgresGraphSession(c, tx);
        if (write) graph.Lock();
        var result = work(graph);
        tx.Commit();
        return result;
    });

    public void Dispose() => _dataSource.Dispose();

    /// <summary>Runs an operation again, with a growing pause, while the server is unreachable or restarting.</summary>
    private T Retry<T>(Func<T> operation)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return operation();
            }
            catch (Exception e) when (attempt < Attempts && IsTransient(e))
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(Math.Min(2000, 100 * (1 << attempt))));
            }
        }
    }

    private void Retry(Action operation) => Retry(() => { operation(); return 0; });

    private static bool IsTransient(Exception e) => e switch
    {
        PostgresException pg => pg.IsTransient || pg.SqlState is "57P01" or "57P02" or "57P03",
        NpgsqlException npg => npg.IsTransient,
        _ => false,
    };

    private static string? Str(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static void Exec(NpgsqlConnection c, NpgsqlTransaction tx, string sql)
    {
        using var cmd = new NpgsqlCommand(sql, c, tx);
        cmd.ExecuteNonQuery();
    }
}
