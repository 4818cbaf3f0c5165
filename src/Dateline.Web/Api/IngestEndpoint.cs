using Dateline.Ingest;
using Dateline.Pipeline;
using Dateline.Web.Desk;
using Microsoft.AspNetCore.Http.Features;

namespace Dateline.Web.Api;

/// <summary>
/// POST /api/ingest (multipart form, one or more files: .txt with optional .meta.json sidecar, .html, news-please
/// .json/.jsonl), mapped only with --allow-ingest. Files land in a private temporary folder under their own base
/// names and go through the same runner as `dateline ingest`; the upload is size-limited.
/// </summary>
internal static class IngestEndpoint
{
    private static readonly Lazy<ShippedModels> Models = new(ShippedModels.Load);
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>Without --allow-ingest: 403 saying how to turn writing on (a bare 404 read as a wrong address), kept out
    /// of the OpenAPI document, so the desk still offers no write endpoint.</summary>
    public static void MapRefusal(WebApplication app) =>
        app.MapPost("/api/ingest", () => Results.Problem(statusCode: 403, title: "Ingest is off",
            detail: "this desk is read-only; start it with `dateline serve --allow-ingest` to accept uploads"))
            .DisableAntiforgery().ExcludeFromDescription();

    public static void Map(WebApplication app)
    {
        long max = long.TryParse(app.Configuration[WebSettings.MaxUploadBytes], out long m) && m > 0 ? m : WebSettings.DefaultMaxUploadBytes;
        app.MapPost("/api/ingest", async (HttpContext context, StoreGate gate, DeskIndex index) =>
        {
            var request = context.Request;
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = max;
            if (request.ContentLength > max) return TooLarge(max);
            if (!request.HasFormContentType) return Results.Problem(statusCode: 400, title: "Bad upload", detail: "send the files as multipart/form-data");
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = max }, context.RequestAborted);
            }
            catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
            {
                return TooLarge(max);
            }
            if (form.Files.Count == 0) return Results.Problem(statusCode: 400, title: "Bad upload", detail: "no file in the form");
            string dir = Directory.CreateTempSubdirectory("dateline-upload-").FullName;
            try
            {
                foreach (var file in form.Files)
                {
                    string name = SafeName(file.FileName);
                    await using var output = File.Create(Path.Combine(dir, name));
                    await file.CopyToAsync(output, context.RequestAborted);
                }
                await OneAtATime.WaitAsync(context.RequestAborted);
                try
                {
                    var summary = gate.Read(store => new IngestRunner(store, StandardPipeline.ForStore(store, Models.Value, out _)) { MaxParallelism = 1 }.Run([dir]));
                    index.Invalidate();
                    return Results.Json(new
                    {
                        ingested = summary.Ingested + summary.NearDuplicates,
                        nearDuplicates = summary.NearDuplicates,
                        duplicates = summary.Duplicates,
                        rejected = summary.Rejected,
                        items = summary.Outcomes.Select(o => new
                        {
                            file = Path.GetFileName(o.Path),
                            status = o.Status.ToString().ToLowerInvariant(),
                            id = o.ArticleId,
                            duplicateOf = o.DuplicateOf,
                            title = o.Title,
                            code = o.Code,
                            reason = o.Reason,
                        }),
                    }, statusCode: summary.Rejected > 0 ? 422 : 200);
                }
                finally
                {
                    OneAtATime.Release();
                }
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        }).DisableAntiforgery().WithTags("desk").WithSummary("Ingest uploaded files (only with --allow-ingest).");
    }

    private static IResult TooLarge(long max) =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Upload too large", detail: $"at most {max} bytes");

    /// <summary>The base name with only letters, digits, dot, dash and underscore ("../a b.txt" to "a_b.txt").</summary>
    internal static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var chars = name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray();
        var safe = new string(chars).TrimStart('.');
        return safe.Length == 0 ? "upload.txt" : safe;
    }
}
