using Dateline.Ingest;
using Dateline.Linking;
using Dateline.Pipeline;
using Dateline.Storage.Sqlite;

namespace Dateline.Tests.Linking;

/// <summary>The user's merges and splits: applied at once, kept, and undone.</summary>
public sealed class EntityOverrideTests : IDisposable
{
    private readonly TempFolder _dir = new();

    private SqliteArticleStore Ingest()
    {
        var store = SqliteArticleStore.Open(_dir.File("store.db"));
        new IngestRunner(store, StandardPipeline.Create(ShippedModels.Load())).Run([Path.Combine(RepoPaths.Root, "data", "sample", "more")]);
        return store;
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_split_spelling_gets_its_own_entity_and_events_follow_it()
    {
        using var store = Ingest();
        var haftar = store.Graph(s => new GraphReader(s).Find("Khalifa Haftar")[0].Id);
        var (split, _) = store.Graph(s => EntityOverrides.Split(s, haftar, "Khalifa Hiftar"), write: true);
        var (after, hiftar, timeline) = store.Graph(s => { var r = new GraphReader(s); return (r.Entity(haftar)!, r.Entity(split)!, r.Timeline(split)); });
        Assert.DoesNotContain(after.Spellings, x => x.Spelling == "Khalifa Hiftar");
        Assert.Contains(hiftar.Spellings, x => x.Spelling == "Khalifa Hiftar");
        Assert.NotEmpty(timeline);
        Assert.Contains("split", Assert.Single(after.History), StringComparison.Ordinal);
    }

    [Fact]
    public void A_merge_redirects_the_absorbed_entity_and_unmerge_restores_it()
    {
        using var store = Ingest();
        var haftar = store.Graph(s => new GraphReader(s).Find("Khalifa Haftar")[0].Id);
        var (split, _) = store.Graph(s => EntityOverrides.Split(s, haftar, "Khalifa Hiftar"), write: true);
        store.Graph(s => EntityOverrides.Merge(s, haftar, split), write: true);
        Assert.Equal(haftar, store.Graph(s => new GraphReader(s).Find("Hiftar")[0].Id));
        Assert.Contains(store.Graph(s => new GraphReader(s).Entity(haftar)!).Spellings, x => x.Spelling == "Khalifa Hiftar");

        store.Graph(s => EntityOverrides.Unmerge(s, split), write: true);
        Assert.Equal(split, store.Graph(s => new GraphReader(s).Find("Hiftar")[0].Id));
        Assert.Throws<OverrideException>(() => store.Graph(s => EntityOverrides.Unmerge(s, split), write: true));
    }

    [Fact]
    public void Merging_an_entity_with_itself_is_refused_with_a_reason()
    {
        using var store = Ingest();
        var haftar = store.Graph(s => new GraphReader(s).Find("Khalifa Haftar")[0].Id);
        var e = Assert.Throws<OverrideException>(() => store.Graph(s => EntityOverrides.Merge(s, haftar, haftar), write: true));
        Assert.Contains("already one", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_correction_is_counted_so_a_reader_with_a_snapshot_sees_the_graph_changed()
    {
        using var store = Ingest();
        Assert.Null(store.Graph(s => s.GetMarker(GraphMarkers.Corrections)));
        var haftar = store.Graph(s => new GraphReader(s).Find("Khalifa Haftar")[0].Id);
        var (split, _) = store.Graph(s => EntityOverrides.Split(s, haftar, "Khalifa Hiftar"), write: true);
        store.Graph(s => EntityOverrides.Merge(s, haftar, split), write: true);
        Assert.Equal(2, store.Graph(s => s.GetMarker(GraphMarkers.Corrections)));
    }
}
