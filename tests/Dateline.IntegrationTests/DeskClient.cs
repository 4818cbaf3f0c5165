using System.Net;
using System.Text.Json;

namespace Dateline.IntegrationTests;

/// <summary>GET helpers over a desk in memory: status, JSON (when the answer is JSON) and body; and the sample's ids as the graph gave them.</summary>
internal static class DeskClient
{
    public static async Task<(HttpStatusCode Status, JsonElement Json, string Body)> Get(this DeskFactory factory, string url)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        var json = body.Length > 0 && (response.Content.Headers.ContentType?.MediaType ?? "").EndsWith("json", StringComparison.Ordinal)
            ? JsonDocument.Parse(body).RootElement.Clone() : default;
        return (response.StatusCode, json, body);
    }

    /// <summary>The id of the entity of this name (exactly) in /api/entities.</summary>
    public static async Task<string> EntityId(this DeskFactory factory, string name)
    {
        var (_, json, _) = await factory.Get("/api/entities?limit=200&q=" + Uri.EscapeDataString(name));
        return json.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("name").GetString() == name).GetProperty("id").GetString()!;
    }

    /// <summary>The sample's Rome meeting of Haftar and Conte (2019-05-16) on Haftar's timeline.</summary>
    public static async Task<JsonElement> RomeMeeting(this DeskFactory factory)
    {
        var (_, t, _) = await factory.Get("/api/timeline?actor=" + await factory.EntityId("Khalifa Haftar"));
        return t.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("event").GetString() == "CONSULT" && e.TryGetProperty("place", out var p) && p.GetString() == "Rome");
    }
}
