using Dateline.Dedup;
using Dateline.Events;
using Dateline.Ingest;
using Dateline.Linking;
using Dateline.Model;
using Dateline.Pipeline;
using Dateline.Storage;

namespace Dateline.Tests.Storage;

/// <summary>
/// What every store must do, run against each implementation (SQLite always, PostgreSQL when
/// DATELINE_TEST_PG names a server; skipped with that reason otherwise).
/// </summary>
public abstract class ArticleStoreContract : IDisposable
{
    /// <summary>Why this store's tests cannot run here, or null.</summary>
    protected virtual string? SkipReason => null;

    /// <summary>Opens the store under test; a second call opens the same store again.</summary>
    protected abstract IArticleStore OpenStore();

    public virtual void Dispose() => GC.SuppressFinalize(this);

    protected static Document Processed(string text, string path = "/clips/story.txt") => StandardPipeline.Create().Run(new Document
    {
        Source = new SourceInfo(path, SourceFormat.PlainText, "utf-8", ContentHash.Of(text), text.Length),
        SourceText = text,
        Metadata = new ArticleMetadata { Outlet = new MetadataValue("Example Times", "sidecar:outlet"), Published = new MetadataValue("2019-05-16", "sidecar:published") },
    });

    [SkippableFact]
    public void Events_are_indexed_with_the_document_and_found_by_actor()
    {
        Skip.If(SkipReason is not null, SkipReason);
        static EventActor Actor(string name) => new() { Text = name, Start = 0, End = name.Length, Name = name };
        var doc = Processed(SampleArticles.RomeTalks) with
        {
            EventMentions =
            [
                new EventMention
                {
                    Id = "e1", Event = "CONSULT", Mode = "meeting", Cameo = "040", Status = EventStatus.Happened,
                    Source = [Actor("Khalifa Haftar")], Target = [Actor("Giuseppe Conte")],
                    Date = new EventDate("2019-05-16", "day", "Thursday", "test"), EventLoc = new EventPlace { Reason = "test" },
                    Confidence = new EventConfidence(0.9, 0.9, 1, 1, "test"), Trigger = "met", TriggerStart = 0, TriggerEnd = 3,
                },
            ],
        };
        long id;
        using (var store = OpenStore())
            id = store.Add(doc, MinHashSignature.Compute(doc.Text), _ => null).Id!.Value;
        using (var store = OpenStore())
        {
            var row = Assert.Single(store.FindEvents("haftar", 0, 10));
            Assert.Equal((id, "e1", "CONSULT", "2019-05-16"), (row.ArticleId, row.EventId, row.Event, row.Date));
            Assert.Single(store.FindEvents("CONTE", 0, 10));
            Assert.Single(store.FindEvents(null, 0, 10));
            Assert.Empty(store.FindEvents("Macron", 0, 10));
            Assert.Equal("CONSULT", Assert.Single(store.Get(id)!.Document.EventMentions).Event);
        }
    }

    [SkippableFact]
    public void A_stored_document_reads_back_with_every_layer_and_offset_intact()
    {
        Skip.If(SkipReason is not null, SkipReason);
        var doc = Processed(SampleArticles.RomeTalks);
        long id;
        using (var store = OpenStore())
            id = store.Add(doc, MinHashSignature.Compute(doc.Text), _ => null).Id!.Value;
        using (var store = OpenStore())
        {
            var back = store.Get(id)!.Document;
            Assert.Equal(doc.Text, back.Text);
            Assert.Equal(doc.SourceText, back.SourceText);
            Assert.Equal(doc.Metadata, back.Metadata);
            Assert.Equal(doc.Paragraphs.ToArray(), back.Paragraphs.ToArray());
            Assert.Equal(doc.TextMap.Segments.ToArray(), back.TextMap.Segments.ToArray());
            Assert.Equal(doc.Source, back.Source);
            var summary = Assert.Single(store.List(0, 10));
            Assert.Equal(("Example Times", "2019-05-16", id), (summary.Outlet, summary.Published, summary.Id));
            Assert.Null(store.Get(id + 1000));
        }
    }

