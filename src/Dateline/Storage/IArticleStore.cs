using Dateline.Dedup;
using Dateline.Linking;
using Dateline.Model;

namespace Dateline.Storage;

/// <summary>
/// Where articles live. SQLite by default; PostgreSQL implements the same contract, and the same tests
/// run against both. Every write is one transaction: a document is stored whole or not at all. Several
/// processes may share one store: claims keep them from processing the same input twice, and the
/// near-duplicate decision is taken inside the storing transaction, so two workers storing copies of one
/// story at the same moment still link them.
/// </summary>
public interface IArticleStore : IDisposable
{
    /// <summary>The id of the article with this content hash, if one is stored.</summary>
    long? FindByContentHash(string contentHash);

    /// <summary>Stored articles sharing any of these MinHash band keys.</summary>
    IReadOnlyList<DuplicateCandidate> FindByBandKeys(IReadOnlyList<long> bandKeys);

    /// <summary>
    /// Claims an input (by content hash) for this worker. False when another worker holds a claim younger
    /// than <paramref name="lease"/>; an older claim is taken to be abandoned (its worker died) and is taken over.
    /// </summary>
    bool TryClaim(string contentHash, string worker, TimeSpan lease);

    /// <summary>Gives up a claim this worker holds (processing failed or was interrupted).</summary>
    void ReleaseClaim(string contentHash, string worker);

    /// <summary>
    /// Stores a document with its signature. Inside the same transaction, the stored articles that share a
    /// band with <paramref name="signature"/> are handed to <paramref name="chooseLink"/>, which picks the
    /// near-duplicate link (or none). The article is then linked into the cross-document graph
    /// (<see cref="CrossDocumentLinker"/>) in the same transaction. Releases the document's claim. Returns a null id, writing nothing,
    /// when an article with the same content hash is already stored.
    /// </summary>
    /// <param name="serialized">The document as <see cref="DocumentSerializer.ToCompressedJson"/> makes it, when the caller made it already (off the writer's thread).</param>
    StoreResult Add(Document document, MinHashSignature? signature, Func<IReadOnlyList<DuplicateCandidate>, NearDuplicateLink?> chooseLink, byte[]? serialized = null);

    int Count();

    IReadOnlyList<ArticleSummary> List(int offset, int limit);

    StoredArticle? Get(long id);

    /// <summary>Articles whose title or body contain every word of <paramref name="query"/> (see <see cref="SearchQuery"/>), best first.</summary>
    IReadOnlyList<SearchHit> Search(string query, int offset, int limit);

    /// <summary>
    /// Indexed events, oldest article first: all, or those with an actor whose name or words contain
    /// <paramref name="actor"/> (case-insensitive). The events themselves are in the stored documents.
    /// </summary>
    IReadOnlyList<EventIndexRow> FindEvents(string? actor, int offset, int limit);

    /// <summary>
    /// Runs <paramref name="work"/> on the cross-document graph (entities, events, stories) in one transaction,
    /// committed when it returns; with <paramref name="write"/>, under the same lock <see cref="Add"/> takes to link
    /// an article (reads take no lock and see a consistent snapshot).
    /// </summary>
    T Graph<T>(Func<IGraphSession, T> work, bool write = false);
}
