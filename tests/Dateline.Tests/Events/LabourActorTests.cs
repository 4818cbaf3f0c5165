using Dateline.Events;

namespace Dateline.Tests.Events;

/// <summary>Trade unions as actors: labour (LAB), as Phoenix's agents code them, not government by "leaders" alone.</summary>
public class LabourActorTests
{
    [Fact]
    public void Union_leaders_met_by_a_minister_are_labour()
    {
        var e = Assert.Single(EventPipeline.Events("Deputy Prime Minister John Prescott held talks with union leaders in London on Monday."), x => x.Event == "CONSULT");
        Assert.Equal("LAB", Assert.Single(e.Target).Sector);
        Assert.Equal("Deputy Prime Minister John Prescott", Assert.Single(e.Source).Text);
    }

    [Fact]
    public void A_union_that_threatens_a_strike_is_labour() =>
        Assert.Equal("LAB", Assert.Single(Assert.Single(EventPipeline.Events("The union threatened a strike over pay on Monday."), x => x.Event == "THREATEN").Source).Sector);
}
