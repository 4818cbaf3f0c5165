using System.Text.Json;

namespace Dateline.Eval.Time;

/// <summary>
/// Reads eval/floors.json ({ "task.metric": number }), found by walking up from the working
/// directory and then from the program's folder. Missing file or key: no floor.
/// </summary>
internal static class EvalFloors
{
    public static IReadOnlyDictionary<string, double> Load()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var path = Path.Combine(dir.FullName, "eval", "floors.json");
                if (File.Exists(path))
                    return JsonSerializer.Deserialize<Dictionary<string, double>>(File.ReadAllText(path)) ?? [];
            }
        }
        return new Dictionary<string, double>();
    }
}
