using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Dateline.Web.Api;

/// <summary>
/// JSON with a strong ETag (a hash of the body): a client sending it back in If-None-Match gets 304 and no body,
/// so a polling page costs one hash, not a transfer.
/// </summary>
internal sealed class TaggedJson<T>(T value) : IResult
{
    public async Task ExecuteAsync(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(value, options);
        string tag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 12)) + "\"";
        var response = context.Response;
        response.Headers.ETag = tag;
        response.Headers.CacheControl = "no-cache";
        var match = context.Request.Headers.IfNoneMatch;
        if (match.Count > 0 && EntityTagHeaderValue.TryParseList(match, out var tags) &&
            tags.Any(t => t.Tag == "*" || t.Tag.Equals(tag, StringComparison.Ordinal)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body);
    }
}

internal static class Tagged
{
    public static IResult Json<T>(T value) => new TaggedJson<T>(value);

    public static IResult NotFound(string what) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: what);

    /// <summary>410 for an event a story split emptied: why, and the events (`successors`) that hold its reports now.</summary>
    public static IResult Retired(long id, Dateline.Linking.RetiredEvent retired) =>
        Results.Problem(statusCode: StatusCodes.Status410Gone, title: "Event retired",
            detail: $"event {id} no longer exists: {retired.Reason}; its reports are in "
                + (retired.Successors.Count == 0 ? "no event now" : "event " + string.Join(", ", retired.Successors)),
            extensions: new Dictionary<string, object?> { ["successors"] = retired.Successors.Select(Desk.DeskEvents.Id).ToList(), ["story"] = retired.Story });
}
