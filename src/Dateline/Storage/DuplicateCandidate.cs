namespace Dateline.Storage;

/// <summary>A stored article that shares a MinHash band with a new one, with its signature to compare.</summary>
public sealed record DuplicateCandidate(long Id, byte[] Signature, long? NearDuplicateOf);
