using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dateline.Linking;

/// <summary>One JSON shape for node profiles and link details, in both stores.</summary>
internal static class GraphJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidDataException($"empty graph record: {json}");
}
