using Dateline.Events;
using Dateline.Ingest;
using Dateline.Linking;
using Dateline.Pipeline;
using Dateline.Storage.Sqlite;

namespace Dateline.Tests.Linking;

/// <summary>
/// Numbers the reports give about one happening are kept with who gives them, and reports whose numbers cannot both be
/// true are shown side by side ("killing 12" against "killing 40"; "at least 12" and "40" agree). Made-up articles.
/// </summary>
public sealed class FigureDisagreementTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Two_outlets_giving_different_tolls_for_one_attack_disagree_and_each_toll_keeps_its_source()
    {
        _dir.Article("north", "2019-04-08", "Northern Gazette",
            "Attack near Gharyan\n\nThe Libyan National Army attacked a checkpoint in Gharyan on Sunday, killing 12 civilians, officials said.\n");
        _dir.Article("south", "2019-04-08", "Southern Courier",
            "Gharyan attack\n\nThe Libyan National Army attacked a checkpoint in Gharyan on Sunday, killing 40 civilians, a hospital source said.\n");
        using var store = SqliteArticleStore.Open(_dir.File("store.db"));
        new IngestRunner(store, StandardPipeline.Create(ShippedModels.Load())) { MaxParallelism = 1 }.Run([_dir.Path]);

        var attack = Assert.Single(store.Graph(s => { var r = new GraphReader(s); return r.Timeline(r.Find("Libyan National Army")[0].Id); }),
            e => e.Type == "ASSAULT" && e.Sources == 2);
        var twelve = Assert.Single(attack.Figures, f => f.Value == "12");
        Assert.Equal("kill people", twelve.Qualifier);
        Assert.Equal("Northern Gazette", Assert.Single(twelve.Sources).Outlet);
        Assert.Equal("Southern Courier", Assert.Single(attack.Figures, f => f.Value == "40").Sources[0].Outlet);
        // One unnamed participant the two reports count differently, cited by both.
        var civilians = Assert.Single(attack.Participants, p => p.Name.Contains("civilians", StringComparison.Ordinal));
        Assert.Equal("civilians", civilians.Name);
        Assert.Equal(2, civilians.Sources.Count);
        var disagreement = Assert.Single(attack.Disagreements, d => d.StartsWith("figure", StringComparison.Ordinal));
        Assert.Contains("12 (Northern Gazette)", disagreement, StringComparison.Ordinal);
        Assert.Contains("40 (Southern Courier)", disagreement, StringComparison.Ordinal);
    }

    [Fact]
    public void The_plover_export_carries_each_figure_with_its_outlets()
    {
        _dir.Article("in/north", "2019-04-08", "Northern Gazette",
            "Attack near Gharyan\n\nThe Libyan National Army attacked a checkpoint in Gharyan on Sunday, killing at least 12 civilians, officials said.\n");
        var db = _dir.File("cli.db");
        Assert.Equal(0, Dateline.Tests.Cli.Cli.Run("ingest", System.IO.Path.Combine(_dir.Path, "in"), "--db", db).Exit);
        var (exit, jsonl, _) = Dateline.Tests.Cli.Cli.Run("export", "--format", "plover-jsonl", "--db", db);
        Assert.Equal(0, exit);
        var attack = jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement)
            .Single(r => r.GetProperty("event").GetString() == "ASSAULT");
        var figure = attack.GetProperty("figures")[0];
        Assert.Equal("at least 12", figure.GetProperty("value").GetString());
        Assert.Equal("kill people", figure.GetProperty("qualifier").GetString());
        Assert.Equal("Northern Gazette", figure.GetProperty("outlets")[0].GetString());
    }

    [Theory]
    [InlineData("12", "40", true)]
    [InlineData("at least 12", "40", false)]
    [InlineData("more than 40", "40", true)]
    [InlineData("about 100", "110", false)]
    [InlineData("up to 30", "40", true)]
    [InlineData("75,000", "75,000", false)]
    public void Figures_disagree_only_when_no_value_fits_both(string a, string b, bool disagree)
    {
        Assert.Equal(disagree, EventFigure.Disagree(a, b));
        Assert.Equal(disagree, EventFigure.Disagree(b, a));
    }
}
