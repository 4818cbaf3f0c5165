using Dateline.Events;

namespace Dateline.Tests.Events;

/// <summary>Verbs of diplomacy and shows of force that wire copy uses, each coded as PETRARCH2's CAMEO dictionary codes it.</summary>
public class DiplomaticVerbTests
{
    [Theory]
    [InlineData("China held military drills around Taiwan.", "MOBILIZE", "150", "China", "Taiwan")]
    [InlineData("Japan lodged a formal protest with China over the incident.", "ACCUSE", "110", "Japan", "China")]
    [InlineData("Iran summoned the British ambassador on Monday.", "CONSULT", "040", "Iran", "ambassador")]
    [InlineData("Pakistan arrested three Indian nationals on spying charges.", "COERCE", "173", "Pakistan", "Indian nationals")]
    [InlineData("Poland deported two Belarusian diplomats.", "COERCE", "174", "Poland", "Belarusian diplomats")]
    [InlineData("Spain extradited the former Venezuelan spy chief to the United States.", "COOPERATE", "063", "Spain", "United States")]
    [InlineData("The EU suspended budget support to Niger after the coup.", "SANCTION", "160", "EU", "Niger")]
    [InlineData("The US will impose tariffs on China, the White House said.", "SANCTION", "163", "US", "China")]
    [InlineData("Washington imposed an embargo on Cuba in 1962.", "SANCTION", "163", "Washington", "Cuba")]
    [InlineData("Turkey blocked Sweden's bid to join NATO.", "REJECT", "120", "Turkey", "Sweden")]
    [InlineData("Russia blocked a UN Security Council resolution on Syria.", "REJECT", "120", "Russia", "UN Security Council")]
    public void A_diplomatic_verb_is_coded_with_its_cameo_code_and_sides(string text, string type, string cameo, string source, string target)
    {
        var e = Assert.Single(EventPipeline.Events(text), x => x.Event == type);
        Assert.Equal(cameo, e.Cameo);
        Assert.Contains(e.Source, a => a.Text.Contains(source, StringComparison.Ordinal));
        Assert.Contains(e.Target, a => a.Text.Contains(target, StringComparison.Ordinal));
    }

    [Fact]
    public void A_drill_that_is_not_military_shows_no_force()
    {
        Assert.DoesNotContain(EventPipeline.Events("The school held a fire drill near Leeds on Monday."), x => x.Event == "MOBILIZE");
    }

    [Fact]
    public void The_opposition_leader_is_the_opposition_not_a_government()
    {
        var e = Assert.Single(EventPipeline.Events("Venezuela expelled the Spanish ambassador after Madrid recognised the opposition leader."), x => x.Event == "SUPPORT");
        Assert.Equal("OPP", Assert.Single(e.Target).Sector);
    }

    [Fact]
    public void Tariffs_to_come_are_planned()
    {
        var e = Assert.Single(EventPipeline.Events("The US will impose tariffs on China, the White House said."), x => x.Event == "SANCTION");
        Assert.Equal(EventStatus.Planned, e.Status);
    }

    [Fact]
    public void Blocking_a_road_is_no_refusal()
    {
        Assert.DoesNotContain(EventPipeline.Events("Protesters blocked the main road to the airport."), x => x.Event == "REJECT");
    }

    [Fact]
    public void A_ceasefire_brokered_is_a_mediation_between_both_sides()
    {
        var e = Assert.Single(EventPipeline.Events("Qatar brokered a ceasefire between Israel and Hamas last week."), x => x.Event == "CONSULT");
        Assert.Equal(("mediation", "045"), (e.Mode, e.Cameo));
        Assert.Contains("Qatar", Assert.Single(e.Source).Text, StringComparison.Ordinal);
        Assert.Equal(["Israel", "Hamas"], e.Target.Select(a => a.Text));
    }

    [Fact]
    public void A_mediation_in_a_when_clause_happens_at_the_time_of_the_clause_it_modifies()
    {
        // Dated on publication before, the background mediation was a fresh 2019 event beside the 2019 Paris talks.
        var mediations = EventPipeline.Events("Haftar met Macron twice in 2017 and 2018, when the French president tried to broker a deal between Haftar and Sarraj.")
            .Where(x => x.Mode == "mediation").ToList();
        Assert.Equal(["2017", "2018"], mediations.Select(m => m.Date.Value));
    }
}
