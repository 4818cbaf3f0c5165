using System.Diagnostics;
using Dateline.Ingest;
using Dateline.Pipeline;
using Dateline.Storage;
using Dateline.Storage.Sqlite;

namespace Dateline.Bench;

/// <summary>
/// Whole-pipeline throughput: pages per second through reading + the standard pipeline + storing into a
/// fresh store (SQLite, or PostgreSQL with --pg CONN), against reading only (enumerate, read, decode),
/// both measured here in the same run. Prints the cost per article for each slice of --slice articles,
/// so a cost that grows with the store shows, and the peak working set.
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
        int slice = BenchArgs.Int(args, "--slice", 1000);
        var pg = BenchArgs.String(args, "--pg");

        var models = ShippedModels.Load();
        foreach (var problem in models.Problems) Console.Error.WriteLine("bench ingest: warning: " + problem);

        // Warm-up: the file cache and the JIT, so neither run pays for them.
        ReadOnly(dir);
        var (readDocs, readTime) = ReadOnly(dir);

        var db = Path.Combine(Path.GetTempPath(), $"dateline-bench-{Guid.NewGuid():N}.db");
        try
        {
            IngestSummary summary;
            var sliceTimes = new List<(int Stored, TimeSpan At)>();
            using (var store = pg is null ? SqliteArticleStore.Open(db) : ArticleStores.Open(pg))
            {
                if (store.Count() > 0)
                {
                    Console.Error.WriteLine("bench ingest: the PostgreSQL store must be empty");
                    return 2;
                }
                var runner = new IngestRunner(store, StandardPipeline.Create(models)) { MaxParallelism = cores };
                GC.Collect();
                int stored = 0;
                var clock = Stopwatch.StartNew();
                summary = runner.Run([dir], o =>
                {
                    if (o.ArticleId is not null && ++stored % slice == 0) sliceTimes.Add((stored, clock.Elapsed));
                });
            }
            long peak = Process.GetCurrentProcess().PeakWorkingSet64;
            int docs = summary.Ingested + summary.NearDuplicates;
            double readRate = readDocs / readTime.TotalSeconds;
            double fullRate = docs / summary.Elapsed.TotalSeconds;
            Console.WriteLine($"corpus: {dir}  store: {(pg is null ? "sqlite" : "postgres")}  cores: {cores}");
            Console.WriteLine($"reading only:          {readDocs,7} pages in {readTime.TotalSeconds,8:0.00} s = {readRate,8:0} pages/s");
            Console.WriteLine($"read + pipeline + store:{docs,6} pages in {summary.Elapsed.TotalSeconds,8:0.00} s = {fullRate,8:0} pages/s = {fullRate * 60 / cores:0} pages per minute per core");
            Console.WriteLine($"ratio to reading only: {fullRate / readRate:0.000}  (near-duplicates {summary.NearDuplicates}, duplicates {summary.Duplicates}, rejected {summary.Rejected}); peak working set {peak / (1024 * 1024)} MB");
            if (sliceTimes.Count > 1)
            {
                Console.WriteLine($"cost per article by store size (slices of {slice}):");
                var previous = TimeSpan.Zero;
                foreach (var (n, at) in sliceTimes)
                {
                    Console.WriteLine($"  {n - slice,7}-{n,-7} {(at - previous).TotalMilliseconds / slice,7:0.000} ms/article");
                    previous = at;
                }
            }
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
