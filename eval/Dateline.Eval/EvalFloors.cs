using System.Text.Json;

namespace Dateline.Eval;

/// <summary>
/// The pinned floors in eval/floors.json (<c>{ "task.metric": number }</c>), found by walking up from the
/// working directory, then from the program's folder. Floors only move up. A missing file or key is no floor.
/// </summary>
public static class EvalFloors
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

    /// <summary>
    /// Prints every score under its floor and returns the exit code (0, or 1 when one is under). A floor
    /// keyed "task.metric@FILE" applies only to data named FILE ("deps.uas@en_ewt-ud-dev.conllu": scores
    /// differ by data set); "task.metric" applies to any data.
    /// </summary>
    public static int Check(string task, IReadOnlyDictionary<string, double> scores, TextWriter error, string? dataPath = null)
    {
        var floors = Load();
        var dataName = dataPath is null ? "" : Path.GetFileName(dataPath.TrimEnd('/', '\\'));
        int exit = 0;
        foreach (var (metric, value) in scores)
        {
            var key = $"{task}.{metric}@{dataName}";
            if (!floors.TryGetValue(key, out var floor))
            {
                key = $"{task}.{metric}";
                if (!floors.TryGetValue(key, out floor)) continue;
            }
            if (value < floor)
            {
                error.WriteLine($"{key} = {value:F2} is below its floor {floor:F2} (eval/floors.json)");
                exit = 1;
            }
        }
        return exit;
    }
}
