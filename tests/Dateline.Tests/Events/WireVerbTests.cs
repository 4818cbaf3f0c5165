using Dateline.Events;

namespace Dateline.Tests.Events;

/// <summary>Wire-report verbs of war (coded with the CAMEO code PETRARCH2's verb dictionary gives them), weapons as actors,
/// storming and looting read from the subject, and claims that are rejected.</summary>
public class WireVerbTests
{
    [Theory]
    [InlineData("Haftar's forces captured the town of Gharyan on Tuesday.", "COERCE", "171", "Gharyan")]
    [InlineData("Houthi fighters seized control of Aden airport on Sunday.", "COERCE", "192", "Aden")]
    [InlineData("Government forces retook the town of Gharyan from the LNA.", "COERCE", "192", "Gharyan")]
    [InlineData("Ukrainian forces downed a Russian drone over Kyiv.", "ASSAULT", "190", "a Russian drone")]
    [InlineData("Israeli warplanes pounded Hamas positions in Gaza overnight.", "ASSAULT", "190", "Hamas")]
    [InlineData("Gunmen ambushed a UN convoy near Aden.", "ASSAULT", "190", "UN")]
    [InlineData("Gunmen shot dead two soldiers in Benghazi.", "ASSAULT", "190", "soldiers")]
    [InlineData("Police shot dead two protesters in the capital, officials said.", "ASSAULT", "190", "protesters")]
    [InlineData("The Houthis fired a missile at Saudi Arabia.", "ASSAULT", "194", "Saudi Arabia")]
    public void A_war_verb_of_wire_copy_is_coded_with_its_target(string text, string type, string cameo, string target)
    {
        var e = Assert.Single(EventPipeline.Events(text), x => x.Event == type);
        Assert.Equal(cameo, e.Cameo);
        Assert.NotEmpty(e.Source);
        Assert.Contains(target, Assert.Single(e.Target).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Gunmen killed five soldiers near Gao.", "Gunmen")]
    [InlineData("Attackers killed three officers in northern Mali.", "Attackers")]
    [InlineData("Unknown assailants killed a judge in Tripoli.", "assailants")]
    public void Armed_men_nobody_names_are_unidentified_armed_forces(string text, string source)
    {
        // Phoenix's agents: GUNMAN, ASSAILANT [~UAF]; without a code the attacker was no actor and the row was dropped.
        var e = Assert.Single(EventPipeline.Events(text), x => x.Event == "ASSAULT");
        var actor = Assert.Single(e.Source);
        Assert.Contains(source, actor.Text, StringComparison.Ordinal);
        Assert.Equal("UAF", actor.Sector);
    }

    [Fact]
    public void A_missile_with_a_nationality_is_that_countrys_military()
    {
        var e = Assert.Single(EventPipeline.Events("Russian missiles struck Kyiv on Monday."), x => x.Event == "ASSAULT");
        Assert.Equal(("RUS", "MIL"), (Assert.Single(e.Source).Country, e.Source[0].Sector));
    }

    [Fact]
    public void A_missile_nobody_owns_is_a_thrown_object_not_a_force()
    {
        // Football copy: "struck by a missile" from the crowd.
        var events = EventPipeline.Events("The goalkeeper, Tom Ellis, was struck by a missile thrown from the stand in Leeds.");
        Assert.DoesNotContain(events, x => x.Source.Any(a => a.Sector == "MIL"));
    }

    [Theory]
    [InlineData("Maria Lund stormed to the 800m title at the indoor meeting in Oslo.")]
    [InlineData("Elena Petrova captured her second tournament title in Doha on Sunday.")]
    [InlineData("Nordvin Wines seized the top spot in the Chilean market last year.")]
    public void Storming_to_a_title_or_taking_a_prize_is_no_force(string text) =>
        Assert.DoesNotContain(EventPipeline.Events(text), x => x.Event is "ASSAULT" or "COERCE" or "PROTEST");

    [Theory]
    [InlineData("Attackers stormed the foreign ministry in Tripoli on Tuesday.", "ASSAULT", "190")]
    [InlineData("Hundreds of demonstrators stormed the US embassy in Baghdad.", "PROTEST", "145")]
    [InlineData("Militiamen looted the central bank in Tripoli.", "ASSAULT", "190")]
    [InlineData("Protesters looted the office of the governor.", "PROTEST", "145")]
    public void Storming_or_looting_is_a_riot_by_a_crowd_and_an_assault_by_armed_men(string text, string type, string cameo)
    {
        var e = Assert.Single(EventPipeline.Events(text), x => x.Event is "ASSAULT" or "PROTEST");
        Assert.Equal((type, cameo), (e.Event, e.Cameo));
    }

    [Theory]
    [InlineData("Paris has rejected claims that it supplied weapons to the LNA.", "AID")]
    [InlineData("Turkey dismissed allegations that it had sent troops to Libya.", "MOBILIZE")]
    [InlineData("The LNA denied reports that its forces shelled Tripoli airport.", "ASSAULT")]
    public void What_a_rejected_claim_says_happened_is_denied(string text, string type)
    {
        var e = Assert.Single(EventPipeline.Events(text), x => x.Event == type);
        Assert.Equal(EventStatus.Denied, e.Status);
    }

    [Fact]
    public void What_a_proposal_proposes_has_not_happened()
    {
        var e = Assert.Single(EventPipeline.Events("Egypt rejected the proposal that it mediate between the two sides."), x => x.Cameo == "045");
        Assert.Equal(EventStatus.Hypothetical, e.Status);
    }

    [Fact]
    public void The_subject_a_passive_verb_inherits_did_not_do_it()
    {
        // 'captured' hangs on 'taken' with its own passive auxiliary and no subject: Salem was captured, he captured no one.
        var events = EventPipeline.Events("Salem Ali was taken to Tripoli after being captured near Sirte in 2019.");
        Assert.DoesNotContain(events, x => x.Event == "COERCE" && x.Source.Any(a => a.Text.Contains("Salem", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_word_of_a_name_is_no_trigger()
    {
        // The tagger reads "Downing" as the verb 'down'.
        Assert.DoesNotContain(EventPipeline.Events("Downing Street defended the new visa rules on Monday."), x => x.Event == "ASSAULT");
    }

    [Fact]
    public void The_victims_shot_dead_are_named_without_dead()
    {
        var e = Assert.Single(EventPipeline.Events("Police shot dead two protesters in the capital, officials said."), x => x.Event == "ASSAULT");
        var target = Assert.Single(e.Target);
        Assert.Equal("protesters", target.Text);
        Assert.Equal("two protesters", target.Name);
    }
}
