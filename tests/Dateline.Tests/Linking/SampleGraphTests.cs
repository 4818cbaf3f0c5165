using Dateline.Ingest;
using Dateline.Linking;
using Dateline.Pipeline;
using Dateline.Storage.Sqlite;

namespace Dateline.Tests.Linking;

/// <summary>The built-in sample through the whole pipeline into a store: what the timeline, entities and stories must show.</summary>
public sealed class SampleGraphTests : IClassFixture<SampleGraphTests.SampleStore>
{
    public sealed class SampleStore : IDisposable
    {
        private readonly TempFolder _dir = new();

        public SampleStore()
        {
            Path = _dir.File("sample.db");
            using var store = SqliteArticleStore.Open(Path);
            new IngestRunner(store, StandardPipeline.Create(ShippedModels.Load())).Run([System.IO.Path.Combine(RepoPaths.Root, "data", "sample")]);
        }

        public string Path { get; }

        public T Read<T>(Func<GraphReader, T> read)
        {
            using var store = SqliteArticleStore.Open(Path);
            return store.Graph(s => read(new GraphReader(s)));
        }

        public void Dispose() => _dir.Dispose();
    }

    private readonly SampleStore _sample;

    public SampleGraphTests(SampleStore sample) => _sample = sample;

    private IReadOnlyList<EventView> HaftarTimeline() => _sample.Read(r => r.Timeline(r.Find("Khalifa Haftar")[0].Id));

    [Fact]
    public void The_rome_meeting_appears_once_with_every_outlet_that_reported_it()
    {
        var rome = Assert.Single(HaftarTimeline(), e => e.Type == "CONSULT" && e.Place == "Rome");
        Assert.Equal("2019-05-16", rome.Date);
        Assert.Contains("Gulf Daily Wire", rome.Outlets);
        Assert.Contains("The Tripoli Ledger", rome.Outlets);
        // The syndicated copy adds a mention, not a source.
        Assert.Equal(1, rome.Copies);
        Assert.DoesNotContain("Mediterranean Monitor", rome.Outlets);
    }

    [Fact]
    public void A_participant_whose_article_gives_no_country_takes_the_stored_entitys_country()
    {
        // wirebriefs' Benghazi report calls him "Khalifa Haftar" and "Marshal Haftar" (MIL), never Libyan.
        var benghazi = Assert.Single(HaftarTimeline(), e => e.Type == "CONSULT" && e.Place == "Benghazi");
        var haftar = Assert.Single(benghazi.Participants, p => p.Name.Contains("Haftar", StringComparison.Ordinal));
        Assert.Equal("LBYMIL", haftar.Code);
    }

    [Fact]
    public void An_entity_learns_its_country_and_role_from_other_articles_so_a_bare_mention_codes_both()
    {
        // Only "The Libyan military chief Khalifa Haftar" (article #1) says where he is from before the Palermo
        // report (#4, stored next) names him bare; his roles ("Commander", "Field Marshal") give the sector.
        var palermo = Assert.Single(HaftarTimeline(), e => e.Place == "Palermo");
        var haftar = Assert.Single(palermo.Participants, p => p.Name.Contains("Haftar", StringComparison.Ordinal));
        Assert.Equal("LBYMIL", haftar.Code);
    }

    [Fact]
    public void The_country_of_a_dateline_is_no_participant()
    {
        // "PALERMO, Italy - Italian Prime Minister Giuseppe Conte hosted ...": Italy is where the story was filed.
        var palermo = Assert.Single(HaftarTimeline(), e => e.Place == "Palermo");
        Assert.DoesNotContain(palermo.Participants, p => p.Name == "Italy");
        Assert.Contains(palermo.Participants, p => p.Name == "Giuseppe Conte");
    }

    [Fact]
    public void Reports_disagreeing_on_the_day_keep_both_versions_with_their_outlets()
    {
        var rome = Assert.Single(HaftarTimeline(), e => e.Type == "CONSULT" && e.Place == "Rome");
        var disagreement = Assert.Single(rome.Disagreements, d => d.StartsWith("date:", StringComparison.Ordinal));
        Assert.Contains("2019-05-15 (The Tripoli Ledger)", disagreement, StringComparison.Ordinal);
    }