    [SkippableFact]
    public void Storing_the_same_content_twice_writes_nothing_the_second_time()
    {
        Skip.If(SkipReason is not null, SkipReason);
        using var store = OpenStore();
        var doc = Processed(SampleArticles.RomeTalks);
        Assert.NotNull(store.Add(doc, null, _ => null).Id);
        Assert.Null(store.Add(doc with { Source = doc.Source with { Path = "/elsewhere/copy.txt" } }, null, _ => null).Id);
        Assert.Equal(1, store.Count());
        Assert.NotNull(store.FindByContentHash(doc.Source.ContentHash));
        Assert.Null(store.FindByContentHash("no-such-hash"));
    }

    [SkippableFact]
    public void Finds_stored_copies_by_shared_minhash_bands_and_keeps_the_link()
    {
        Skip.If(SkipReason is not null, SkipReason);
        using var store = OpenStore();
        var a = Processed(SampleArticles.RomeTalks);
        var id = store.Add(a, MinHashSignature.Compute(a.Text)!, _ => null).Id!.Value;
        var b = Processed(SampleArticles.RomeTalksCopy, "/clips/copy.txt");
        var sb = MinHashSignature.Compute(b.Text)!;
        var candidate = Assert.Single(store.FindByBandKeys(sb.BandKeys()));
        Assert.Equal(id, candidate.Id);
        IReadOnlyList<DuplicateCandidate>? seen = null;
        var (copy, link) = store.Add(b, sb, candidates => { seen = candidates; return new NearDuplicateLink(id, 0.9); });
        Assert.Equal(id, Assert.Single(seen!).Id);
        Assert.Equal(new NearDuplicateLink(id, 0.9), link);
        Assert.Equal(new NearDuplicateLink(id, 0.9), store.Get(copy!.Value)!.NearDuplicate);
        Assert.Equal(id, store.List(0, 10)[1].NearDuplicate!.OriginalId);
        Assert.Empty(store.FindByBandKeys(MinHashSignature.Compute(Processed(SampleArticles.BrusselsVisit).Text)!.BandKeys()));
    }

    [SkippableFact]
    public void Two_workers_ingesting_the_same_folder_at_once_store_each_article_once()
    {
        Skip.If(SkipReason is not null, SkipReason);
        using var dir = new TempFolder();
        for (int i = 0; i < 60; i++)
            dir.File($"in/{i:000}.txt", $"Story {i}\n\nReport number {i}. {SampleArticles.BrusselsVisit.Replace("Brussels", "city " + i, StringComparison.Ordinal)}");
        var results = new IngestSummary[2];
        Parallel.For(0, 2, w =>
        {
            using var store = OpenStore();
            results[w] = new IngestRunner(store, StandardPipeline.Create()) { MaxParallelism = 1 }.Run([Path.Combine(dir.Path, "in")]);
        });
        using var check = OpenStore();
        Assert.Equal(60, check.Count());
        Assert.Equal(60, results.Sum(r => r.Ingested + r.NearDuplicates));
        Assert.Equal(60, results.Sum(r => r.Duplicates + r.Outcomes.Count(o => o.Status == IngestStatus.ClaimedElsewhere)));
    }

    [SkippableFact]
    public void Full_text_search_finds_articles_by_every_word_and_survives_any_input()
    {
        Skip.If(SkipReason is not null, SkipReason);
        using var store = OpenStore();
        var rome = store.Add(Processed(SampleArticles.RomeTalks), null, _ => null).Id;
        var brussels = store.Add(Processed(SampleArticles.BrusselsVisit), null, _ => null).Id;
        Assert.Equal([rome], store.Search("haftar ROME", 0, 10).Select(h => (long?)h.Id));
        Assert.Equal([brussels], store.Search("Sarraj's coup", 0, 10).Select(h => (long?)h.Id));
        Assert.Contains("[", store.Search("Sarraj", 0, 10)[0].Snippet, StringComparison.Ordinal);
        Assert.Empty(store.Search("Haftar Brussels", 0, 10));
        foreach (var hostile in new[] { "\"Haftar\" OR (", "NEAR(a b", "*", "' ; DROP TABLE articles; --", "" })
            _ = store.Search(hostile, 0, 10);
        Assert.Equal(2, store.Count());
    }

