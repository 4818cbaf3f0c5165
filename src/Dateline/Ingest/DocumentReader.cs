using System.Text;
using System.Text.Json;
using Dateline.Model;

namespace Dateline.Ingest;

/// <summary>
/// Reads one input file into documents ready for the pipeline: plain text (with its sidecar), an HTML
/// page, a news-please JSON record (or array of records) or a JSON-lines file of records. For news-please
/// records the source text is the record's <c>maintext</c>: that is the article as the record gives it,
/// and the file and record number say where it came from. Every problem is a rejection naming the input.
/// </summary>
public sealed class DocumentReader
{
    /// <summary>An article page larger than this is not an article (a dump, a log, a video).</summary>
    public const long MaxArticleBytes = 20L * 1024 * 1024;

    public IEnumerable<ReadItem> Read(InputFile input, CancellationToken cancellation = default)
    {
        if (input.Kind == InputKind.NewsPleaseJsonLines)
            return ReadJsonLines(input.Path, cancellation);
        return ReadWhole(input);
    }

    private IEnumerable<ReadItem> ReadWhole(InputFile input)
    {
        var path = input.Path;
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxArticleBytes)
                return [ReadItem.Reject(path, null, "ingest.too-large", $"the file is {length / (1024.0 * 1024):0.#} MB; one article is at most {MaxArticleBytes / (1024 * 1024)} MB (use .jsonl for many records)")];
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadItem.Reject(path, null, "ingest.unreadable", $"cannot read the file: {e.Message}")];
        }

        var (decoded, problem) = TextDecoder.Decode(bytes, input.Kind == InputKind.Html);
        if (decoded is null)
            return [ReadItem.Reject(path, null, problem!.StartsWith("the file looks binary", StringComparison.Ordinal) ? "ingest.binary" : "ingest.empty", problem)];

        return input.Kind switch
        {
            InputKind.PlainText => [ReadWithSidecar(path, SourceFormat.PlainText, decoded, bytes.Length)],
            // A saved page may have a sidecar too ("page.html" + "page.meta.json"): it outranks the page's own metadata.
            InputKind.Html => [ReadWithSidecar(path, SourceFormat.Html, decoded, bytes.Length)],
            _ => ReadJson(path, decoded, bytes.Length),
        };
    }

    private static ReadItem ReadWithSidecar(string path, SourceFormat format, DecodedText decoded, long byteLength)
    {
        var metadata = ArticleMetadata.Empty;
        string? unreadDate = null;
        IReadOnlyList<string> unreadFields = [];
        string? urlKey = null;
        var sidecar = SidecarPath(path);
        if (File.Exists(sidecar))
        {
            try
            {
                using var json = JsonDocument.Parse(File.ReadAllBytes(sidecar));
                if (json.RootElement.ValueKind != JsonValueKind.Object)
                    return ReadItem.Reject(path, null, "ingest.bad-sidecar", $"its sidecar {Path.GetFileName(sidecar)} is not a JSON object");
                metadata = MetadataJson.FromSidecar(json.RootElement, "sidecar");
                unreadDate = MetadataJson.UnreadSidecarDate(json.RootElement);
                unreadFields = MetadataJson.UnreadSidecarFields(json.RootElement);
                urlKey = MetadataJson.Trimmed(json.RootElement, "url");
            }
            catch (JsonException e)
            {
                return ReadItem.Reject(path, null, "ingest.bad-sidecar", $"its sidecar {Path.GetFileName(sidecar)} is not valid JSON: {e.Message}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return ReadItem.Reject(path, null, "ingest.bad-sidecar", $"cannot read its sidecar {Path.GetFileName(sidecar)}: {e.Message}");
            }
        }
        // The page's address is part of its identity: the same wire text reprinted at another URL is another article
        // (stored as a near copy of the first), as a news-please record's url is; without a URL the text alone decides.
        var doc = NewDocument(path, format, decoded.Text, decoded.Encoding, byteLength, null, metadata,
            urlKey is null ? [] : [urlKey]);
        return ReadItem.Of(WarnOfUnreadFields(WarnOfUnreadDate(doc, unreadDate, "the sidecar's"), unreadFields, "the sidecar"));
    }

    private static Document WarnOfUnreadFields(Document doc, IReadOnlyList<string> fields, string whose) => fields.Count == 0 ? doc : doc.WithDiagnostic(new Diagnostic(
        "ingest.bad-field", "ingest", DiagnosticSeverity.Warning,
        $"{whose} gives {string.Join(", ", fields)} where text is expected; left out"));

    private static Document WarnOfUnreadDate(Document doc, string? unread, string whose) => unread is null ? doc : doc.WithDiagnostic(new Diagnostic(
        "ingest.bad-date", "ingest", DiagnosticSeverity.Warning,
        $"{whose} publication date '{unread}' is not a date Dateline reads (2019-05-16, an ISO date-time, 16 May 2019, May 16, 2019); left out"));

    /// <summary><c>story.txt</c> → <c>story.meta.json</c> beside it.</summary>
    public static string SidecarPath(string articlePath) =>
        Path.Combine(Path.GetDirectoryName(articlePath) ?? "", Path.GetFileNameWithoutExtension(articlePath) + InputEnumerator.SidecarSuffix);

    private static IEnumerable<ReadItem> ReadJson(string path, DecodedText decoded, long byteLength)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(decoded.Text, new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            return [ReadItem.Reject(path, null, "ingest.bad-json", $"not valid JSON: {e.Message}")];
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
                return [FromRecord(path, null, root, decoded.Encoding, byteLength)];
            if (root.ValueKind == JsonValueKind.Array)
                return [.. root.EnumerateArray().Select((r, i) => FromRecord(path, i, r, decoded.Encoding, byteLength))];
            return [ReadItem.Reject(path, null, "ingest.bad-json", "expected a news-please record (a JSON object) or an array of them")];
        }
    }

    private static IEnumerable<ReadItem> ReadJsonLines(string path, CancellationToken cancellation)
    {
        StreamReader reader;
        try
        {
            reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadItem.Reject(path, null, "ingest.unreadable", $"cannot read the file: {e.Message}")];
        }
        return Lines(reader);

        IEnumerable<ReadItem> Lines(StreamReader r)
        {
            using (r)
            {
                int index = -1, nonEmpty = 0;
                while (true)
                {
                    cancellation.ThrowIfCancellationRequested();
                    string? line;
                    string? problem = null;
                    try
                    {
                        line = r.ReadLine();
                    }
                    catch (Exception e) when (e is IOException or OutOfMemoryException)
                    {
                        line = null;
                        problem = e.Message;
                    }
                    if (problem is not null)
                    {
                        yield return ReadItem.Reject(path, index + 1, "ingest.unreadable", $"reading stopped: {problem}");
                        yield break;
                    }
                    if (line is null) break;
                    index++;
                    if (string.IsNullOrWhiteSpace(line)) continue;
                    nonEmpty++;
                    if (line.Length > MaxArticleBytes)
                    {
                        yield return ReadItem.Reject(path, index, "ingest.too-large", "the record is larger than one article can be");
                        continue;
                    }
                    ReadItem item;
                    try
                    {
                        using var json = JsonDocument.Parse(line);
                        item = FromRecord(path, index, json.RootElement, "utf-8", Encoding.UTF8.GetByteCount(line));
                    }
                    catch (JsonException e)
                    {
                        item = ReadItem.Reject(path, index, "ingest.bad-json", $"line {index + 1} is not valid JSON: {e.Message}");
                    }
                    yield return item;
                }
                if (nonEmpty == 0)
                    yield return ReadItem.Reject(path, null, "ingest.empty", "the file holds no records");
            }
        }
    }

    private static ReadItem FromRecord(string path, int? index, JsonElement record, string encoding, long byteLength)
    {
        if (record.ValueKind != JsonValueKind.Object)
            return ReadItem.Reject(path, index, "ingest.bad-json", "a record must be a JSON object");
        if (!record.TryGetProperty("maintext", out var main) || main.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(main.GetString()))
            return ReadItem.Reject(path, index, "ingest.no-body", "the record has no 'maintext'");
        var metadata = MetadataJson.FromNewsPlease(record, "json");
        var text = main.GetString()!;
        // The hash keys on the values as the record writes them (trimmed only), so a record stored before metadata
        // was made one line is still recognised as a duplicate.
        var doc = NewDocument(path, SourceFormat.NewsPleaseJson, text, encoding, byteLength, index, metadata, MetadataJson.Trimmed(record, "url"), MetadataJson.Trimmed(record, "title"));
        return ReadItem.Of(WarnOfUnreadFields(WarnOfUnreadDate(doc, MetadataJson.UnreadNewsPleaseDate(record), "the record's"), MetadataJson.UnreadNewsPleaseFields(record), "the record"));
    }

    private static Document NewDocument(string path, SourceFormat format, string text, string encoding, long byteLength, int? record, ArticleMetadata metadata, params string?[] extraKey) => new()
    {
        Source = new SourceInfo(Path.GetFullPath(path), format, encoding, ContentHash.Of([text, .. extraKey]), byteLength, record),
        SourceText = text,
        Metadata = metadata,
    };
}
