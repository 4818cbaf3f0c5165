using System.Text.Json.Nodes;
using Dateline.Ingest;
using Dateline.Linking;
using Dateline.Pipeline;
using Dateline.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Dateline.Tests.Linking;

/// <summary>A store linked before schema 6 (no linker summaries, no document frequencies) upgrades when opened, without loss.</summary>
public sealed class SummaryBackfillTests
{
    [Fact]
    public void A_store_linked_before_schema_6_keeps_every_link_and_gets_summaries_and_frequencies_when_opened()
    {
        using var dir = new TempFolder();
        var path = dir.File("old.db");
        using (var store = SqliteArticleStore.Open(path))
            new IngestRunner(store, StandardPipeline.Create(ShippedModels.Load())).Run([Path.Combine(RepoPaths.Root, "data", "sample")]);
        long links = CountLinks(path);

        // Make it a schema-5 store: profiles without the linkers' summaries, no frequency tables.
        using (var c = new SqliteConnection($"Data Source={path};Pooling=false"))
        {
            c.Open();
            var rows = new List<(long Id, string Profile)>();
            using (var read = new SqliteCommand("SELECT id, profile FROM graph_nodes WHERE kind IN ('story', 'event')", c))
            using (var r = read.ExecuteReader())
                while (r.Read()) rows.Add((r.GetInt64(0), r.GetString(1)));
            foreach (var (id, profile) in rows)
            {
                var json = JsonNode.Parse(profile)!.AsObject();
                json.Remove("summary");
                using var write = new SqliteCommand("UPDATE graph_nodes SET profile = $p WHERE id = $id", c);
                write.Parameters.AddWithValue("$p", json.ToJsonString());
                write.Parameters.AddWithValue("$id", id);
                write.ExecuteNonQuery();
            }
            using var drop = new SqliteCommand("DROP TABLE graph_terms; DROP TABLE graph_markers; DELETE FROM schema_version WHERE version = 6;", c);
            drop.ExecuteNonQuery();
        }

        using (var store = SqliteArticleStore.Open(path))
        {
            var (stories, events, documents, marker) = store.Graph(s =>
            {
                var reader = new GraphReader(s);
                return (reader.AllStories().ToList(), reader.AllEvents().ToList(), s.TermDocumentCount(), s.GetMarker(GraphMarkers.SummaryBackfill));
            });
            Assert.All(stories, x => Assert.NotNull(x.Profile.Summary));
            Assert.All(events, x => Assert.NotNull(x.Profile.Summary));
            Assert.Equal(store.Count(), documents);
            Assert.Null(marker);
        }
        Assert.Equal(links, CountLinks(path));
    }

    private static long CountLinks(string path)
    {
        using var c = new SqliteConnection($"Data Source={path};Pooling=false");
        c.Open();
        using var cmd = new SqliteCommand("SELECT COUNT(*) FROM graph_links", c);
        return (long)cmd.ExecuteScalar()!;
    }
}
