using Dateline.Ingest;
using Dateline.Linking;
using Dateline.Pipeline;
using Dateline.Storage.Sqlite;

namespace Dateline.Tests.Linking;

/// <summary>What the event view (timeline, desk, exports) makes of a stored event: its reports, its participants' names, its disagreements. Made-up events and articles.</summary>
public sealed class EventViewTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private static ArticleRef Ref(long id) => new(id, id == 1 ? "Northern Gazette" : "Southern Courier", "2019-05-16");

    private static StoredEvent Meeting(params (string Status, long Article)[] statuses) => new()
    {
        Type = "CONSULT",
        Articles = [.. statuses.Select(s => s.Article).Distinct()],
        Statuses = [.. statuses.GroupBy(s => s.Status).Select(g => new DetailVersion { Value = g.Key, Articles = [.. g.Select(x => x.Article)] })],
        Participants = [new StoredParticipant { Entity = 7, Name = "Haftar", Side = "source", Articles = [1, 2] }],
    };

    [Fact]
    public void A_claim_that_it_happened_and_a_report_that_it_happened_are_no_disagreement()
    {
        var view = GraphReader.Summary(1, Meeting(("claimed", 1), ("happened", 2)), Ref);

        Assert.Equal(2, view.Statuses.Count);
        Assert.DoesNotContain(view.Disagreements, d => d.StartsWith("status:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plan_against_a_claim_that_it_happened_is_a_disagreement()
    {
        var view = GraphReader.Summary(1, Meeting(("claimed", 1), ("planned", 2)), Ref);

        Assert.Contains(view.Disagreements, d => d.StartsWith("status:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_participant_is_named_as_its_entity_is_named_now()
    {
        var view = GraphReader.Summary(1, Meeting(("happened", 1)), Ref, id => id == 7 ? "Khalifa Haftar" : null);

        Assert.Equal("Khalifa Haftar", Assert.Single(view.Participants).Name);
    }

    [Fact]
    public void One_sentence_coded_both_ways_is_one_report_of_the_event()
    {
        // "Ms Rossi and Marshal Haftar discussed ..." is read as Rossi -> Haftar and Haftar -> Rossi; both join one meeting.
        _dir.Article("visit", "2017-09-30", "Wire Briefs",
            "Italian minister visits Benghazi\n\nItalian Defence Minister Roberta Pinotti met Khalifa Haftar in Benghazi on Saturday.\n\n"
            + "Ms Pinotti and Marshal Haftar discussed migration and security in the Mediterranean, a statement from the LNA said.\n");
        using var store = SqliteArticleStore.Open(_dir.File("store.db"));
        new IngestRunner(store, StandardPipeline.Create(ShippedModels.Load())).Run([_dir.Path]);

        var events = store.Graph(s => { var r = new GraphReader(s); return r.Timeline(r.Find("Khalifa Haftar")[0].Id).Select(e => r.Event(e.Id)!).ToList(); });

        var meeting = Assert.Single(events, e => e.Mentions.Count > 1);
        Assert.Equal(meeting.Mentions.Count, meeting.Mentions.Select(m => (m.Article.Article, m.Start, m.End)).Distinct().Count());
        Assert.Equal(2, meeting.Mentions.Count);
    }
}
