namespace Dateline.Linking;

/// <summary>
/// What the cross-document layer needs from a store, inside one transaction. Both stores implement it over
/// the same three tables (graph_nodes, graph_keys, graph_links), so the linking logic is written once.
/// Candidate lookups go through indexed keys and are capped per key: the cost of linking one more article
/// does not grow with the store.
/// </summary>
public interface IGraphSession
{
    long InsertNode(string kind, string profile);

    void UpdateNode(long id, string profile);

    GraphNode? GetNode(long id);

    /// <summary>Nodes of a kind, newest first.</summary>
    IReadOnlyList<GraphNode> ListNodes(string kind, int offset, int limit);

    int CountNodes(string kind);

    /// <summary>Ids of nodes of this kind holding any of the keys; at most <paramref name="perKey"/> (the newest) per key.</summary>
    IReadOnlyList<long> FindNodes(string kind, IReadOnlyCollection<string> keys, int perKey);

    /// <summary>Adds keys to a node (keys it holds already are ignored).</summary>
    void AddKeys(long id, string kind, IEnumerable<string> keys);

    void AddLink(GraphLink link);

    IReadOnlyList<GraphLink> LinksOfNode(long id);

    IReadOnlyList<GraphLink> LinksOfArticle(long articleId, string kind);

    /// <summary>Points links (and keys) of one node at another; with <paramref name="items"/>, only those (article, item) links.</summary>
    void MoveLinks(long from, long to, IReadOnlyCollection<(long Article, string Item)>? items = null);

    /// <summary>Rewrites the detail of one link (an unmerge marks where a link came from).</summary>
    void UpdateLinkDetail(GraphLink link, string detail);

    void DeleteNode(long id);

    /// <summary>Turns a node into a record of its end (another kind, a new profile, no keys), so its id still answers:
    /// an event emptied by a story split says where its reports went.</summary>
    void RetireNode(long id, string kind, string profile);

    /// <summary>Removes one link (node, kind, article, item): a mention leaving its event when its article moves to another story.</summary>
    void DeleteLink(GraphLink link);

    /// <summary>A stored article's document, null when there is none: splitting a story links its moved articles' mentions again.</summary>
    Model.Document? ReadDocument(long articleId);

    /// <summary>Articles counted in the document frequencies (<see cref="AddDocumentTerms"/> calls).</summary>
    long TermDocumentCount();

    /// <summary>How many counted articles use each of these terms (terms no article used are left out).</summary>
    IReadOnlyDictionary<string, long> DocumentFrequencies(IReadOnlyCollection<string> terms);

    /// <summary>Counts one more article and its distinct terms: one counter per term, so IDF never reads the archive.</summary>
    void AddDocumentTerms(IReadOnlyCollection<string> distinctTerms);

    /// <summary>A bookkeeping value of the graph (e.g. how far a backfill got), null when unset.</summary>
    long? GetMarker(string name);

    /// <summary>Sets a bookkeeping value; null removes it.</summary>
    void SetMarker(string name, long? value);
}
