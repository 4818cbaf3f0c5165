using Dateline.Ingest;
using Dateline.Linking;
using Dateline.Pipeline;
using Dateline.Storage.Sqlite;

namespace Dateline.Tests.Linking;

/// <summary>
/// A report's sentence that names no place gets the dateline's city (where the story was filed): kept as an assumed
/// place, never a disagreement with the place another sentence or outlet states. Made-up articles.
/// </summary>
public sealed class DatelinePlaceTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private void Article(string name, string published, string outlet, string text) => _dir.Article(name, published, outlet, text);

    [Fact]
    public void A_place_taken_from_the_dateline_is_assumed_and_no_disagreement_with_a_stated_place()
    {
        Article("north", "2017-09-26", "Northern Gazette",
            "Pinotti meets Haftar\n\nBENGHAZI, Sept 26 - Italian Defence Minister Roberta Pinotti met Field Marshal Khalifa Haftar in Benghazi on Tuesday, officials said.\n");
        Article("south", "2017-09-26", "Southern Courier",
            "Pinotti in Libya\n\nTRIPOLI, Sept 26 - Italian Defence Minister Roberta Pinotti met Field Marshal Khalifa Haftar on Tuesday, officials said.\n\nNo statement followed.\n");
        using var store = SqliteArticleStore.Open(_dir.File("store.db"));
        new IngestRunner(store, StandardPipeline.Create(ShippedModels.Load())).Run([_dir.Path]);

        var events = store.Graph(s => { var r = new GraphReader(s); return r.Timeline(r.Find("Roberta Pinotti")[0].Id); });
        var meeting = Assert.Single(events, e => e.Type == "CONSULT");
        Assert.Equal(2, meeting.Sources);
        Assert.Equal("Benghazi", meeting.Place);
        Assert.DoesNotContain(meeting.Disagreements, d => d.StartsWith("place:", StringComparison.Ordinal));
        var tripoli = Assert.Single(meeting.Places, p => p.Value == "Tripoli");
        Assert.True(tripoli.Assumed);
        Assert.False(Assert.Single(meeting.Places, p => p.Value == "Benghazi").Assumed);
    }

    [Fact]
    public void A_place_entity_the_names_stage_gives_no_country_takes_the_country_its_event_place_was_found_in()
    {
        Article("north", "2017-09-26", "Northern Gazette",
            "Pinotti meets Haftar\n\nItalian Defence Minister Roberta Pinotti met Field Marshal Khalifa Haftar in Benghazi on Tuesday, officials said.\n");
        using var store = SqliteArticleStore.Open(_dir.File("store.db"));
        new IngestRunner(store, StandardPipeline.Create(ShippedModels.Load())).Run([_dir.Path]);

        var (place, benghazi) = store.Graph(s =>
        {
            var r = new GraphReader(s);
            return (r.Timeline(r.Find("Roberta Pinotti")[0].Id).Single(e => e.Type == "CONSULT").PlaceCountry, r.Entity(r.Find("Benghazi")[0].Id)!);
        });
        Assert.Equal("LBY", place);
        Assert.Equal("LBY", benghazi.Country);
    }
}
