using Dateline.Ingest;
using Dateline.Linking;
using Dateline.Pipeline;
using Dateline.Storage.Sqlite;

namespace Dateline.Tests.Linking;

/// <summary>
/// The stray repair in ingest: one Rome meeting (Conte and Sarraj) joins a story of five Paris reports (Macron and Haftar)
/// on shared words, too few to be a half for the split; at six articles it leaves with its events. Made-up articles,
/// ingested in name order (the Paris ones first).
/// </summary>
public sealed class StoryStraysTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private static readonly (string Name, string Published, string Outlet, string Text)[] Articles =
    [
        .. StorySplitTests.Articles.Take(3),
        ("a4", "2019-05-15", "Loire Journal", "Haftar leaves Paris without a truce\n\nKhalifa Haftar left Paris on Wednesday after talks with Emmanuel Macron ended without a ceasefire.\n\nMacron had asked Haftar to halt the offensive on Tripoli. Haftar said his forces would press on.\n"),
        ("a5", "2019-05-15", "Rhone Gazette", "Macron fails to sway Haftar\n\nEmmanuel Macron failed to win a ceasefire from Khalifa Haftar at the Elysee Palace in Paris, French officials said.\n\nThe Libyan commander told Macron the offensive on Tripoli would continue.\n"),
        StorySplitTests.Articles[3],
    ];

    [Fact]
    public void A_stray_article_leaves_its_story_at_six_articles_and_its_events_follow()
    {
        foreach (var (name, published, outlet, text) in Articles)
        {
            _dir.File($"in/{name}.txt", text);
            _dir.File($"in/{name}.meta.json", $$"""{ "url": "https://{{name}}.example/", "published": "{{published}}", "outlet": "{{outlet}}" }""");
        }
        using var store = SqliteArticleStore.Open(_dir.File("store.db"));
        new IngestRunner(store, StandardPipeline.Create(ShippedModels.Load())).Run([_dir.File("in")]);
        var (stories, events) = store.Graph(s => { var r = new GraphReader(s); return (r.Stories(), r.Events()); });

        Assert.Equal(2, stories.Count);
        var paris = Assert.Single(stories, s => s.Title == "Macron meets Haftar in Paris");
        var rome = Assert.Single(stories, s => s.Title == "Conte meets Sarraj in Rome");
        Assert.Equal([1L, 2, 3, 4, 5], paris.Articles.Select(a => a.Article.Article));
        Assert.Equal([6L], rome.Articles.Select(a => a.Article.Article));
        Assert.Contains("article 6 moved to story", Assert.Single(paris.History), StringComparison.Ordinal);
        Assert.StartsWith($"moved from story {paris.Id}", Assert.Single(rome.Articles).Reason, StringComparison.Ordinal);
        var storyOf = stories.SelectMany(s => s.Articles.Select(a => (a.Article.Article, s.Id))).ToDictionary();
        Assert.All(events, e => Assert.All(e.Mentions, m => Assert.Equal(e.Story, storyOf[m.Article.Article])));
        Assert.Contains(events, e => e.Story == rome.Id);
    }
}
