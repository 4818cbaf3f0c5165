using Dateline.Model;

namespace Dateline.Ingest;

/// <summary>One outcome of reading an input: a document ready for the pipeline, or a rejection.</summary>
public readonly record struct ReadItem(Document? Document, InputRejection? Rejection)
{
    public static ReadItem Of(Document document) => new(document, null);

    public static ReadItem Reject(string path, int? record, string code, string reason) => new(null, new InputRejection(path, record, code, reason));
}