    [SkippableFact]
    public void A_claim_keeps_other_workers_off_until_it_is_released_or_abandoned()
    {
        Skip.If(SkipReason is not null, SkipReason);
        using var store = OpenStore();
        var lease = TimeSpan.FromMinutes(10);
        Assert.True(store.TryClaim("h1", "worker-a", lease));
        Assert.True(store.TryClaim("h1", "worker-a", lease));
        Assert.False(store.TryClaim("h1", "worker-b", lease));
        store.ReleaseClaim("h1", "worker-a");
        Assert.True(store.TryClaim("h1", "worker-b", lease));
        Assert.True(store.TryClaim("h2", "worker-a", lease));
        Thread.Sleep(1500);
        Assert.True(store.TryClaim("h2", "worker-b", TimeSpan.FromSeconds(1)));
    }

    [SkippableFact]
    public void Two_workers_storing_copies_of_one_story_at_the_same_moment_link_them()
    {
        Skip.If(SkipReason is not null, SkipReason);
        var docs = new[] { Processed(SampleArticles.RomeTalks, "/a.txt"), Processed(SampleArticles.RomeTalksCopy, "/b.txt") };
        var results = new StoreResult[2];
        using var gate = new Barrier(2);
        Parallel.For(0, 2, w =>
        {
            using var store = OpenStore();
            var sig = MinHashSignature.Compute(docs[w].Text)!;
            gate.SignalAndWait();
            results[w] = store.Add(docs[w], sig, candidates => candidates.Count == 0 ? null : new NearDuplicateLink(candidates[0].Id, sig.Similarity(MinHashSignature.FromBytes(candidates[0].Signature))));
        });
        Assert.Single(results, r => r.Link is null);
        var linked = Assert.Single(results, r => r.Link is not null);
        Assert.Equal(results.Single(r => r.Link is null).Id, linked.Link!.OriginalId);
    }

    [SkippableFact]
    public void Two_outlets_reporting_one_meeting_are_linked_into_one_event_with_both_sources()
    {
        Skip.If(SkipReason is not null, SkipReason);
        static Dateline.Model.Document Report(string outlet, string text) => Dateline.Tests.Events.EventPipeline.Process(new Document
        {
            Source = new SourceInfo($"/clips/{outlet}.txt", SourceFormat.PlainText, "utf-8", ContentHash.Of(text), text.Length),
            SourceText = text,
            Metadata = new ArticleMetadata { Outlet = new MetadataValue(outlet, "sidecar:outlet"), Published = new MetadataValue("2019-05-16", "sidecar:published") },
        });
        var first = Report("Gulf Daily Wire", "Haftar in Rome\n\nLibyan commander Khalifa Haftar met Italian Prime Minister Giuseppe Conte in Rome on Thursday.");
        var second = Report("The Tripoli Ledger", "Talks in Rome\n\nItalian Prime Minister Giuseppe Conte held talks with Khalifa Haftar in Rome on Thursday, officials said.");
        using (var store = OpenStore())
        {
            store.Add(first, MinHashSignature.Compute(first.Text), _ => null);
            store.Add(second, MinHashSignature.Compute(second.Text), _ => null);
        }
        using (var store = OpenStore())
        {
            var (haftar, timeline) = store.Graph(s => { var r = new GraphReader(s); var id = r.Find("Haftar")[0].Id; return (r.Entity(id)!, r.Timeline(id)); });
            Assert.Equal(2, haftar.Articles);
            var meeting = Assert.Single(timeline, e => e.Type == "CONSULT");
            Assert.Equal(["Gulf Daily Wire", "The Tripoli Ledger"], meeting.Outlets.Order(StringComparer.Ordinal));
            Assert.Single(store.Graph(s => new GraphReader(s).Stories()));
        }
    }

