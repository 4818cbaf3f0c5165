using Dateline.Linking;
using Dateline.Storage;

namespace Dateline.Web.Desk;

/// <summary>
/// The one store connection, shared by all requests. The SQLite store holds a single connection, so calls are
/// serialised here; reads are short (one article, one search page) and the desk index caches the rest.
/// </summary>
public sealed class StoreGate : IDisposable
{
    private readonly Lazy<IArticleStore> _store;
    private readonly Lock _lock = new();

    public StoreGate(IConfiguration configuration)
    {
        var value = configuration[WebSettings.Store] ?? "dateline.db";
        _store = new Lazy<IArticleStore>(() => ArticleStores.Open(value));
    }

    public T Read<T>(Func<IArticleStore, T> read)
    {
        lock (_lock) return read(_store.Value);
    }

    /// <summary>A read of the cross-document graph, in one transaction (a consistent view of entities, events and stories).</summary>
    public T Graph<T>(Func<GraphReader, IGraphSession, T> read) => Read(s => s.Graph(g => read(new GraphReader(g), g)));

    public void Dispose()
    {
        if (_store.IsValueCreated) _store.Value.Dispose();
    }
}
