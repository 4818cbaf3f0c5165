using Dateline.Ingest;
using Dateline.Linking;
using Dateline.Pipeline;
using Dateline.Storage.Sqlite;

namespace Dateline.Tests.Linking;

/// <summary>
/// Two reports of one story that name who took part, with no one in common and no stated day in common, are two
/// happenings, whatever the verb they share (desk walk, session 11). Made-up articles.
/// </summary>
public sealed class DisjointParticipantsTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_leader_urging_voters_is_not_the_appeal_made_to_another_leader_in_the_same_campaign()
    {
        _dir.Article("labour", "2005-04-11", "Northern Gazette",
            "Election campaign\n\nTony Blair is being urged to use all his negotiating powers to end poor countries' debt. "
            + "Gordon Brown and Michael Howard have clashed over debt relief and aid during the general election campaign, Charles Kennedy said.\n");
        _dir.Article("tories", "2005-04-11", "Southern Courier",
            "Election campaign\n\nMichael Howard urged voters not to let Labour take things backwards. "
            + "Gordon Brown and Tony Blair have clashed with Michael Howard over debt relief and aid during the general election campaign, Charles Kennedy said.\n");
        using var store = SqliteArticleStore.Open(_dir.File("store.db"));
        new IngestRunner(store, StandardPipeline.Create(ShippedModels.Load())) { MaxParallelism = 1 }.Run([_dir.Path]);

        // One story and one undated verb: only the participants keep the two appeals apart. Before, the second report
        // joined the first and the event read "Michael Howard urged Tony Blair".
        Assert.Single(store.Graph(s => new GraphReader(s).Stories()));
        var appeals = store.Graph(s => { var r = new GraphReader(s); return r.Timeline(r.Find("Michael Howard")[0].Id); }).Where(e => e.Type == "REQUEST").ToList();
        var howard = Assert.Single(appeals);
        Assert.DoesNotContain(howard.Participants, p => p.Name.Contains("Blair", StringComparison.Ordinal));
        Assert.Equal(1, howard.Sources);
    }
}
