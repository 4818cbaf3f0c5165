using Dateline.Ingest;
using Dateline.Linking;
using Dateline.Pipeline;
using Dateline.Storage.Sqlite;

namespace Dateline.Tests.Linking;

/// <summary>
/// The story split in ingest: two meetings about one war (Macron and Haftar in Paris, Conte and Sarraj in Rome) join one
/// story on shared words; at six articles the Rome half leaves with its events, and an event reported on both sides keeps
/// only its own half's reports. Made-up articles, ingested in name order (the Paris ones first).
/// </summary>
public sealed class StorySplitTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string Salame = "\n\nUN envoy Ghassan Salame appealed for a humanitarian truce on Monday.\n";

    /// <summary>Also stored through each store's contract (Storage/ArticleStoreContract).</summary>
    internal static readonly (string Name, string Published, string Outlet, string Text)[] Articles =
    [
        ("a1", "2019-05-14", "Paris Herald", "Macron meets Haftar in Paris\n\nFrench President Emmanuel Macron met Libyan commander Khalifa Haftar in Paris on Tuesday to discuss a ceasefire in Libya.\n\nHaftar's forces have besieged Tripoli since April. Macron urged Haftar to halt the offensive on the capital and return to talks.\n"),
        ("a2", "2019-05-14", "Gallic Wire", "Haftar in Paris for talks with Macron\n\nKhalifa Haftar held talks with Emmanuel Macron at the Elysee Palace in Paris on Tuesday, the French presidency said.\n\nMacron pressed the Libyan commander on a ceasefire, but Haftar said the conditions for a truce were not met.\n"),
        ("a3", "2019-05-15", "Seine Post", "Macron received Haftar\n\nEmmanuel Macron received Khalifa Haftar in Paris on Tuesday, his office said on Wednesday.\n\nThe French president asked Haftar to accept a ceasefire. Haftar told Macron his army was fighting terrorists." + Salame),
        ("b1", "2019-05-15", "Rome Courier", "Conte meets Sarraj in Rome\n\nItalian Prime Minister Giuseppe Conte met Fayez al-Sarraj, head of Libya's unity government, in Rome on Wednesday to discuss a ceasefire in Libya.\n\nSarraj asked Italy for support against the offensive on Tripoli. Conte called for an end to the fighting and a return to talks.\n"),
        ("b2", "2019-05-15", "Tiber News", "Sarraj seeks Italian backing\n\nFayez al-Sarraj met Giuseppe Conte in Rome on Wednesday, the Italian government said.\n\nSarraj said his unity government would not accept a ceasefire while Haftar's forces stayed near Tripoli. Conte promised humanitarian aid.\n"),
        ("b3", "2019-05-16", "Milan Daily", "Conte hosts Sarraj\n\nGiuseppe Conte hosted Fayez al-Sarraj in Rome on Wednesday for talks on the war in Libya.\n\nConte told Sarraj that Italy wanted a political solution. Sarraj thanked Conte and asked for pressure on Haftar." + Salame),
    ];

    private SqliteArticleStore Ingest(int count)
    {
        foreach (var (name, published, outlet, text) in Articles.Take(count))
        {
            _dir.File($"in/{name}.txt", text);
            _dir.File($"in/{name}.meta.json", $$"""{ "url": "https://{{name}}.example/", "published": "{{published}}", "outlet": "{{outlet}}" }""");
        }
        var store = SqliteArticleStore.Open(_dir.File("store.db"));
        new IngestRunner(store, StandardPipeline.Create(ShippedModels.Load())).Run([_dir.File("in")]);
        return store;
    }

    [Fact]
    public void Two_sub_topics_that_joined_one_story_are_split_at_six_articles_and_their_events_follow()
    {
        using var store = Ingest(6);
        var (stories, events) = store.Graph(s => { var r = new GraphReader(s); return (r.Stories(), r.Events()); });

        Assert.Equal(2, stories.Count);
        var paris = Assert.Single(stories, s => s.Title == "Macron meets Haftar in Paris");
        var rome = Assert.Single(stories, s => s.Title == "Conte meets Sarraj in Rome");
        Assert.Equal([1L, 2, 3], paris.Articles.Select(a => a.Article.Article));
        Assert.Equal([4L, 5, 6], rome.Articles.Select(a => a.Article.Article));
        Assert.Equal(paris.Id, rome.SplitFrom);
        Assert.Contains("split at 6 articles", Assert.Single(paris.History), StringComparison.Ordinal);
        Assert.All(rome.Articles, a => Assert.StartsWith($"moved from story {paris.Id}", a.Reason, StringComparison.Ordinal));

        // Every report sits in an event of its own article's story, and the Rome meeting is one event with its three outlets.
        var storyOf = stories.SelectMany(s => s.Articles.Select(a => (a.Article.Article, s.Id))).ToDictionary();
        Assert.All(events, e => Assert.All(e.Mentions, m => Assert.Equal(e.Story, storyOf[m.Article.Article])));
        var meeting = Assert.Single(events, e => e.Type == "CONSULT" && e.Place == "Rome");
        Assert.Equal(rome.Id, meeting.Story);
        Assert.Equal(3, meeting.Sources);

        // The envoy's appeal, reported on both sides, stays in the Paris story with its Paris report only; the Rome report
        // is linked again in the Rome story.
        var appeals = events.Where(e => e.Participants.Any(p => p.Name == "Ghassan Salame")).OrderBy(e => e.Story).ToList();
        Assert.Equal(2, appeals.Count);
        Assert.Equal([3L], appeals.Single(e => e.Story == paris.Id).Mentions.Select(m => m.Article.Article));
        Assert.Equal(1, appeals.Single(e => e.Story == paris.Id).Sources);
        Assert.Equal([6L], appeals.Single(e => e.Story == rome.Id).Mentions.Select(m => m.Article.Article));
    }

    [Fact]
    public void An_event_the_split_empties_keeps_its_id_which_names_the_events_holding_its_reports_now()
    {
        using var store = Ingest(6);
        var (stories, events, retired) = store.Graph(s =>
        {
            var r = new GraphReader(s);
            var ids = s.ListNodes(GraphKinds.RetiredEvent, 0, 1000).Select(n => n.Id).ToList();
            return (r.Stories(), r.Events(), ids.Select(id => (Id: id, Record: r.Retired(id)!, Event: r.Event(id))).ToList());
        });
        var rome = Assert.Single(stories, s => s.Title == "Conte meets Sarraj in Rome");
        Assert.NotEmpty(retired);
        foreach (var (id, record, asEvent) in retired)
        {
            Assert.Null(asEvent);
            Assert.DoesNotContain(events, e => e.Id == id);
            Assert.Equal(rome.Id, record.Story);
            Assert.Contains($"moved to story {rome.Id}", record.Reason, StringComparison.Ordinal);
            Assert.NotEmpty(record.Successors);
            Assert.All(record.Successors, x => Assert.Equal(rome.Id, Assert.Single(events, e => e.Id == x).Story));
        }
        Assert.Null(store.Graph(s => new GraphReader(s).Retired(events[0].Id)));
    }

    [Fact]
    public void A_story_below_six_articles_is_left_alone()
    {
        using var store = Ingest(5);
        var story = Assert.Single(store.Graph(s => new GraphReader(s).Stories()));
        Assert.Equal(5, story.Articles.Count);
        Assert.Empty(story.History);
        Assert.Null(story.SplitFrom);
    }
}
