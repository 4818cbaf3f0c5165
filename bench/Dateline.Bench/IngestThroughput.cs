using System.Diagnostics;
using Dateline.Ingest;
using Dateline.Pipeline;
using Dateline.Storage.Sqlite;

namespace Dateline.Bench;

/// <summary>
/// Pages per second through reading + cleaning (the standard pipeline) + storing into a fresh SQLite
/// store, against reading only (enumerate, read, decode), both measured here in the same run.
/// </summary>
internal static class IngestThroughput
{
    public static int Run(string[] args)
    {
        var dir = BenchArgs.Path(args);
        if (dir is null || !Directory.Exists(dir))
        {
            Console.Error.WriteLine($"bench ingest: no folder '{dir}' (e.g. ../shared/datasets/bbc-news)");
            return 2;
        }
        int cores = BenchArgs.Int(args, "--cores", 1);

        // Warm-up: the file cache and the JIT, so neither run pays for them.
        ReadOnly(dir);
        var (readDocs, readTime) = ReadOnly(dir);

        var db = Path.Combine(Path.GetTempPath(), $"dateline-bench-{Guid.NewGuid():N}.db");
        try
        {
            IngestSummary summary;
            long peak;
            using (var store = SqliteArticleStore.Open(db))
            {
                var runner = new IngestRunner(store, StandardPipeline.Create()) { MaxParallelism = cores };
                GC.Collect();
                summary = runner.Run([dir]);
                peak = Process.GetCurrentProcess().PeakWorkingSet64;
            }
            int docs = summary.Ingested + summary.NearDuplicates;
            double readRate = readDocs / readTime.TotalSeconds;
            double fullRate = docs / summary.Elapsed.TotalSeconds;
            Console.WriteLine($"corpus: {dir}  cores: {cores}");
            Console.WriteLine($"reading only:          {readDocs,6} pages in {readTime.TotalSeconds,7:0.00} s = {readRate,8:0} pages/s");
            Console.WriteLine($"read + clean + store:  {docs,6} pages in {summary.Elapsed.TotalSeconds,7:0.00} s = {fullRate,8:0} pages/s ({fullRate * 60 / cores:0} per minute per core)");
            Console.WriteLine($"ratio to reading only: {fullRate / readRate:0.000}  (near-duplicates {summary.NearDuplicates}, duplicates {summary.Duplicates}, rejected {summary.Rejected}); peak working set {peak / (1024 * 1024)} MB");
            return 0;
        }
        finally
        {
            foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
        }
    }

    private static (int Docs, TimeSpan Time) ReadOnly(string dir)
    {
        var clock = Stopwatch.StartNew();
        var reader = new DocumentReader();
        int n = 0;
        foreach (var (file, _) in InputEnumerator.Expand([dir]))
            if (file is not null)
                foreach (var item in reader.Read(file))
                    if (item.Document is not null) n++;
        return (n, clock.Elapsed);
    }
}
