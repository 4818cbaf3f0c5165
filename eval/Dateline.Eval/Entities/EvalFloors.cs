using System.Text.Json;

namespace Dateline.Eval.Entities;

/// <summary>Reads eval/floors.json ({"task.metric": number}), found by walking up from the working directory.</summary>
internal static class EvalFloors
{
    public static double? Get(string key)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "eval", "floors.json");
            if (!File.Exists(path))
                continue;
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            return doc.RootElement.TryGetProperty(key, out var value) ? value.GetDouble() : null;
        }
        return null;
    }
}
