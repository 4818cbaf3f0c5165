using System.Diagnostics;
using Dateline.Ingest;
using Dateline.Pipeline;
using Dateline.Storage;
using Dateline.Tests.Storage;

namespace Dateline.Tests.Integration;

/// <summary>
/// Real processes sharing one store, and a PostgreSQL restart in the middle of an ingest. The PostgreSQL
/// cases need DATELINE_TEST_PG (and DATELINE_TEST_PG_RESTART, a shell command that restarts that server).
/// </summary>
[Collection(PostgresServerCollection.Name)]
public class SharedStoreTests
{
    private static string CliDll => Path.Combine(AppContext.BaseDirectory, "Dateline.Cli.dll");

    private static void WriteCorpus(TempFolder dir, int count)
    {
        for (int i = 0; i < count; i++)
            dir.File($"in/{i:0000}.txt", $"Story {i}\n\nReport number {i} from desk {i % 7}. {SampleArticles.BrusselsVisit.Replace("Brussels", "city " + i, StringComparison.Ordinal)}");
    }

    private static Process StartIngest(string input, string store)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { CliDll, "ingest", input, "--store", store, "--json" }) info.ArgumentList.Add(a);
        return Process.Start(info)!;
    }

    public static TheoryData<string> Stores => ["sqlite", "postgres"];

    [SkippableTheory]
    [MemberData(nameof(Stores))]
    public void Two_ingest_processes_on_one_folder_store_every_article_exactly_once(string kind)
    {
        using var dir = new TempFolder();
        using var pg = kind == "postgres" ? PostgresSchema.TryCreate() : null;
        Skip.If(kind == "postgres" && pg is null, $"{PostgresSchema.Variable} is not set: no PostgreSQL server to test against");
        var store = pg?.ConnectionString ?? Path.Combine(dir.Path, "shared.db");
        WriteCorpus(dir, 300);
        var workers = new[] { StartIngest(Path.Combine(dir.Path, "in"), store), StartIngest(Path.Combine(dir.Path, "in"), store) };
        var outputs = workers.Select(w => (Out: w.StandardOutput.ReadToEndAsync(), Err: w.StandardError.ReadToEndAsync())).ToList();
        foreach (var w in workers) Assert.True(w.WaitForExit(120_000), "an ingest process did not finish");
        Assert.All(workers, w => Assert.Equal(0, w.ExitCode));
        using var check = ArticleStores.Open(store);
        Assert.Equal(300, check.Count());
        var ingested = outputs.Sum(o => System.Text.Json.JsonDocument.Parse(o.Out.Result).RootElement.GetProperty("ingested").GetInt32());
        Assert.Equal(300, ingested);
        // Linking is serialised across the workers: one Sarraj, named by every article, never two created at once.
        var sarraj = Assert.Single(check.Graph(s => new Dateline.Linking.GraphReader(s).Entities("Fayez al-Sarraj", "PER")));
        Assert.Equal(300, sarraj.Articles);
    }

    [SkippableFact]
    public void A_postgres_restart_in_the_middle_of_an_ingest_loses_nothing()
    {
        var restart = Environment.GetEnvironmentVariable("DATELINE_TEST_PG_RESTART");
        using var pg = PostgresSchema.TryCreate();
        Skip.If(pg is null || string.IsNullOrWhiteSpace(restart), "DATELINE_TEST_PG and DATELINE_TEST_PG_RESTART are needed (.ci/run sets both)");
        using var dir = new TempFolder();
        WriteCorpus(dir, 400);
        using var store = ArticleStores.Open(pg!.ConnectionString);
        bool restarted = false;
        var summary = new IngestRunner(store, StandardPipeline.Create()) { MaxParallelism = 1 }.Run([Path.Combine(dir.Path, "in")], o =>
        {
            if (!restarted && o.ArticleId >= 100)
            {
                restarted = true;
                using var p = Process.Start("bash", ["-c", restart!]);
                p.WaitForExit(60_000);
                Assert.Equal(0, p.ExitCode);
            }
        });
        Assert.True(restarted);
        Assert.Equal(0, summary.Rejected);
        Assert.Equal(400, summary.Ingested + summary.NearDuplicates);
        Assert.Equal(400, store.Count());
    }
}
