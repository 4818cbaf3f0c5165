using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dateline.Time;

namespace Dateline.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Dateline.Bench -- time [--data DIR] [--rounds N]`:
/// whitespace tokens per second of <see cref="TimeExpressionFinder"/> over a folder of plain-text
/// articles (default ../shared/datasets/bbc-news; no dates there, so a fixed anchor), against a
/// reading-only baseline (read each file and count its tokens) measured in the same run.
/// </summary>
public static class TimeThroughput
{
    private static readonly DateOnly Anchor = new(2005, 6, 30);

    public static int Run(string[] args)
    {
        var data = Option(args, "--data") ?? FindShared("bbc-news");
        var rounds = int.Parse(Option(args, "--rounds") ?? "5", CultureInfo.InvariantCulture);
        if (data is null || !Directory.Exists(data))
        {
            Console.Error.WriteLine("time bench: no data folder (pass --data DIR; default ../shared/datasets/bbc-news).");
            return 2;
        }
        var files = Directory.EnumerateFiles(data, "*.txt", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).Equals("README.TXT", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToList();

        if (args.Contains("--per-pattern"))
            return PerPattern(files);

        // Warm-up: JIT, regex compilation, file cache.
        Reading(files);
        Finding(files);

        var reading = new List<double>();
        var finding = new List<double>();
        long tokens = 0, timexes = 0;
        for (var r = 0; r < rounds; r++)
        {
            var sw = Stopwatch.StartNew();
            tokens = Reading(files);
            reading.Add(tokens / sw.Elapsed.TotalSeconds);
            sw.Restart();
            (tokens, timexes) = Finding(files);
            finding.Add(tokens / sw.Elapsed.TotalSeconds);
        }
        var readRate = Median(reading);
        var findRate = Median(finding);
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine($"time finder over {files.Count} files, {tokens.ToString("N0", inv)} whitespace tokens, {timexes.ToString("N0", inv)} time expressions; median of {rounds} rounds, single thread");
        Console.WriteLine($"  reading only (baseline)   {readRate.ToString("N0", inv),14} tokens/s");
        Console.WriteLine($"  read + find + resolve     {findRate.ToString("N0", inv),14} tokens/s");
        Console.WriteLine($"  ratio to baseline         {(findRate / readRate).ToString("0.000", inv),14}");
        return 0;
    }

    /// <summary>Time spent by each named pattern's regex alone: where to look when the finder gets slow.</summary>
    private static int PerPattern(List<string> files)
    {
        var texts = files.Select(f => File.ReadAllText(f, Encoding.UTF8)).ToList();
        foreach (var pattern in TimePatterns.All)
        {
            var sw = Stopwatch.StartNew();
            var hits = 0;
            foreach (var t in texts)
                for (var m = pattern.Regex.Match(t); m.Success; m = m.NextMatch())
                    hits++;
            Console.WriteLine($"  {pattern.Name,-20} {sw.Elapsed.TotalMilliseconds,8:0} ms  {hits,7} matches");
        }
        return 0;
    }

    private static long Reading(List<string> files)
    {
        long tokens = 0;
        foreach (var f in files)
            tokens += CountTokens(File.ReadAllText(f, Encoding.UTF8));
        return tokens;
    }

    private static (long Tokens, long Timexes) Finding(List<string> files)
    {
        long tokens = 0, timexes = 0;
        foreach (var f in files)
        {
            var text = File.ReadAllText(f, Encoding.UTF8);
            tokens += CountTokens(text);
            timexes += TimeExpressionFinder.Find(text, Anchor).Count;
        }
        return (tokens, timexes);
    }

    private static int CountTokens(string text)
    {
        var n = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var ws = char.IsWhiteSpace(c);
            if (!ws && !inWord)
                n++;
            inWord = !ws;
        }
        return n;
    }

    private static double Median(List<double> xs)
    {
        var s = xs.Order().ToList();
        return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string? FindShared(string name)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var p = Path.Combine(dir.FullName, "..", "shared", "datasets", name);
            if (Directory.Exists(p))
                return Path.GetFullPath(p);
            p = Path.Combine(dir.FullName, "shared", "datasets", name);
            if (Directory.Exists(p))
                return Path.GetFullPath(p);
        }
        return null;
    }
}
