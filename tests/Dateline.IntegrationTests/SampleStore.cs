using Dateline.Ingest;
using Dateline.Pipeline;
using Dateline.Storage.Sqlite;

namespace Dateline.IntegrationTests;

/// <summary>
/// A temporary SQLite store holding the built-in sample (data/sample) through the standard pipeline, plus one
/// hostile article: a title with a script tag and a javascript: URL, which the desk must show as text.
/// </summary>
public sealed class SampleStore : IDisposable
{
    public const string HostileTitle = "<script>window.xssRan=1;alert(1)</script> Tripoli <b>talks</b>";

    public string Dir { get; } = Directory.CreateTempSubdirectory("dateline-web-tests-").FullName;

    public string DbPath => Path.Combine(Dir, "store.db");

    public long HostileId { get; }

    public int Count { get; }

    /// <summary>"Haftar holds surprise talks with Conte in Rome": the article the fixed events cite.</summary>
    public long RomeId { get; }

    public string RomeText { get; }

    public const string RomeSentence = "Libyan strongman Khalifa Haftar held surprise talks with Italian Prime Minister Giuseppe Conte in Rome on Thursday";

    public SampleStore()
    {
        string hostile = Path.Combine(Dir, "inputs");
        Directory.CreateDirectory(hostile);
        File.WriteAllText(Path.Combine(hostile, "hostile.txt"),
            "Fighters loyal to Khalifa Haftar advanced on Tripoli on Monday, officials said.\n\nThe <img src=x onerror=alert(2)> talks in Rome were postponed until next week.");
        File.WriteAllText(Path.Combine(hostile, "hostile.meta.json"),
            "{\"title\": \"" + HostileTitle.Replace("\"", "\\\"", StringComparison.Ordinal) + "\", \"url\": \"javascript:alert(3)\", \"outlet\": \"Evil <i>Outlet</i>\", \"published\": \"2019-05-30\"}");
        using var store = SqliteArticleStore.Open(DbPath);
        var runner = new IngestRunner(store, StandardPipeline.Create(ShippedModels.Load()));
        runner.Run([Path.Combine(RepoRoot(), "data", "sample")]);
        var summary = runner.Run([hostile]);
        HostileId = summary.Outcomes.Single(o => o.ArticleId is not null).ArticleId!.Value;
        Count = store.Count();
        var rome = store.Search("surprise talks Conte", 0, 1).Single();
        RomeId = rome.Id;
        RomeText = store.Get(rome.Id)!.Document.Text;
    }

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dateline.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Dateline.slnx not found above " + AppContext.BaseDirectory);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Dir, recursive: true); } catch (IOException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class SampleStoreCollection : ICollectionFixture<SampleStore>
{
    public const string Name = "sample store";
}
