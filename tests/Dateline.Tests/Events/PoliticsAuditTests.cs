namespace Dateline.Tests.Events;

/// <summary>Rules from the session-13 audit of 60 random BBC politics rows: a politician's attack is words, receiving a
/// thing is no visit, showing something is no demonstration. The sentences are the team's own.</summary>
public class PoliticsAuditTests
{
    [Theory]
    [InlineData("Opposition leader Anna Berg attacked Prime Minister Jonas Lind over the hospital closures.")]
    [InlineData("Senator Maria Costa launched an attack on the government's pension plans on Monday.")]
    [InlineData("The finance minister, Peter Holm, hit back at his critics on Tuesday.")]
    [InlineData("Karl Weber has hit out at the Green Party over its tax proposals.")]
    public void A_politicians_attack_or_hitting_back_is_criticism_not_violence(string text)
    {
        var events = EventPipeline.Events(text);
        Assert.DoesNotContain(events, x => x.Event == "ASSAULT");
        Assert.Contains(events, x => x.Event == "ACCUSE" && x.Cameo == "111");
    }

    [Theory]
    [InlineData("Russian troops attacked the town of Avdiivka on Monday.")]
    [InlineData("Gunmen attacked a police station in Kano.")]
    [InlineData("Government troops hit back at the rebels near Goma.")]
    public void An_armed_side_keeps_the_assault(string text) =>
        Assert.Contains(EventPipeline.Events(text), x => x.Event == "ASSAULT");

    [Theory]
    [InlineData("Anna Berg thanked the voters for the support she had received during the campaign.")]
    [InlineData("Jonas Lind said the advice he had received was clear.")]
    [InlineData("Maria Costa also received up to £30,000 for a newspaper column.")]
    [InlineData("Sweden contributed more and received less than other member states.")]
    public void Receiving_a_thing_is_no_visit(string text) =>
        Assert.DoesNotContain(EventPipeline.Events(text), x => x.Event == "CONSULT");

    [Theory]
    [InlineData("Prime Minister Jonas Lind received President Emmanuel Macron in Stockholm on Monday.")]
    [InlineData("Jonas Lind received the Chinese delegation in Stockholm.")]
    public void Receiving_a_visitor_stays_a_visit(string text) =>
        Assert.Contains(EventPipeline.Events(text), x => x.Event == "CONSULT");

    [Theory]
    [InlineData("The Liberal Party has demonstrated that it can win in rural seats.")]
    [InlineData("Karl Weber wants to demonstrate the central role the minister will play in the campaign.")]
    public void Demonstrating_something_is_showing_it_not_protest(string text) =>
        Assert.DoesNotContain(EventPipeline.Events(text), x => x.Event == "PROTEST");

    [Fact]
    public void Demonstrating_against_a_policy_stays_a_protest() =>
        Assert.Contains(EventPipeline.Events("Opposition supporters demonstrated against President Lukashenko in Minsk on Sunday."),
            x => x.Event == "PROTEST");

    [Theory]
    [InlineData("Karl Weber pledged that the Liberal Party would cut income tax.", "Liberal Party")]
    [InlineData("Jonas Lind warned that the Social Democrats would raise taxes after the election.", "Social Democrats")]
    [InlineData("Anna Berg promised that Sweden would play its part in the reconstruction.", "Sweden")]
    public void Who_will_act_in_a_promise_or_warning_is_not_whom_it_addresses(string text, string actor) =>
        Assert.DoesNotContain(EventPipeline.Events(text), x => x.Target.Any(t => t.Text.Contains(actor, StringComparison.Ordinal)));

    [Theory]
    [InlineData("Jonas Lind promised Anna Berg that he would stand down before the election.", "Anna Berg")]
    [InlineData("Karl Weber warned ministers that the bill would fail.", "ministers")]
    public void Whom_a_promise_or_warning_addresses_stays_its_target(string text, string target) =>
        Assert.Contains(EventPipeline.Events(text), x => x.Target.Any(t => t.Text.Contains(target, StringComparison.Ordinal)));

    [Fact]
    public void A_person_pronoun_is_never_the_name_its_own_verb_takes_as_the_other_side()
    {
        // The nearest person before "He" is Jonas Lind, the one accused: the pronoun took him and the target was dropped as
        // the same actor on both sides.
        var events = EventPipeline.Events("Budget row\n\nOpposition leader Karl Weber has dismissed Jonas Lind's budget as a fraud.\n\n"
            + "Mr Lind's budget was not about the country, the opposition leader said after welcoming the minister back. "
            + "He went on to accuse Mr Lind of hiding the deficit.");
        var e = Assert.Single(events, x => x.Event == "ACCUSE" && x.Trigger == "accuse");
        Assert.Equal("Karl Weber", Assert.Single(e.Source).Name);
        Assert.Contains("Lind", Assert.Single(e.Target).Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_clause_the_parser_hung_on_a_denial_is_not_denied()
    {
        // The parser makes "who accused" a parataxis of "denied": the accusation happened; only the claims were denied.
        var events = EventPipeline.Events("The claims were denied by Foreign Secretary Jonas Lind, who accused the Liberal Party of running scared.");
        var e = Assert.Single(events, x => x.Event == "ACCUSE");
        Assert.Equal("happened", e.Status);
    }
}
