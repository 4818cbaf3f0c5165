using System.IO.Compression;
using System.Text.Json;

namespace Dateline.Eval.Extraction;

/// <summary>One page of the trafilatura evaluation set: decoded HTML and its must-keep / must-drop segments.</summary>
public sealed record EvalPage(string File, string Html, IReadOnlyList<string> With, IReadOnlyList<string> Without, string? Date = null, string? Title = null);

/// <summary>Loads ../shared/datasets/trafilatura-eval: evaldata.json plus the gzip pages it names.</summary>
public static class TrafilaturaEvalData
{
    /// <summary>Pages of evaldata.json with their decoded HTML; a file is looked up in cache/ first, then eval/.</summary>
    public static List<EvalPage> Load(string dataPath)
    {
        var root = File.Exists(dataPath) ? Path.GetDirectoryName(Path.GetFullPath(dataPath))! : dataPath;
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "evaldata.json")));
        var pages = new List<EvalPage>();
        foreach (var entry in doc.RootElement.EnumerateObject())
        {
            var file = entry.Value.GetProperty("file").GetString()!;
            var path = Path.Combine(root, "cache", file + ".gz");
            if (!System.IO.File.Exists(path)) path = Path.Combine(root, "eval", file + ".gz");
            if (!System.IO.File.Exists(path)) continue;
            using var gz = new GZipStream(System.IO.File.OpenRead(path), CompressionMode.Decompress);
            using var ms = new MemoryStream();
            gz.CopyTo(ms);
            pages.Add(new EvalPage(file, HtmlBytesDecoder.Decode(ms.ToArray()), Segments(entry.Value, "with"), Segments(entry.Value, "without"),
                Field(entry.Value, "date"), Field(entry.Value, "title")));
        }
        return pages;
    }

    private static string? Field(JsonElement page, string name) =>
        page.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;

    private static List<string> Segments(JsonElement page, string name) =>
        page.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(s => s.GetString() ?? "").Where(s => s.Length > 0).ToList()
            : [];
}
