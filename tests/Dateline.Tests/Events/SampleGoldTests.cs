using Dateline.Events;
using Dateline.Ingest;
using Dateline.Model;
using Xunit.Abstractions;

namespace Dateline.Tests.Events;

/// <summary>The coder against the team's gold events on the built-in sample (data/events/sample-gold.tsv).</summary>
public class SampleGoldTests(ITestOutputHelper output)
{
    /// <summary>The share reached when the gold file was written (15 of 18); it only moves up.</summary>
    private const double Floor = 0.80;

    [Fact]
    public void Finds_most_gold_events_of_the_sample_with_their_status()
    {
        var goldPath = Path.Combine(RepoPaths.Root, "data", "events", "sample-gold.tsv");
        using var goldReader = File.OpenText(goldPath);
        var gold = EventGold.Read(goldReader);
        var documents = new Dictionary<string, List<Document>>(StringComparer.Ordinal);
        foreach (var file in gold.Select(g => g.File).Distinct())
        {
            var path = Path.Combine(RepoPaths.Root, "data", "sample", file);
            documents[file] = [.. InputEnumerator.Expand([path]).Where(x => x.File is not null)
                .SelectMany(x => new DocumentReader().Read(x.File!)).Where(r => r.Document is not null)
                .Select(r => EventPipeline.Process(r.Document!))];
        }
        int found = 0, statusRight = 0;
        foreach (var g in gold)
        {
            var e = documents[g.File].Select(g.FindIn).FirstOrDefault(x => x is not null);
            if (e is null)
            {
                output.WriteLine($"missed: {g.File}: {g.Event} {g.Source} -> {g.Target} ('{g.Quote}')");
                continue;
            }
            found++;
            if (e.Status == g.Status) statusRight++;
            else output.WriteLine($"status: {g.File}: '{g.Quote}' expected {g.Status}, coded {e.Status} ({e.StatusReason})");
        }
        double recall = (double)found / gold.Count;
        output.WriteLine($"gold events found: {found}/{gold.Count} ({recall:P0}); status right for {statusRight}/{found}");
        Assert.True(recall >= Floor, $"found {found} of {gold.Count} gold events ({recall:P0}), floor {Floor:P0}");
        Assert.Equal(found, statusRight);
    }
}
