using Dateline.Dedup;
using Dateline.Ingest;
using Dateline.Model;
using Dateline.Pipeline;
using Dateline.Storage;
using Dateline.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Dateline.Tests.Storage;

public class SqliteArticleStoreTests
{
    private static Document Processed(string text, string path = "/clips/story.txt") => StandardPipeline.Create().Run(new Document
    {
        Source = new SourceInfo(path, SourceFormat.PlainText, "utf-8", ContentHash.Of(text), text.Length),
        SourceText = text,
        Metadata = new ArticleMetadata { Outlet = new MetadataValue("Example Times", "sidecar:outlet"), Published = new MetadataValue("2019-05-16", "sidecar:published") },
    });

    [Fact]
    public void A_stored_document_reads_back_with_every_layer_and_offset_intact()
    {
        using var dir = new TempFolder();
        var doc = Processed(SampleArticles.RomeTalks);
        long id;
        using (var store = SqliteArticleStore.Open(Path.Combine(dir.Path, "a.db")))
            id = store.Add(doc, MinHashSignature.Compute(doc.Text), null)!.Value;
        using (var store = SqliteArticleStore.Open(Path.Combine(dir.Path, "a.db")))
        {
            var back = store.Get(id)!.Document;
            Assert.Equal(doc.Text, back.Text);
            Assert.Equal(doc.SourceText, back.SourceText);
            Assert.Equal(doc.Metadata, back.Metadata);
            Assert.Equal(doc.Paragraphs.ToArray(), back.Paragraphs.ToArray());
            Assert.Equal(doc.TextMap.Segments.ToArray(), back.TextMap.Segments.ToArray());
            Assert.Equal(doc.Source, back.Source);
            var summary = Assert.Single(store.List(0, 10));
            Assert.Equal(("Example Times", "2019-05-16"), (summary.Outlet, summary.Published));
        }
    }

    [Fact]
    public void Storing_the_same_content_twice_writes_nothing_the_second_time()
    {
        using var dir = new TempFolder();
        using var store = SqliteArticleStore.Open(Path.Combine(dir.Path, "a.db"));
        var doc = Processed(SampleArticles.RomeTalks);
        Assert.NotNull(store.Add(doc, null, null));
        Assert.Null(store.Add(doc with { Source = doc.Source with { Path = "/elsewhere/copy.txt" } }, null, null));
        Assert.Equal(1, store.Count());
        Assert.NotNull(store.FindByContentHash(doc.Source.ContentHash));
    }

    [Fact]
    public void Finds_stored_copies_by_shared_minhash_bands()
    {
        using var dir = new TempFolder();
        using var store = SqliteArticleStore.Open(Path.Combine(dir.Path, "a.db"));
        var a = Processed(SampleArticles.RomeTalks);
        var sa = MinHashSignature.Compute(a.Text)!;
        var id = store.Add(a, sa, null);
        var sb = MinHashSignature.Compute(Processed(SampleArticles.RomeTalksCopy).Text)!;
        var candidate = Assert.Single(store.FindByBandKeys(sb.BandKeys()));
        Assert.Equal(id, candidate.Id);
        Assert.Empty(store.FindByBandKeys(MinHashSignature.Compute(Processed(SampleArticles.BrusselsVisit).Text)!.BandKeys()));
    }

    [Fact]
    public void Refuses_a_file_that_is_not_a_store_with_a_reason_naming_it()
    {
        using var dir = new TempFolder();
        var path = dir.File("notes.db", "these are my notes, not a database, and they are long enough to look like a file");
        var e = Assert.Throws<StoreException>(() => SqliteArticleStore.Open(path));
        Assert.Contains("notes.db", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_store_written_by_a_newer_version()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "a.db");
        SqliteArticleStore.Open(path).Dispose();
        using (var c = new SqliteConnection($"Data Source={path};Pooling=false"))
        {
            c.Open();
            using var cmd = new SqliteCommand("INSERT INTO schema_version(version) VALUES (999)", c);
            cmd.ExecuteNonQuery();
        }
        var e = Assert.Throws<StoreException>(() => SqliteArticleStore.Open(path));
        Assert.Contains("newer", e.Message, StringComparison.Ordinal);
    }
}
