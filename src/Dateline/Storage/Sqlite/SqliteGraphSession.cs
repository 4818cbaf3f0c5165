using Dateline.Linking;
using Microsoft.Data.Sqlite;

namespace Dateline.Storage.Sqlite;

/// <summary>The cross-document graph's tables in SQLite, inside the caller's transaction.</summary>
internal sealed class SqliteGraphSession(SqliteConnection connection, SqliteTransaction? tx) : IGraphSession
{
    public long InsertNode(string kind, string profile)
    {
        using var cmd = Command("INSERT INTO graph_nodes (kind, profile) VALUES ($k, $p) RETURNING id");
        cmd.Parameters.AddWithValue("$k", kind);
        cmd.Parameters.AddWithValue("$p", profile);
        return (long)cmd.ExecuteScalar()!;
    }

    public void UpdateNode(long id, string profile)
    {
        using var cmd = Command("UPDATE graph_nodes SET profile = $p WHERE id = $id");
        cmd.Parameters.AddWithValue("$p", profile);
        cmd.Parameters.AddWithValue("$id", id);
        cmd.ExecuteNonQuery();
    }

    public GraphNode? GetNode(long id)
    {
        using var cmd = Command("SELECT id, kind, profile FROM graph_nodes WHERE id = $id");
        cmd.Parameters.AddWithValue("$id", id);
        return ReadNodes(cmd).FirstOrDefault();
    }

    public IReadOnlyList<GraphNode> ListNodes(string kind, int offset, int limit)
    {
        using var cmd = Command("SELECT id, kind, profile FROM graph_nodes WHERE kind = $k ORDER BY id DESC LIMIT $l OFFSET $o");
        cmd.Parameters.AddWithValue("$k", kind);
        cmd.Parameters.AddWithValue("$l", limit);
        cmd.Parameters.AddWithValue("$o", offset);
        return ReadNodes(cmd);
    }