    [SkippableFact]
    public void A_story_of_two_sub_topics_is_split_in_the_storing_transaction_and_its_events_follow()
    {
        Skip.If(SkipReason is not null, SkipReason);
        var documents = Dateline.Tests.Linking.StorySplitTests.Articles.Select(a => Dateline.Tests.Events.EventPipeline.Process(new Document
        {
            Source = new SourceInfo($"/clips/{a.Name}.txt", SourceFormat.PlainText, "utf-8", ContentHash.Of(a.Text), a.Text.Length),
            SourceText = a.Text,
            Metadata = new ArticleMetadata { Outlet = new MetadataValue(a.Outlet, "sidecar:outlet"), Published = new MetadataValue(a.Published, "sidecar:published") },
        })).ToList();
        using (var store = OpenStore())
            foreach (var d in documents) store.Add(d, MinHashSignature.Compute(d.Text), _ => null);
        using (var store = OpenStore())
        {
            var (stories, events) = store.Graph(s => { var r = new GraphReader(s); return (r.Stories(), r.Events()); });
            Assert.Equal(2, stories.Count);
            var made = Assert.Single(stories, s => s.SplitFrom is not null);
            Assert.Equal(3, made.Articles.Count);
            var storyOf = stories.SelectMany(s => s.Articles.Select(a => (a.Article.Article, s.Id))).ToDictionary();
            Assert.All(events, e => Assert.All(e.Mentions, m => Assert.Equal(e.Story, storyOf[m.Article.Article])));
            Assert.Equal(3, Assert.Single(events, e => e.Type == "CONSULT" && e.Place == "Rome").Sources);
            // The events the split emptied keep their ids as records naming their successors in the new story.
            var retired = store.Graph(s => s.ListNodes(GraphKinds.RetiredEvent, 0, 100).Select(n => new GraphReader(s).Retired(n.Id)!).ToList());
            Assert.NotEmpty(retired);
            Assert.All(retired, r => Assert.All(r.Successors, x => Assert.Equal(made.Id, Assert.Single(events, e => e.Id == x).Story)));
        }
    }

    /// <summary>A made-up report through the whole pipeline, published 2005-04-11 by <paramref name="outlet"/>.</summary>
    private static Document Report(string outlet, string text) => Dateline.Tests.Events.EventPipeline.Process(new Document
    {
        Source = new SourceInfo($"/clips/{outlet}.txt", SourceFormat.PlainText, "utf-8", ContentHash.Of(text), text.Length),
        SourceText = text,
        Metadata = new ArticleMetadata { Outlet = new MetadataValue(outlet, "sidecar:outlet"), Published = new MetadataValue("2005-04-11", "sidecar:published") },
    });

    // "Abu Mazen" is Mahmoud Abbas (his kunya): no name rule can know it, the user says so with a merge.
    private const string MazenUrges = "Ceasefire appeal\n\nAbu Mazen urged Hamas to accept the ceasefire before the holiday. The truce would open the crossings and free prisoners, the mediators said.\n";
    private const string AbbasInCairo = "Border talks\n\nMahmoud Abbas met Hosni Mubarak in Cairo to discuss the border crossings.\n";
    private const string AbbasUrges = "Ceasefire call\n\nPalestinian leader Mahmoud Abbas urged Hamas to accept the truce before the holiday, saying it would open the crossings and free prisoners.\n";

    /// <summary>The REQUEST events of the store, as the timeline of Hamas shows them.</summary>
    private static List<EventView> Appeals(IArticleStore store) =>
        store.Graph(s => { var r = new GraphReader(s); return r.Timeline(r.Find("Hamas")[0].Id); }).Where(e => e.Type == "REQUEST").ToList();

