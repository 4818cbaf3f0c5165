using Dateline.Extraction;
using Dateline.Ingest;
using Dateline.Model;
using Dateline.Pipeline;
using Dateline.Storage.Sqlite;

namespace Dateline.Tests.Ingest;

public class IngestRunnerTests
{
    private static (TempFolder Dir, SqliteArticleStore Store) NewStore()
    {
        var dir = new TempFolder();
        return (dir, SqliteArticleStore.Open(Path.Combine(dir.Path, "store.db")));
    }

    [Fact]
    public void Ingests_good_inputs_reports_each_bad_one_and_goes_on()
    {
        var (dir, store) = NewStore();
        using (dir)
        using (store)
        {
            dir.File("in/a.txt", SampleArticles.RomeTalks);
            dir.File("in/b.txt", SampleArticles.BrusselsVisit);
            dir.Bytes("in/c.txt", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]);
            dir.File("in/d.txt", "");
            dir.File("in/e.json", "{ not json");
            var summary = new IngestRunner(store, StandardPipeline.Create()).Run([Path.Combine(dir.Path, "in")]);
            Assert.Equal(2, summary.Ingested);
            Assert.Equal(3, summary.Rejected);
            Assert.Equal(["ingest.binary", "ingest.empty", "ingest.bad-json"], summary.Outcomes.Where(o => o.Status == IngestStatus.Rejected).Select(o => o.Code));
            Assert.Equal(2, store.Count());
        }
    }

    [Fact]
    public void Running_again_stores_nothing_new_and_reports_duplicates()
    {
        var (dir, store) = NewStore();
        using (dir)
        using (store)
        {
            dir.File("in/a.txt", SampleArticles.RomeTalks);
            dir.File("in/b.txt", SampleArticles.BrusselsVisit);
            var runner = new IngestRunner(store, StandardPipeline.Create());
            runner.Run([Path.Combine(dir.Path, "in")]);
            var again = runner.Run([Path.Combine(dir.Path, "in")]);
            Assert.Equal(2, again.Duplicates);
            Assert.Equal(0, again.Ingested);
            Assert.Equal(2, store.Count());
        }
    }

    [Fact]
    public void A_syndicated_copy_is_stored_and_linked_to_the_first_copy()
    {
        var (dir, store) = NewStore();
        using (dir)
        using (store)
        {
            dir.File("in/1.txt", SampleArticles.RomeTalks);
            dir.File("in/2.txt", SampleArticles.RomeTalksCopy);
            dir.File("in/3.txt", SampleArticles.BrusselsVisit);
            var summary = new IngestRunner(store, StandardPipeline.Create()).Run([Path.Combine(dir.Path, "in")]);
            var copy = Assert.Single(summary.Outcomes, o => o.Status == IngestStatus.NearDuplicate);
            Assert.EndsWith("2.txt", copy.Path, StringComparison.Ordinal);
            Assert.Equal(summary.Outcomes[0].ArticleId, copy.DuplicateOf);
            Assert.Equal(copy.DuplicateOf, store.Get(copy.ArticleId!.Value)!.NearDuplicate!.OriginalId);
        }
    }

    [Fact]
    public void The_same_text_published_at_another_url_is_stored_as_a_copy_and_the_same_file_again_is_a_duplicate()
    {
        var (dir, store) = NewStore();
        using (dir)
        using (store)
        {
            // A wire story reprinted word for word: the sidecars say two sites, so it is two articles, one a copy.
            dir.File("in/a.txt", SampleArticles.RomeTalks);
            dir.File("in/a.meta.json", """{"url": "https://first.example/talks", "outlet": "First Daily"}""");
            dir.File("in/b.txt", SampleArticles.RomeTalks);
            dir.File("in/b.meta.json", """{"url": "https://second.example/world/talks", "outlet": "Second Post"}""");
            var runner = new IngestRunner(store, StandardPipeline.Create());
            var first = runner.Run([Path.Combine(dir.Path, "in")]);
            var copy = Assert.Single(first.Outcomes, o => o.Status == IngestStatus.NearDuplicate);
            Assert.EndsWith("b.txt", copy.Path, StringComparison.Ordinal);
            Assert.Equal(2, store.Count());

            var again = runner.Run([Path.Combine(dir.Path, "in")]);
            Assert.Equal(2, again.Duplicates);
            Assert.Equal(2, store.Count());
        }
    }

    [Fact]
    public void An_interrupted_ingest_keeps_finished_documents_whole_and_resumes()
    {
        var (dir, store) = NewStore();
        using (dir)
        using (store)
        {
            for (int i = 0; i < 80; i++)
                dir.File($"in/{i:000}.txt", $"Story {i}\n\n{SampleArticles.BrusselsVisit} Number {i}.");
            using var cancel = new CancellationTokenSource();
            var runner = new IngestRunner(store, StandardPipeline.Create());
            var first = runner.Run([Path.Combine(dir.Path, "in")], o => { if (o.ArticleId == 40) cancel.Cancel(); }, cancel.Token);
            Assert.True(first.Interrupted);
            int stored = store.Count();
            Assert.InRange(stored, 40, 79);
            for (long id = 1; id <= stored; id++)
                Assert.NotEmpty(store.Get(id)!.Document.Text);
            var second = runner.Run([Path.Combine(dir.Path, "in")]);
            Assert.False(second.Interrupted);
            Assert.Equal(stored, second.Duplicates);
            Assert.Equal(80, store.Count());
        }
    }

    [Fact]
    public void A_stage_that_fails_on_one_document_rejects_that_document_only()
    {
        var (dir, store) = NewStore();
        using (dir)
        using (store)
        {
            dir.File("in/a.txt", SampleArticles.RomeTalks);
            dir.File("in/b.txt", SampleArticles.BrusselsVisit);
            var pipeline = new DocumentPipeline([.. StandardPipeline.Create().Stages, new FailOnBrussels()]);
            var summary = new IngestRunner(store, pipeline).Run([Path.Combine(dir.Path, "in")]);
            Assert.Equal(1, summary.Ingested);
            var failed = Assert.Single(summary.Outcomes, o => o.Status == IngestStatus.Rejected);
            Assert.Equal("ingest.internal-error", failed.Code);
            Assert.Contains("boom", failed.Reason, StringComparison.Ordinal);
        }
    }

    private sealed class FailOnBrussels : IDocumentStage
    {
        public string Name => "fail";
        public IReadOnlyList<string> Needs => ["text"];
        public IReadOnlyList<string> Provides => [];
        public Document Process(Document document) =>
            document.Text.Contains("Brussels", StringComparison.Ordinal) ? throw new InvalidOperationException("boom") : document;
    }
}
