using System.Text.Json;
using Dateline.Storage;

namespace Dateline.Cli;

/// <summary>JSON output: the field names are a public contract (README), camelCase, nulls left out.</summary>
internal static class Json
{
    private static readonly JsonSerializerOptions Indented = new(DocumentSerializer.Options) { WriteIndented = true };

    public static void Write<T>(TextWriter writer, T value) => writer.WriteLine(JsonSerializer.Serialize(value, Indented));
}
