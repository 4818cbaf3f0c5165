namespace Dateline.Storage;

/// <summary>What storing a document did: its new id (null when the content was already stored) and its near-duplicate link.</summary>
public sealed record StoreResult(long? Id, NearDuplicateLink? Link);
