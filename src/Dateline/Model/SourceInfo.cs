namespace Dateline.Model;

/// <summary>
/// Where a document came from. <see cref="ContentHash"/> is the SHA-256 of the decoded source text
/// (plus the record index for multi-record files), the key that makes re-ingest a no-op.
/// </summary>
public sealed record SourceInfo(
    string Path,
    SourceFormat Format,
    string Encoding,
    string ContentHash,
    long ByteLength,
    int? RecordIndex = null);
