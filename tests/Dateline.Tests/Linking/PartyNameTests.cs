using Dateline.Ingest;
using Dateline.Linking;
using Dateline.Pipeline;
using Dateline.Storage.Sqlite;

namespace Dateline.Tests.Linking;

/// <summary>
/// A party written with and without its generic word ("Labour" / "Labour Party", "Conservatives" / "Conservative Party")
/// is one entity across documents, by the name alone, with the reason on the link (BBC politics, session 12: 34 articles
/// writing "Labour Party" were an entity apart from the 188 writing "Labour"). Made-up articles that share no other actor.
/// </summary>
public sealed class PartyNameTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("Labour", "Labour Party")]
    [InlineData("Conservatives", "Conservative Party")]
    public void A_party_with_and_without_its_generic_word_in_two_unrelated_articles_is_one_entity(string bare, string full)
    {
        _dir.Article("first", "2005-02-01", "Northern Gazette",
            $"Council tax\n\nThe {bare} said on Tuesday that council tax bills would rise in April. Ministers in Cardiff disagreed.\n");
        _dir.Article("second", "2005-02-09", "Southern Courier",
            $"Hospital plans\n\nThe {full} promised on Wednesday to build two new hospitals in Leeds. Nurses in Manchester welcomed the plan.\n");
        using var store = SqliteArticleStore.Open(_dir.File("store.db"));
        new IngestRunner(store, StandardPipeline.Create(ShippedModels.Load())) { MaxParallelism = 1 }.Run([_dir.Path]);

        var parties = store.Graph(s => new GraphReader(s).Entities(null, "ORG")).Where(e => e.Spellings.Any(x => x.Spelling == bare || x.Spelling == full)).ToList();
        var party = Assert.Single(parties);
        Assert.Equal(2, party.Articles);
        Assert.Contains(party.Links, l => l.Reason.Contains("differ only by the generic 'party'", StringComparison.Ordinal));
    }
}
