using Dateline.Coreference;
using Dateline.Ingest;
using Dateline.Linking;
using Dateline.Pipeline;
using Dateline.Storage.Sqlite;

namespace Dateline.Tests.Linking;

/// <summary>The user's merges and splits: applied at once, kept, and undone.</summary>
public sealed class EntityOverrideTests : IDisposable
{
    private readonly TempFolder _dir = new();

    private SqliteArticleStore Ingest(string folder = "more")
    {
        var store = SqliteArticleStore.Open(_dir.File("store.db"));
        new IngestRunner(store, StandardPipeline.Create(ShippedModels.Load())).Run([Path.Combine(RepoPaths.Root, "data", "sample", folder)]);
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
    public void After_a_split_the_events_name_the_new_entity_as_it_is_named_not_as_the_old_one()
    {
        // The whole sample: the Rome meeting is first linked from articles that write "Khalifa Haftar".
        using var store = Ingest(".");
        var haftar = store.Graph(s => new GraphReader(s).Find("Khalifa Haftar")[0].Id);
        var (split, _) = store.Graph(s => EntityOverrides.Split(s, haftar, "Khalifa Hiftar"), write: true);

        var timeline = store.Graph(s => new GraphReader(s).Timeline(split));

        var moved = timeline.SelectMany(e => e.Participants).Where(p => p.Entity == split).ToList();
        Assert.NotEmpty(moved);
        Assert.All(moved, p => Assert.Equal("Khalifa Hiftar", p.Name));
    }

    [Fact]
    public void After_a_merge_the_events_name_the_survivor_as_it_is_named()
    {
        using var store = Ingest();
        var (salem, macron) = store.Graph(s => { var r = new GraphReader(s); return (r.Find("Ghassan Salem")[0].Id, r.Find("Emmanuel Macron")[0].Id); });
        store.Graph(s => EntityOverrides.Merge(s, salem, macron), write: true);

        var (name, timeline) = store.Graph(s => { var r = new GraphReader(s); return (r.Entity(salem)!.Name, r.Timeline(salem)); });

        var named = timeline.SelectMany(e => e.Participants).Where(p => p.Entity == salem).ToList();
        Assert.NotEmpty(named);
        Assert.All(named, p => Assert.Equal(name, p.Name));
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
    public void A_chain_of_merges_is_undone_from_the_top_each_entity_getting_its_own_articles_back()
    {
        using var store = Ingest();
        var (conte, macron, sarraj) = store.Graph(s => { var r = new GraphReader(s); return (r.Find("Giuseppe Conte")[0].Id, r.Find("Emmanuel Macron")[0].Id, r.Find("Fayez al-Sarraj")[0].Id); });
        var articlesOf = (long id) => store.Graph(s => new GraphReader(s).Entity(id)!.Links.Select(l => l.Article.Article).Distinct().Order().ToList());
        var sarrajArticles = articlesOf(sarraj);
        var macronArticles = articlesOf(macron);
        store.Graph(s => EntityOverrides.Merge(s, macron, sarraj), write: true);
        store.Graph(s => EntityOverrides.Merge(s, conte, macron), write: true);

        // Sarraj's merge sits under Macron's: undoing it first would find nothing to move.
        var refused = Assert.Throws<OverrideException>(() => store.Graph(s => EntityOverrides.Unmerge(s, sarraj), write: true));
        Assert.Contains($"unmerge #{macron} first", refused.Message, StringComparison.Ordinal);

        store.Graph(s => EntityOverrides.Unmerge(s, macron), write: true);
        Assert.Equal(macronArticles.Union(sarrajArticles).Order().ToList(), articlesOf(macron));
        store.Graph(s => EntityOverrides.Unmerge(s, sarraj), write: true);
        Assert.Equal(sarrajArticles, articlesOf(sarraj));
        Assert.Equal(macronArticles, articlesOf(macron));
    }

    [Fact]
    public void Unmerging_takes_back_the_country_and_roles_the_absorbed_entity_brought()
    {
        using var store = Ingest();
        var (salem, macron) = store.Graph(s => { var r = new GraphReader(s); return (r.Find("Ghassan Salem")[0].Id, r.Find("Emmanuel Macron")[0].Id); });
        store.Graph(s => EntityOverrides.Merge(s, salem, macron), write: true);
        var merged = store.Graph(s => new GraphReader(s).Entity(salem)!);
        Assert.Equal("FRA", merged.Country);
        Assert.Contains("President", merged.Roles);

        store.Graph(s => EntityOverrides.Unmerge(s, macron), write: true);

        var (after, back) = store.Graph(s => { var r = new GraphReader(s); return (r.Entity(salem)!, r.Entity(macron)!); });
        Assert.Null(after.Country);
        Assert.Empty(after.Roles);
        Assert.Equal("Ghassan Salem", after.Name);
        Assert.Equal("FRA", back.Country);
        Assert.Contains("President", back.Roles);
    }

    [Fact]
    public void Unmerging_takes_back_the_acronym_the_absorbed_entity_brought()
    {
        using var store = Ingest(".");
        var (sarraj, lna) = store.Graph(s => { var r = new GraphReader(s); return (r.Find("Fayez al-Sarraj")[0].Id, r.Find("Libyan National Army")[0].Id); });
        store.Graph(s => EntityOverrides.Merge(s, sarraj, lna), write: true);
        Assert.Contains("LNA", store.Graph(s => new GraphReader(s).Entity(sarraj)!).Acronyms);

        store.Graph(s => EntityOverrides.Unmerge(s, lna), write: true);

        var (after, back) = store.Graph(s => { var r = new GraphReader(s); return (r.Entity(sarraj)!, r.Entity(lna)!); });
        Assert.DoesNotContain("LNA", after.Acronyms);
        Assert.Contains("LNA", back.Acronyms);
    }

    [Fact]
    public void A_merge_names_the_survivor_as_most_of_its_articles_do_and_a_split_names_the_new_entity_as_its_articles_do()
    {
        using var store = Ingest("");
        var haftar = store.Graph(s => new GraphReader(s).Find("Khalifa Haftar")[0].Id);
        var (split, _) = store.Graph(s => EntityOverrides.Split(s, haftar, "Marshal Hiftar"), write: true);
        Assert.Equal("Khalifa Hiftar", store.Graph(s => new GraphReader(s).Entity(split)!).Name);

        // Merged the other way round (the one-article spelling survives): the name is still the one most articles give.
        store.Graph(s => EntityOverrides.Merge(s, split, haftar), write: true);
        Assert.Equal("Khalifa Haftar", store.Graph(s => new GraphReader(s).Entity(split)!).Name);
    }

    [Fact]
    public void A_split_by_a_spelling_no_article_writes_is_refused_listing_the_spellings_written()
    {
        using var store = Ingest();
        var haftar = store.Graph(s => new GraphReader(s).Find("Khalifa Haftar")[0].Id);
        var e = Assert.Throws<OverrideException>(() => store.Graph(s => EntityOverrides.Split(s, haftar, "Hifter"), write: true));
        Assert.Contains("'Marshal Hiftar'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_story_or_event_id_given_as_an_entity_is_refused_and_the_story_keeps_its_articles()
    {
        using var store = Ingest();
        var (haftar, story, storyArticles, anEvent) = store.Graph(s =>
        {
            var r = new GraphReader(s);
            var first = r.AllStories().First();
            return (r.Find("Khalifa Haftar")[0].Id, first.Id, r.Story(first.Id)!.Articles.Count, r.AllEvents().First().Id);
        });

        var merged = Assert.Throws<OverrideException>(() => store.Graph(s => EntityOverrides.Merge(s, haftar, story), write: true));
        Assert.Contains($"#{story} is a story, not an entity", merged.Message, StringComparison.Ordinal);
        Assert.Throws<OverrideException>(() => store.Graph(s => EntityOverrides.Merge(s, anEvent, haftar), write: true));
        Assert.Throws<OverrideException>(() => store.Graph(s => EntityOverrides.Unmerge(s, story), write: true));
        Assert.Throws<OverrideException>(() => store.Graph(s => EntityOverrides.Split(s, story, "Khalifa Hiftar"), write: true));
        var missing = Assert.Throws<OverrideException>(() => store.Graph(s => EntityOverrides.Merge(s, haftar, 99_999), write: true));
        Assert.Contains("no entity #99999", missing.Message, StringComparison.Ordinal);

        Assert.Equal(storyArticles, store.Graph(s => new GraphReader(s).Story(story)!.Articles.Count));
        Assert.Empty(store.Graph(s => new GraphReader(s).Entity(haftar)!.History));
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

    [Fact]
    public void After_a_merge_the_linker_summaries_name_the_survivor_and_its_keys_find_the_events()
    {
        using var store = Ingest();
        var haftar = store.Graph(s => new GraphReader(s).Find("Khalifa Haftar")[0].Id);
        var (split, _) = store.Graph(s => EntityOverrides.Split(s, haftar, "Khalifa Hiftar"), write: true);
        var splitKey = CrossDocumentLinker.EntityKey(split);
        var moved = Summaries(store, split).Where(x => x.Participants.ContainsKey(splitKey) && x.Times.Count > 0).Select(x => x.Id).ToList();
        Assert.NotEmpty(moved);

        store.Graph(s => EntityOverrides.Merge(s, haftar, split), write: true);
        var survivor = CrossDocumentLinker.EntityKey(haftar);
        var events = Summaries(store, haftar);
        Assert.DoesNotContain(events, x => x.Participants.ContainsKey(splitKey) || x.ParticipantNames.ContainsKey(splitKey));
        Assert.All(events.Where(x => moved.Contains(x.Id)), x => Assert.True(x.Participants.ContainsKey(survivor)));
        // The next report naming the survivor meets these events under its participant keys.
        var keys = events.Where(x => moved.Contains(x.Id)).SelectMany(x => EventKeys.ForParticipant(x, survivor)).ToList();
        var found = store.Graph(s => s.FindNodes(GraphKinds.Event, keys, int.MaxValue)).Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Subset(found.ToHashSet(), moved.ToHashSet());
    }

    /// <summary>The event linker's summaries of the events entity <paramref name="entity"/> takes part in.</summary>
    private static List<EventClusterSummary> Summaries(SqliteArticleStore store, long entity) => store.Graph(s =>
        s.FindNodes(GraphKinds.Event, [CrossDocumentLinker.ParticipantKey(entity)], int.MaxValue)
            .Select(id => GraphJson.Read<StoredEvent>(s.GetNode(id)!.Profile).Summary! with { Id = id.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToList());
}