    [Fact]
    public void The_palermo_meeting_a_year_earlier_is_another_event_and_another_story()
    {
        var timeline = HaftarTimeline();
        var palermo = Assert.Single(timeline, e => e.Place == "Palermo");
        var rome = Assert.Single(timeline, e => e.Type == "CONSULT" && e.Place == "Rome");
        Assert.NotEqual(palermo.Id, rome.Id);
        Assert.NotEqual(palermo.Story, rome.Story);
    }

    [Fact]
    public void A_visit_first_announced_then_reported_is_listed_as_happened_on_its_day_with_the_plan_kept()
    {
        var paris = Assert.Single(HaftarTimeline(), e => e.Type == "CONSULT" && e.Place == "Paris");
        Assert.Equal("happened", paris.Statuses[0].Value);
        Assert.Equal(("2019-05-22", "day"), (paris.Date, paris.Precision));
        Assert.Contains(paris.Statuses, s => s.Value == "planned");
        Assert.Contains(paris.Disagreements, d => d.StartsWith("status:", StringComparison.Ordinal));
        // "President Emmanuel Macron" in one report, "French President Emmanuel Macron" in another: the fuller code stays.
        Assert.Equal("FRAGOV", Assert.Single(paris.Participants, p => p.Name == "Emmanuel Macron").Code);
    }

    [Fact]
    public void Two_rejections_in_one_story_by_different_actors_stay_two_events()
    {
        var haftars = Assert.Single(HaftarTimeline(), e => e.Type == "REJECT" && e.Participants.Any(p => p.Side == "source" && p.Name.Contains("Haftar", StringComparison.Ordinal)));
        Assert.DoesNotContain(haftars.Participants, p => p.Name is "Paris" or "France");
        Assert.Equal("2019-05-22", haftars.Date);
    }

    [Fact]
    public void A_typod_spelling_is_listed_under_the_one_entity()
    {
        var haftar = Assert.Single(_sample.Read(r => r.Entities("Haftar", "PER")));
        Assert.Contains(haftar.Spellings, s => s.Spelling == "Khalifa Hiftar");
        Assert.Contains(haftar.Spellings, s => s.Spelling == "Haftar");
    }

    [Fact]
    public void A_different_person_with_a_similar_name_stays_apart()
    {
        var salame = Assert.Single(_sample.Read(r => r.Entities("Salame")));
        Assert.Contains(salame.Spellings, s => s.Spelling == "Ghassan Salamé");
        Assert.DoesNotContain(salame.Spellings, s => s.Spelling.Contains("Salem", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_mention_quotes_the_text_at_its_offsets()
    {
        using var store = SqliteArticleStore.Open(_sample.Path);
        foreach (var e in store.Graph(s => new GraphReader(s).Events()))
            foreach (var m in e.Mentions)
                Assert.Equal(m.Quote, store.Get(m.Article.Article)!.Document.Text[m.Start!.Value..m.End!.Value]);
    }

    [Fact]
    public void The_network_counts_each_happening_once()
    {
        var network = _sample.Read(r => r.Network(r.Find("Khalifa Haftar")[0].Id));
        var edge = Assert.Single(network.Edges, e => e.Type == "CONSULT" && network.Nodes.Single(n => n.Id == e.Target).Name == "Giuseppe Conte"
                                                   && network.Nodes.Single(n => n.Id == e.Source).Name == "Khalifa Haftar");
        Assert.Equal(1, edge.Count);
    }

    [Fact]
    public void The_network_has_no_edge_for_an_event_every_report_denies()
    {
        var (network, timeline) = _sample.Read(r => (r.Network(r.Find("Khalifa Haftar")[0].Id), r.Timeline(r.Find("Khalifa Haftar")[0].Id)));
        // The sample says "France has denied supporting Haftar's offensive": the timeline keeps it, marked denied.
        Assert.Contains(timeline, e => e.Type == "SUPPORT" && e.Statuses.All(v => v.Value == "denied"));
        Assert.DoesNotContain(network.Edges, e => e.Type == "SUPPORT" && network.Nodes.Single(n => n.Id == e.Source).Name == "France");
        Assert.Contains(network.Edges, e => e.Type == "CONSULT");
    }
}
