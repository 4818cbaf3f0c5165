using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Dateline.Places;

namespace Dateline.Bench;

/// <summary>
/// `gazetteer [--file PATH] [--rounds N]`: loading the gazetteer (decompress, parse, index) against the baseline of
/// only decompressing and reading its lines, in the same run; then resolver look-ups per second.
/// </summary>
public static class GazetteerLoad
{
    public static int Run(string[] args)
    {
        var inv = CultureInfo.InvariantCulture;
        var file = BenchArgs.String(args, "--file") ?? Path.Combine(FindRoot(), "data", "gazetteer", "places.tsv.gz");
        var rounds = BenchArgs.Int(args, "--rounds", 5);
        var bytes = File.ReadAllBytes(file);
        double baseline = double.MaxValue, load = double.MaxValue;
        Gazetteer? g = null;
        for (int r = 0; r < rounds; r++)
        {
            var w = Stopwatch.StartNew();
            using (var reader = new StreamReader(new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress)))
                while (reader.ReadLine() is not null) { }
            baseline = Math.Min(baseline, w.Elapsed.TotalMilliseconds);
            w.Restart();
            g = Gazetteer.Load(new MemoryStream(bytes), gzip: true, "places.tsv.gz");
            load = Math.Min(load, w.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine(string.Create(inv, $"gazetteer {Path.GetFileName(file)} ({bytes.Length} bytes, {g!.Places.Length} places): load {load:0} ms, read-lines baseline {baseline:0} ms, ratio {load / baseline:0.0}x (best of {rounds})"));
        var names = g.Places.Where((_, i) => i % 7 == 0).Select(p => p.Name).ToList();
        var resolver = new PlaceResolver(g);
        var watch = Stopwatch.StartNew();
        int found = 0;
        foreach (var n in names) if (resolver.Resolve(n) is not null) found++;
        Console.WriteLine(string.Create(inv, $"resolve: {names.Count / watch.Elapsed.TotalSeconds:0} names/s ({found}/{names.Count} found)"));
        return 0;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Dateline.slnx"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
