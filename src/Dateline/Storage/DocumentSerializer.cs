using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dateline.Model;

namespace Dateline.Storage;

/// <summary>
/// The document with all its layers as JSON (the shape `dateline show --json` prints), compressed for
/// storage. One format for every store, so a document reads back exactly as it was written.
/// </summary>
public static class DocumentSerializer
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        WriteIndented = false,
    };

    public static byte[] ToCompressedJson(Document document)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZLibStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            JsonSerializer.Serialize(zip, document, Options);
        return buffer.ToArray();
    }

    public static Document FromCompressedJson(byte[] bytes)
    {
        using var zip = new ZLibStream(new MemoryStream(bytes), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<Document>(zip, Options) ?? throw new InvalidDataException("empty document record");
    }
}
