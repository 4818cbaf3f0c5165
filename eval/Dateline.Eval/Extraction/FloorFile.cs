using System.Text.Json;

namespace Dateline.Eval.Extraction;

/// <summary>Reads eval/floors.json (`{ "task.metric": number }`), found by walking up from the working directory or the binaries.</summary>
internal static class FloorFile
{
    public static IReadOnlyDictionary<string, double> Load()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var path = Path.Combine(dir.FullName, "eval", "floors.json");
                if (!File.Exists(path)) continue;
                var floors = JsonSerializer.Deserialize<Dictionary<string, double>>(File.ReadAllText(path));
                return floors ?? [];
            }
        }
        return new Dictionary<string, double>();
    }
}
