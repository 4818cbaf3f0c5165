using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dateline.Events;

namespace Dateline.Eval.Events;

/// <summary>
/// `dateline eval genre --data DIR`: the soft-news reader (<see cref="SoftNews"/>) over a corpus sorted into one folder per
/// section (the BBC corpus: business, entertainment, politics, sport, tech; read by path, never committed). Prints the
/// share of each folder read as sport and as arts, and precision, recall and F1 of each genre against its folder (sport,
/// entertainment): in soft news the event coder keeps only events with a side holding public office, so a politics report
/// read as soft news loses real rows, and a missed sports or arts report keeps rows of play.
/// </summary>
public sealed class GenreEvalTask : IEvalTask
{
    private static readonly Option<string> SportFolder = new("--sport") { Description = "The folder of sports reports.", DefaultValueFactory = _ => "sport" };

    private static readonly Option<string> ArtsFolder = new("--arts") { Description = "The folder of arts and show-business reports.", DefaultValueFactory = _ => "entertainment" };

    private static readonly Option<bool> List = new("--list") { Description = "Name every file read wrongly on stderr." };

    public string Name => "genre";

    public string Description => "Soft-news reading (sport, arts) over a corpus in section folders: share of each folder read as each genre, P/R/F1 per genre.";

    public IReadOnlyList<Option> ExtraOptions => [SportFolder, ArtsFolder, List];

    public int Run(EvalRequest request)
    {
        if (!Directory.Exists(request.DataPath))
        {
            request.Error.WriteLine($"dateline eval genre: '{request.DataPath}' is not a folder of section folders (e.g. ../shared/datasets/bbc-news/data_raw).");
            return 2;
        }
        var gold = new Dictionary<string, SoftNewsGenre>(StringComparer.Ordinal)
        {
            [request.Parse.GetValue(SportFolder) ?? "sport"] = SoftNewsGenre.Sport,
            [request.Parse.GetValue(ArtsFolder) ?? "entertainment"] = SoftNewsGenre.Arts,
        };
        var folders = Directory.GetDirectories(request.DataPath).Order(StringComparer.Ordinal).ToList();
        foreach (var name in gold.Keys.Where(n => !folders.Any(f => Path.GetFileName(f) == n)))
        {
            request.Error.WriteLine($"dateline eval genre: no folder '{name}' in '{request.DataPath}'.");
            return 2;
        }
        var list = request.Parse.GetValue(List);
        var genres = new[] { SoftNewsGenre.Sport, SoftNewsGenre.Arts };
        var read = new Dictionary<(string Folder, SoftNewsGenre Genre), int>();
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = genres.ToDictionary(g => g, _ => (Tp: 0, Fp: 0, Fn: 0));
        foreach (var folder in folders)
        {
            var name = Path.GetFileName(folder);
            var expected = gold.GetValueOrDefault(name, SoftNewsGenre.None);
            foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
            {
                totals[name] = totals.GetValueOrDefault(name) + 1;
                var genre = SoftNews.Read(File.ReadAllText(file));
                if (genre != SoftNewsGenre.None) read[(name, genre)] = read.GetValueOrDefault((name, genre)) + 1;
                foreach (var g in genres)
                {
                    var (tp, fp, fn) = counts[g];
                    counts[g] = (genre == g && expected == g ? tp + 1 : tp, genre == g && expected != g ? fp + 1 : fp, genre != g && expected == g ? fn + 1 : fn);
                }
                if (list && genre != expected) request.Error.WriteLine($"read as {genre}, filed under {name}\t{file}");
            }
        }
        var metrics = new Dictionary<string, double>();
        foreach (var g in genres)
        {
            var (tp, fp, fn) = counts[g];
            double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp), r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
            var key = g.ToString().ToLowerInvariant();
            metrics[$"{key}.precision"] = Math.Round(p, 4);
            metrics[$"{key}.recall"] = Math.Round(r, 4);
            metrics[$"{key}.f1"] = Math.Round(p + r == 0 ? 0 : 2 * p * r / (p + r), 4);
        }
        var inv = CultureInfo.InvariantCulture;
        if (request.Json)
            request.Out.WriteLine(JsonSerializer.Serialize(new
            {
                task = Name, metrics,
                folders = totals.ToDictionary(t => t.Key, t => new
                {
                    total = t.Value, sport = read.GetValueOrDefault((t.Key, SoftNewsGenre.Sport)), arts = read.GetValueOrDefault((t.Key, SoftNewsGenre.Arts)),
                }),
            }));
        else
        {
            request.Out.WriteLine($"Soft-news genres over {totals.Values.Sum()} files in {totals.Count} folders (sport: '{gold.First(kv => kv.Value == SoftNewsGenre.Sport).Key}', arts: '{gold.First(kv => kv.Value == SoftNewsGenre.Arts).Key}')");
            request.Out.WriteLine("  folder            files   read as sport   read as arts");
            foreach (var (folder, total) in totals)
            {
                int s = read.GetValueOrDefault((folder, SoftNewsGenre.Sport)), a = read.GetValueOrDefault((folder, SoftNewsGenre.Arts));
                request.Out.WriteLine(string.Create(inv, $"  {folder,-16} {total,6}   {s,5} ({100.0 * s / total,5:0.0}%)   {a,5} ({100.0 * a / total,5:0.0}%)"));
            }
            foreach (var g in genres)
            {
                var key = g.ToString().ToLowerInvariant();
                request.Out.WriteLine(string.Create(inv, $"  {key,-6} precision {metrics[$"{key}.precision"]:0.0000}  recall {metrics[$"{key}.recall"]:0.0000}  F1 {metrics[$"{key}.f1"]:0.0000}"));
            }
        }
        return EvalFloors.Check(Name, metrics, request.Error, request.DataPath);
    }
}
