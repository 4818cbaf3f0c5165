namespace Dateline.Ingest;

/// <summary>
/// An input that could not be ingested: the path (and record number for multi-record files), a
/// stable code ("ingest.empty", "ingest.binary", "ingest.bad-json", ...) and a reason for people.
/// </summary>
public sealed record InputRejection(string Path, int? RecordIndex, string Code, string Reason)
{
    public string Where => RecordIndex is int r ? $"{Path} (record {r + 1})" : Path;
}
