using Dateline.Model;

namespace Dateline.Storage;

/// <summary>An article as the store keeps it: its id, the whole document, and its near-duplicate link.</summary>
public sealed record StoredArticle(long Id, Document Document, NearDuplicateLink? NearDuplicate, DateTimeOffset IngestedAt);
