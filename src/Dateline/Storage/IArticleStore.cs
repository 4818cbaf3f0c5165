using Dateline.Dedup;
using Dateline.Model;

namespace Dateline.Storage;

/// <summary>
/// Where articles live. SQLite by default; PostgreSQL implements the same contract, and the same tests
/// run against both. Every write is one transaction: a document is stored whole or not at all.
/// </summary>
public interface IArticleStore : IDisposable
{
    /// <summary>The id of the article with this content hash, if one is stored.</summary>
    long? FindByContentHash(string contentHash);

    /// <summary>Stored articles sharing any of these MinHash band keys.</summary>
    IReadOnlyList<DuplicateCandidate> FindByBandKeys(IReadOnlyList<long> bandKeys);

    /// <summary>
    /// Stores a document with its signature and near-duplicate link. Returns the new id, or null when
    /// an article with the same content hash was stored meanwhile (then nothing is written).
    /// </summary>
    long? Add(Document document, MinHashSignature? signature, NearDuplicateLink? nearDuplicate);

    int Count();

    IReadOnlyList<ArticleSummary> List(int offset, int limit);

    StoredArticle? Get(long id);
}
