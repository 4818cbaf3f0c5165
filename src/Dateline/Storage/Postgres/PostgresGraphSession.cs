using Dateline.Linking;
using Npgsql;

namespace Dateline.Storage.Postgres;

/// <summary>The cross-document graph's tables in PostgreSQL, inside the caller's transaction.</summary>
internal sealed class PostgresGraphSession(NpgsqlConnection connection, NpgsqlTransaction? tx) : IGraphSession
{
    /// <summary>Any number: the advisory lock under which one worker at a time links an article into the graph.</summary>
    public const long GraphLockKey = 0x47_52_41_50_48_4C_4B;

    /// <summary>Takes the graph lock for the rest of the transaction: linking reads candidates then writes, and two workers must not both create "Haftar".</summary>
    public void Lock()
    {
        using var cmd = Command($"SELECT pg_advisory_xact_lock({GraphLockKey})");
        cmd.ExecuteNonQuery();
    }

    public long InsertNode(string kind, string profile)
    {
        using var cmd = Command("INSERT INTO graph_nodes (kind, profile) VALUES ($1, $2) RETURNING id");
        cmd.Parameters.AddWithValue(kind);
        cmd.Parameters.AddWithValue(profile);
        return (long)cmd.ExecuteScalar()!;
    }

    public void UpdateNode(long id, string profile)
    {
        using var cmd = Command("UPDATE graph_nodes SET profile = $1 WHERE id = $2");
        cmd.Parameters.AddWithValue(profile);
        cmd.Parameters.AddWithValue(id);
        cmd.ExecuteNonQuery();
    }

    public GraphNode? GetNode(long id)
    {
        using var cmd = Command("SELECT id, kind, profile FROM graph_nodes WHERE id = $1");
        cmd.Parameters.AddWithValue(id);
        return ReadNodes(cmd).FirstOrDefault();
    }

    public IReadOnlyList<GraphNode> ListNodes(string kind, int offset, int limit)
    {
        using var cmd = Command("SELECT id, kind, profile FROM graph_nodes WHERE kind = $1 ORDER BY id DESC LIMIT $2 OFFSET $3");
        cmd.Parameters.AddWithValue(kind);
        cmd.Parameters.AddWithValue(limit);
        cmd.Parameters.AddWithValue(offset);
        return ReadNodes(cmd);
    }

    public int CountNodes(string kind)
    {
        using var cmd = Command("SELECT COUNT(*) FROM graph_nodes WHERE kind = $1");
        cmd.Parameters.AddWithValue(kind);
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public IReadOnlyList<long> FindNodes(string kind, IReadOnlyCollection<string> keys, int perKey)
    {
        if (keys.Count == 0) return [];
        // One round trip: the newest perKey nodes of each key.
        using var cmd = Command("""
            SELECT DISTINCT g.node_id FROM unnest($1::text[]) AS k(key)
            CROSS JOIN LATERAL (SELECT node_id FROM graph_keys WHERE kind = $2 AND key = k.key ORDER BY node_id DESC LIMIT $3) g
            ORDER BY 1
            """);
        cmd.Parameters.AddWithValue(keys.ToArray());
        cmd.Parameters.AddWithValue(kind);
        cmd.Parameters.AddWithValue(perKey);
        var result = new List<long>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) result.Add(r.GetInt64(0));
        return result;
    }

    public void AddKeys(long id, string kind, IEnumerable<string> keys)
    {
        var array = keys.Distinct(StringComparer.Ordinal).ToArray();
        if (array.Length == 0) return;
        using var cmd = Command("INSERT INTO graph_keys (kind, key, node_id) SELECT $1, unnest($2::text[]), $3 ON CONFLICT DO NOTHING");
        cmd.Parameters.AddWithValue(kind);
        cmd.Parameters.AddWithValue(array);
        cmd.Parameters.AddWithValue(id);
        cmd.ExecuteNonQuery();
    }

    public void AddLink(GraphLink link)
    {
        using var cmd = Command("INSERT INTO graph_links (node_id, kind, article_id, item, detail) VALUES ($1, $2, $3, $4, $5)");
        cmd.Parameters.AddWithValue(link.NodeId);
        cmd.Parameters.AddWithValue(link.Kind);
        cmd.Parameters.AddWithValue(link.ArticleId);
        cmd.Parameters.AddWithValue(link.Item);
        cmd.Parameters.AddWithValue(link.Detail);
        cmd.ExecuteNonQuery();
    }

    public IReadOnlyList<GraphLink> LinksOfNode(long id)
    {
        using var cmd = Command("SELECT node_id, kind, article_id, item, detail FROM graph_links WHERE node_id = $1 ORDER BY article_id, ctid");
        cmd.Parameters.AddWithValue(id);
        return ReadLinks(cmd);
    }

    public IReadOnlyList<GraphLink> LinksOfArticle(long articleId, string kind)
    {
        using var cmd = Command("SELECT node_id, kind, article_id, item, detail FROM graph_links WHERE article_id = $1 AND kind = $2 ORDER BY ctid");
        cmd.Parameters.AddWithValue(articleId);
        cmd.Parameters.AddWithValue(kind);
        return ReadLinks(cmd);
    }

