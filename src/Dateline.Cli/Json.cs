using System.Text.Encodings.Web;
using System.Text.Json;
using Dateline.Storage;

namespace Dateline.Cli;

/// <summary>
/// JSON output: the field names are a public contract (README), camelCase, nulls left out. Names are written as
/// they are ("Salamé", "Mu'ammar"), not as \u escapes: the output goes to a terminal or a file, never into HTML.
/// </summary>
internal static class Json
{
    private static readonly JsonSerializerOptions Indented = new(DocumentSerializer.Options) { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write<T>(TextWriter writer, T value) => writer.WriteLine(JsonSerializer.Serialize(value, Indented));
}
