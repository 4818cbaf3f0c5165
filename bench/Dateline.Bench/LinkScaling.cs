using Dateline.Coreference;
using System.Diagnostics;
using System.Globalization;
using Dateline.Dedup;
using Dateline.Ingest;
using Dateline.Linking;
using Dateline.Model;
using Dateline.Pipeline;
using Dateline.Storage;
using Dateline.Storage.Sqlite;

namespace Dateline.Bench;

/// <summary>
/// `link [DIR] [--count N] [--slice N] [--sources M]`: the cost of storing one more article, cross-document linking included,
/// as the store grows to N articles (default 10,000). The corpus is processed once; article k is source
/// article (k mod M) stored under its own hash and published (k div M) months later, so its names meet the
/// same stored entities again and again while its events are new happenings. Prints ms per article for each
/// slice and the last slice against the first: near 1 means the cost does not grow with the store.
/// </summary>
internal static class LinkScaling
{
    public static int Run(string[] args)
    {
        var dir = BenchArgs.Path(args) ?? Path.Combine("..", "shared", "datasets", "bbc-news");
        if (!Directory.Exists(dir))
        {
            Console.Error.WriteLine($"bench link: no folder '{dir}' (e.g. ../shared/datasets/bbc-news)");
            return 2;
        }
        int count = BenchArgs.Int(args, "--count", 10_000);
        int slice = BenchArgs.Int(args, "--slice", 1000);
        int sources = BenchArgs.Int(args, "--sources", int.MaxValue);

        var pipeline = StandardPipeline.Create(ShippedModels.Load());
        var reader = new DocumentReader();
        var read = InputEnumerator.Expand([dir]).Where(x => x.File is not null).SelectMany(x => reader.Read(x.File!)).Select(i => i.Document).OfType<Document>().Take(sources).ToList();
        var clock = Stopwatch.StartNew();
        var processed = read.AsParallel().AsOrdered().Select(pipeline.Run).ToList();
        // Serialised once per source, as ingest workers do off the writer's thread: the loop below times the
        // writer's part only (insert, indexes, linking). The stored blob is the source's (dates unshifted).
        var blobs = processed.AsParallel().AsOrdered().Select(DocumentSerializer.ToCompressedJson).ToList();
        Console.WriteLine($"processed {processed.Count} source articles once in {clock.Elapsed.TotalSeconds:0.0} s");

        var db = Path.Combine(Path.GetTempPath(), $"dateline-bench-link-{Guid.NewGuid():N}.db");
        try
        {
            using var store = SqliteArticleStore.Open(db);
            var times = new List<double>();
            var sliceClock = Stopwatch.StartNew();
            for (int k = 0; k < count; k++)
            {
                var doc = Variant(processed[k % processed.Count], k, k / processed.Count);
                store.Add(doc, null, _ => null, blobs[k % processed.Count]);
                if ((k + 1) % slice == 0)
                {
                    times.Add(sliceClock.Elapsed.TotalMilliseconds / slice);
                    Console.WriteLine($"  {k + 1 - slice,6}-{k + 1,-6} {times[^1],7:0.000} ms/article (store + link)");
                    sliceClock.Restart();
                }
            }
            var (entities, events, stories) = store.Graph(s => (s.CountNodes(GraphKinds.Entity), s.CountNodes(GraphKinds.Event), s.CountNodes(GraphKinds.Story)));
            int split = store.Graph(s => s.ListNodes(GraphKinds.Story, 0, int.MaxValue).Count(n => n.Profile.Contains("\"splitFrom\"", StringComparison.Ordinal)));
            Console.WriteLine($"store of {store.Count()} articles: {entities} entities, {events} events, {stories} stories ({split} made by a story split)");
            if (times.Count > 1)
                Console.WriteLine($"last slice / first slice: {times[^1] / times[0]:0.00} ({times[0]:0.000} -> {times[^1]:0.000} ms per article)");
            return 0;
        }
        finally
        {
            foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
        }
    }

    /// <summary>The k-th copy of a processed article: its own hash, published <paramref name="months"/> later (events keep their dates shifted alike).</summary>
    private static Document Variant(Document d, int k, int months)
    {
        var day = (d.Metadata.PublishedOn ?? new DateOnly(2005, 1, 1)).AddMonths(months).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return d with
        {
            Source = d.Source with { ContentHash = d.Source.ContentHash + "-" + k.ToString(CultureInfo.InvariantCulture) },
            Metadata = d.Metadata with { Published = new MetadataValue(day, "bench") },
            EventMentions = [.. d.EventMentions.Select(e => e with { Date = e.Date with { Value = Shift(e.Date.Value, months) } })],
        };
    }

    private static string? Shift(string? value, int months) =>
        TimexCompatibility.Parse(value) is { } r && value!.Length == 10 ? r.Start.AddMonths(months).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : value;
}