    public int CountNodes(string kind)
    {
        using var cmd = Command("SELECT COUNT(*) FROM graph_nodes WHERE kind = $k");
        cmd.Parameters.AddWithValue("$k", kind);
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public IReadOnlyList<long> FindNodes(string kind, IReadOnlyCollection<string> keys, int perKey)
    {
        var result = new HashSet<long>();
        using var cmd = Command("SELECT node_id FROM graph_keys WHERE kind = $k AND key = $key ORDER BY node_id DESC LIMIT $n");
        cmd.Parameters.AddWithValue("$k", kind);
        var key = cmd.Parameters.Add("$key", SqliteType.Text);
        cmd.Parameters.AddWithValue("$n", perKey);
        foreach (var k in keys)
        {
            key.Value = k;
            using var r = cmd.ExecuteReader();
            while (r.Read()) result.Add(r.GetInt64(0));
        }
        return [.. result.Order()];
    }

    public void AddKeys(long id, string kind, IEnumerable<string> keys)
    {
        using var cmd = Command("INSERT OR IGNORE INTO graph_keys (kind, key, node_id) VALUES ($k, $key, $id)");
        cmd.Parameters.AddWithValue("$k", kind);
        var key = cmd.Parameters.Add("$key", SqliteType.Text);
        cmd.Parameters.AddWithValue("$id", id);
        foreach (var k in keys)
        {
            key.Value = k;
            cmd.ExecuteNonQuery();
        }
    }

    public void AddLink(GraphLink link)
    {
        using var cmd = Command("INSERT INTO graph_links (node_id, kind, article_id, item, detail) VALUES ($n, $k, $a, $i, $d)");
        cmd.Parameters.AddWithValue("$n", link.NodeId);
        cmd.Parameters.AddWithValue("$k", link.Kind);
        cmd.Parameters.AddWithValue("$a", link.ArticleId);
        cmd.Parameters.AddWithValue("$i", link.Item);
        cmd.Parameters.AddWithValue("$d", link.Detail);
        cmd.ExecuteNonQuery();
    }

    public IReadOnlyList<GraphLink> LinksOfNode(long id)
    {
        using var cmd = Command("SELECT node_id, kind, article_id, item, detail FROM graph_links WHERE node_id = $n ORDER BY article_id, rowid");
        cmd.Parameters.AddWithValue("$n", id);
        return ReadLinks(cmd);
    }

    public IReadOnlyList<GraphLink> LinksOfArticle(long articleId, string kind)
    {
        using var cmd = Command("SELECT node_id, kind, article_id, item, detail FROM graph_links WHERE article_id = $a AND kind = $k ORDER BY rowid");
        cmd.Parameters.AddWithValue("$a", articleId);
        cmd.Parameters.AddWithValue("$k", kind);
        return ReadLinks(cmd);
    }

    public void MoveLinks(long from, long to, IReadOnlyCollection<(long Article, string Item)>? items = null)
    {
        if (items is null)
        {
            using var all = Command("UPDATE graph_links SET node_id = $to WHERE node_id = $from");
            all.Parameters.AddWithValue("$to", to);
            all.Parameters.AddWithValue("$from", from);
            all.ExecuteNonQuery();
            using var keys = Command("INSERT OR IGNORE INTO graph_keys (kind, key, node_id) SELECT kind, key, $to FROM graph_keys WHERE node_id = $from");
            keys.Parameters.AddWithValue("$to", to);
            keys.Parameters.AddWithValue("$from", from);
            keys.ExecuteNonQuery();
            return;
        }
        using var one = Command("UPDATE graph_links SET node_id = $to WHERE node_id = $from AND article_id = $a AND item = $i");
        one.Parameters.AddWithValue("$to", to);
        one.Parameters.AddWithValue("$from", from);
        var a = one.Parameters.Add("$a", SqliteType.Integer);
        var i = one.Parameters.Add("$i", SqliteType.Text);
        foreach (var (article, item) in items)
        {
            a.Value = article;
            i.Value = item;
            one.ExecuteNonQuery();
        }
    }

    public void UpdateLinkDetail(GraphLink link, string detail)
    {
        using var cmd = Command("UPDATE graph_links SET detail = $d WHERE node_id = $n AND article_id = $a AND item = $i AND kind = $k");
        cmd.Parameters.AddWithValue("$d", detail);
        cmd.Parameters.AddWithValue("$n", link.NodeId);
        cmd.Parameters.AddWithValue("$a", link.ArticleId);
        cmd.Parameters.AddWithValue("$i", link.Item);
        cmd.Parameters.AddWithValue("$k", link.Kind);
        cmd.ExecuteNonQuery();
    }

    public void DeleteNode(long id)
    {
        using var cmd = Command("DELETE FROM graph_nodes WHERE id = $id");
        cmd.Parameters.AddWithValue("$id", id);
        cmd.ExecuteNonQuery();
    }

    public void RetireNode(long id, string kind, string profile)
    {
        using var node = Command("UPDATE graph_nodes SET kind = $k, profile = $p WHERE id = $id");
        node.Parameters.AddWithValue("$k", kind);
        node.Parameters.AddWithValue("$p", profile);
        node.Parameters.AddWithValue("$id", id);
        node.ExecuteNonQuery();
        using var keys = Command("DELETE FROM graph_keys WHERE node_id = $id");
        keys.Parameters.AddWithValue("$id", id);
        keys.ExecuteNonQuery();
    }

    public void DeleteLink(GraphLink link)
    {
        using var cmd = Command("DELETE FROM graph_links WHERE node_id = $n AND article_id = $a AND item = $i AND kind = $k");
        cmd.Parameters.AddWithValue("$n", link.NodeId);
        cmd.Parameters.AddWithValue("$a", link.ArticleId);
        cmd.Parameters.AddWithValue("$i", link.Item);
        cmd.Parameters.AddWithValue("$k", link.Kind);
        cmd.ExecuteNonQuery();
    }

    public Model.Document? ReadDocument(long articleId)
    {
        using var cmd = Command("SELECT document FROM articles WHERE id = $id");
        cmd.Parameters.AddWithValue("$id", articleId);
        return cmd.ExecuteScalar() is byte[] blob ? DocumentSerializer.FromCompressedJson(blob) : null;
    }

    public long TermDocumentCount() => GetMarker(GraphMarkers.TermDocuments) ?? 0;

    public IReadOnlyDictionary<string, long> DocumentFrequencies(IReadOnlyCollection<string> terms)
    {
        var result = new Dictionary<string, long>(terms.Count, StringComparer.Ordinal);
        using var cmd = Command("SELECT df FROM graph_terms WHERE term = $t");
        var t = cmd.Parameters.Add("$t", SqliteType.Text);
        foreach (var term in terms)
        {
            t.Value = term;
            if (cmd.ExecuteScalar() is long df) result[term] = df;
        }
        return result;
    }

    public void AddDocumentTerms(IReadOnlyCollection<string> distinctTerms)
    {
        using var cmd = Command("INSERT INTO graph_terms (term, df) VALUES ($t, 1) ON CONFLICT(term) DO UPDATE SET df = df + 1");
        var t = cmd.Parameters.Add("$t", SqliteType.Text);
        foreach (var term in distinctTerms)
        {
            t.Value = term;
            cmd.ExecuteNonQuery();
        }
        using var count = Command("INSERT INTO graph_markers (name, value) VALUES ($n, 1) ON CONFLICT(name) DO UPDATE SET value = value + 1");
        count.Parameters.AddWithValue("$n", GraphMarkers.TermDocuments);
        count.ExecuteNonQuery();
    }

    public long? GetMarker(string name)
    {
        using var cmd = Command("SELECT value FROM graph_markers WHERE name = $n");
        cmd.Parameters.AddWithValue("$n", name);
        return cmd.ExecuteScalar() is long v ? v : null;
    }

    public void SetMarker(string name, long? value)
    {
        using var cmd = Command(value is null ? "DELETE FROM graph_markers WHERE name = $n"
            : "INSERT INTO graph_markers (name, value) VALUES ($n, $v) ON CONFLICT(name) DO UPDATE SET value = excluded.value");
        cmd.Parameters.AddWithValue("$n", name);
        if (value is long v) cmd.Parameters.AddWithValue("$v", v);
        cmd.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql) => new(sql, connection, tx);

    private static List<GraphNode> ReadNodes(SqliteCommand cmd)
    {
        var result = new List<GraphNode>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) result.Add(new GraphNode(r.GetInt64(0), r.GetString(1), r.GetString(2)));
        return result;
    }

    private static List<GraphLink> ReadLinks(SqliteCommand cmd)
    {
        var result = new List<GraphLink>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) result.Add(new GraphLink(r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetString(3), r.GetString(4)));
        return result;
    }
}
