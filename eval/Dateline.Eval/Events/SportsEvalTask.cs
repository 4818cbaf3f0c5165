using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dateline.Events;

namespace Dateline.Eval.Events;

/// <summary>
/// `dateline eval sports --data DIR`: the sports-copy reader (<see cref="SportsCopy"/>) over a corpus sorted into one
/// folder per section (the BBC corpus: business, entertainment, politics, sport, tech; read by path, never committed).
/// Prints the share of each folder read as sport and precision, recall and F1 of the sport folder as the positive class:
/// in sports copy the event coder keeps only events with a side holding public office, so a reading of a politics report
/// as sport costs real rows, and a missed sports report keeps rows of play.
/// </summary>
public sealed class SportsEvalTask : IEvalTask
{
    private static readonly Option<string> Positive = new("--positive") { Description = "The folder of sports reports.", DefaultValueFactory = _ => "sport" };

    private static readonly Option<bool> List = new("--list") { Description = "Name every file read wrongly on stderr." };

    public string Name => "sports";

    public string Description => "Sports-copy reading over a corpus in section folders: share read as sport per folder, P/R/F1 of the sport folder.";

    public IReadOnlyList<Option> ExtraOptions => [Positive, List];

    public int Run(EvalRequest request)
    {
        if (!Directory.Exists(request.DataPath))
        {
            request.Error.WriteLine($"dateline eval sports: '{request.DataPath}' is not a folder of section folders (e.g. ../shared/datasets/bbc-news/data_raw).");
            return 2;
        }
        var positive = request.Parse.GetValue(Positive) ?? "sport";
        var list = request.Parse.GetValue(List);
        var folders = Directory.GetDirectories(request.DataPath).Order(StringComparer.Ordinal).ToList();
        if (!folders.Any(f => Path.GetFileName(f) == positive))
        {
            request.Error.WriteLine($"dateline eval sports: no folder '{positive}' in '{request.DataPath}'.");
            return 2;
        }
        var shares = new List<(string Folder, int Read, int Total)>();
        int tp = 0, fp = 0, fn = 0;
        foreach (var folder in folders)
        {
            var name = Path.GetFileName(folder);
            bool isSport = name == positive;
            int read = 0, total = 0;
            foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
            {
                total++;
                bool sport = SportsCopy.Reads(File.ReadAllText(file));
                if (sport) read++;
                if (sport && isSport) tp++;
                else if (sport) fp++;
                else if (isSport) fn++;
                if (list && sport != isSport) request.Error.WriteLine($"{(sport ? "read as sport" : "missed")}\t{file}");
            }
            if (total > 0) shares.Add((name, read, total));
        }
        double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp), r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        var metrics = new Dictionary<string, double> { ["precision"] = Math.Round(p, 4), ["recall"] = Math.Round(r, 4), ["f1"] = Math.Round(f1, 4) };
        var inv = CultureInfo.InvariantCulture;
        if (request.Json)
            request.Out.WriteLine(JsonSerializer.Serialize(new
            {
                task = Name, positive, metrics,
                folders = shares.ToDictionary(s => s.Folder, s => new { read = s.Read, total = s.Total }),
            }));
        else
        {
            request.Out.WriteLine($"Sports copy over {shares.Sum(s => s.Total)} files in {shares.Count} folders (positive: '{positive}')");
            foreach (var (folder, read, total) in shares)
                request.Out.WriteLine(string.Create(inv, $"  {folder,-16} {read,5}/{total,-5} read as sport ({100.0 * read / total:0.0}%)"));
            request.Out.WriteLine(string.Create(inv, $"  precision {p:0.0000}  recall {r:0.0000}  F1 {f1:0.0000}"));
        }
        return EvalFloors.Check(Name, metrics, request.Error, request.DataPath);
    }
}