    [SkippableFact]
    public void After_a_merge_a_report_naming_the_survivor_joins_the_event_the_absorbed_entity_was_reported_in()
    {
        Skip.If(SkipReason is not null, SkipReason);
        using var store = OpenStore();
        foreach (var d in new[] { Report("Northern Gazette", MazenUrges), Report("Southern Courier", AbbasInCairo) })
            store.Add(d, MinHashSignature.Compute(d.Text), _ => null);
        var (abbas, mazen) = store.Graph(s => { var r = new GraphReader(s); return (r.Find("Mahmoud Abbas")[0].Id, r.Find("Abu Mazen")[0].Id); });
        Assert.NotEqual(abbas, mazen);
        store.Graph(s => EntityOverrides.Merge(s, abbas, mazen), write: true);

        var later = Report("Eastern Star", AbbasUrges);
        store.Add(later, MinHashSignature.Compute(later.Text), _ => null);

        // One appeal reported by two outlets: the merged summary names Mahmoud Abbas where it named Abu Mazen.
        var appeal = Assert.Single(Appeals(store));
        Assert.Equal(["Eastern Star", "Northern Gazette"], appeal.Outlets.Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public void An_unmerge_gives_the_event_summaries_back_to_the_absorbed_entity_so_a_later_report_stays_apart_again()
    {
        Skip.If(SkipReason is not null, SkipReason);
        using var store = OpenStore();
        foreach (var d in new[] { Report("Northern Gazette", MazenUrges), Report("Southern Courier", AbbasInCairo) })
            store.Add(d, MinHashSignature.Compute(d.Text), _ => null);
        var (abbas, mazen) = store.Graph(s => { var r = new GraphReader(s); return (r.Find("Mahmoud Abbas")[0].Id, r.Find("Abu Mazen")[0].Id); });
        long appeal = Assert.Single(Appeals(store)).Id;
        var before = store.Graph(s => Summary(s, appeal));
        store.Graph(s => EntityOverrides.Merge(s, abbas, mazen), write: true);
        store.Graph(s => EntityOverrides.Unmerge(s, mazen), write: true);

        var after = store.Graph(s => Summary(s, appeal));
        Assert.Equal(before.Participants.OrderBy(kv => kv.Key, StringComparer.Ordinal), after.Participants.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        Assert.Equal(before.ArticleActors.OrderBy(kv => kv.Key, StringComparer.Ordinal), after.ArticleActors.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        var later = Report("Eastern Star", AbbasUrges);
        store.Add(later, MinHashSignature.Compute(later.Text), _ => null);
        Assert.Equal(2, Appeals(store).Count);
    }

    [SkippableFact]
    public void After_a_merge_no_event_summary_keeps_the_absorbed_entity_not_even_as_an_article_actor_only()
    {
        Skip.If(SkipReason is not null, SkipReason);
        using var store = OpenStore();
        // The release is not Abu Mazen's, but he is the article's main actor: its summary counts him among them.
        var withRelease = Report("Northern Gazette", MazenUrges + "Abu Mazen said the truce would hold. Israel freed 20 prisoners on Monday, the army said.\n");
        foreach (var d in new[] { withRelease, Report("Southern Courier", AbbasInCairo) })
            store.Add(d, MinHashSignature.Compute(d.Text), _ => null);
        var (abbas, mazen) = store.Graph(s => { var r = new GraphReader(s); return (r.Find("Mahmoud Abbas")[0].Id, r.Find("Abu Mazen")[0].Id); });
        string mazenKey = CrossDocumentLinker.EntityKey(mazen);
        var events = store.Graph(s => new GraphReader(s).AllEvents().Select(e => e.Id).ToList());
        Assert.Contains(events, id => store.Graph(s => Summary(s, id)) is var x && x.ArticleActors.ContainsKey(mazenKey) && !x.Participants.ContainsKey(mazenKey));

        store.Graph(s => EntityOverrides.Merge(s, abbas, mazen), write: true);

        Assert.All(events, id => Assert.False(store.Graph(s => Summary(s, id)).Names(mazenKey)));
        Assert.Contains(events, id => store.Graph(s => Summary(s, id)).ArticleActors.ContainsKey(CrossDocumentLinker.EntityKey(abbas)));
    }

    private static Dateline.Coreference.EventClusterSummary Summary(IGraphSession s, long id) => GraphJson.Read<StoredEvent>(s.GetNode(id)!.Profile).Summary!;
}