    public void MoveLinks(long from, long to, IReadOnlyCollection<(long Article, string Item)>? items = null)
    {
        if (items is null)
        {
            using var all = Command("UPDATE graph_links SET node_id = $1 WHERE node_id = $2");
            all.Parameters.AddWithValue(to);
            all.Parameters.AddWithValue(from);
            all.ExecuteNonQuery();
            using var keys = Command("INSERT INTO graph_keys (kind, key, node_id) SELECT kind, key, $1 FROM graph_keys WHERE node_id = $2 ON CONFLICT DO NOTHING");
            keys.Parameters.AddWithValue(to);
            keys.Parameters.AddWithValue(from);
            keys.ExecuteNonQuery();
            return;
        }
        foreach (var (article, item) in items)
        {
            using var one = Command("UPDATE graph_links SET node_id = $1 WHERE node_id = $2 AND article_id = $3 AND item = $4");
            one.Parameters.AddWithValue(to);
            one.Parameters.AddWithValue(from);
            one.Parameters.AddWithValue(article);
            one.Parameters.AddWithValue(item);
            one.ExecuteNonQuery();
        }
    }

    public void UpdateLinkDetail(GraphLink link, string detail)
    {
        using var cmd = Command("UPDATE graph_links SET detail = $1 WHERE node_id = $2 AND article_id = $3 AND item = $4 AND kind = $5");
        cmd.Parameters.AddWithValue(detail);
        cmd.Parameters.AddWithValue(link.NodeId);
        cmd.Parameters.AddWithValue(link.ArticleId);
        cmd.Parameters.AddWithValue(link.Item);
        cmd.Parameters.AddWithValue(link.Kind);
        cmd.ExecuteNonQuery();
    }

    public void DeleteNode(long id)
    {
        using var cmd = Command("DELETE FROM graph_nodes WHERE id = $1");
        cmd.Parameters.AddWithValue(id);
        cmd.ExecuteNonQuery();
    }

    public void RetireNode(long id, string kind, string profile)
    {
        using var node = Command("UPDATE graph_nodes SET kind = $1, profile = $2 WHERE id = $3");
        node.Parameters.AddWithValue(kind);
        node.Parameters.AddWithValue(profile);
        node.Parameters.AddWithValue(id);
        node.ExecuteNonQuery();
        using var keys = Command("DELETE FROM graph_keys WHERE node_id = $1");
        keys.Parameters.AddWithValue(id);
        keys.ExecuteNonQuery();
    }

    public void DeleteLink(GraphLink link)
    {
        using var cmd = Command("DELETE FROM graph_links WHERE node_id = $1 AND article_id = $2 AND item = $3 AND kind = $4");
        cmd.Parameters.AddWithValue(link.NodeId);
        cmd.Parameters.AddWithValue(link.ArticleId);
        cmd.Parameters.AddWithValue(link.Item);
        cmd.Parameters.AddWithValue(link.Kind);
        cmd.ExecuteNonQuery();
    }

    public Model.Document? ReadDocument(long articleId)
    {
        using var cmd = Command("SELECT document FROM articles WHERE id = $1");
        cmd.Parameters.AddWithValue(articleId);
        return cmd.ExecuteScalar() is byte[] blob ? DocumentSerializer.FromCompressedJson(blob) : null;
    }

    public long TermDocumentCount() => GetMarker(GraphMarkers.TermDocuments) ?? 0;

    public IReadOnlyDictionary<string, long> DocumentFrequencies(IReadOnlyCollection<string> terms)
    {
        var result = new Dictionary<string, long>(terms.Count, StringComparer.Ordinal);
        if (terms.Count == 0) return result;
        using var cmd = Command("SELECT term, df FROM graph_terms WHERE term = ANY($1)");
        cmd.Parameters.AddWithValue(terms.ToArray());
        using var r = cmd.ExecuteReader();
        while (r.Read()) result[r.GetString(0)] = r.GetInt64(1);
        return result;
    }

    public void AddDocumentTerms(IReadOnlyCollection<string> distinctTerms)
    {
        // Sorted, so two workers bumping overlapping terms lock rows in one order (the graph lock serialises them anyway).
        using var cmd = Command("""
            INSERT INTO graph_terms (term, df) SELECT t, 1 FROM unnest($1::text[]) AS t ORDER BY t
            ON CONFLICT (term) DO UPDATE SET df = graph_terms.df + 1
            """);
        cmd.Parameters.AddWithValue(distinctTerms.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());
        cmd.ExecuteNonQuery();
        using var count = Command("INSERT INTO graph_markers (name, value) VALUES ($1, 1) ON CONFLICT (name) DO UPDATE SET value = graph_markers.value + 1");
        count.Parameters.AddWithValue(GraphMarkers.TermDocuments);
        count.ExecuteNonQuery();
    }

    public long? GetMarker(string name)
    {
        using var cmd = Command("SELECT value FROM graph_markers WHERE name = $1");
        cmd.Parameters.AddWithValue(name);
        return cmd.ExecuteScalar() is long v ? v : null;
    }

    public void SetMarker(string name, long? value)
    {
        using var cmd = Command(value is null ? "DELETE FROM graph_markers WHERE name = $1"
            : "INSERT INTO graph_markers (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = excluded.value");
        cmd.Parameters.AddWithValue(name);
        if (value is long v) cmd.Parameters.AddWithValue(v);
        cmd.ExecuteNonQuery();
    }

    private NpgsqlCommand Command(string sql) => new(sql, connection, tx);

    private static List<GraphNode> ReadNodes(NpgsqlCommand cmd)
    {
        var result = new List<GraphNode>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) result.Add(new GraphNode(r.GetInt64(0), r.GetString(1), r.GetString(2)));
        return result;
    }

    private static List<GraphLink> ReadLinks(NpgsqlCommand cmd)
    {
        var result = new List<GraphLink>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) result.Add(new GraphLink(r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetString(3), r.GetString(4)));
        return result;
    }
}
