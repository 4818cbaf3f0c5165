using Dateline.Events;

namespace Dateline.Tests.Events;

/// <summary>
/// The dateline says where the reporter is: a sentence that names no place takes the dateline's city only when the event
/// is plausibly there, and the place's reason says which rule fired. Made-up articles, the shipped models and gazetteer.
/// </summary>
public class DatelinePlaceRuleTests
{
    private const string Roundup =
        "Missile test overshadows Geneva talks\n\n" +
        "GENEVA, March 3 (Reuters) - North Korea fired a ballistic missile into the sea off its east coast on Tuesday, officials said.\n\n" +
        "Swiss Foreign Minister Ignazio Cassis met Russian envoy Sergei Lavrov on Tuesday.\n\n" +
        "Japan condemned the launch.\n";

    private static IReadOnlyList<EventMention> Coded(string text) => EventPipeline.RunArticle(text, "2026-03-03").EventMentions;

    [Fact]
    public void A_roundups_missile_test_is_not_placed_at_the_dateline()
    {
        var test = Assert.Single(Coded(Roundup), e => e.Event == "ASSAULT");
        Assert.Null(test.EventLoc.Text);
        Assert.StartsWith("no place in the sentence; the dateline (Geneva) is where the story was filed", test.EventLoc.Reason, StringComparison.Ordinal);
        Assert.Contains("no participant is of CHE", test.EventLoc.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meeting_with_a_participant_of_the_datelines_country_is_at_the_dateline()
    {
        var meeting = Assert.Single(Coded(Roundup), e => e.Event == "CONSULT");
        Assert.Equal(("Geneva", "CHE"), (meeting.EventLoc.Text, meeting.EventLoc.Country));
        Assert.StartsWith("no place in the sentence: the article's dateline", meeting.EventLoc.Reason, StringComparison.Ordinal);
        Assert.EndsWith("taken because Ignazio Cassis (CHE) is of the dateline's country", meeting.EventLoc.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_statement_by_another_countrys_government_is_not_placed_at_the_dateline()
    {
        var condemned = Assert.Single(Coded(Roundup), e => e.Event == "ACCUSE");
        Assert.Null(condemned.EventLoc.Text);
        Assert.Contains("the speaker Japan is of JPN", condemned.EventLoc.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meeting_of_foreigners_is_at_the_dateline_when_its_paragraph_names_no_other_place()
    {
        var meeting = Assert.Single(Coded("Envoys meet\n\nGENEVA, March 3 (Reuters) - Russian envoy Sergei Lavrov met US Secretary of State Antony Blinken on Tuesday.\n"),
            e => e.Event == "CONSULT" && e.Source.Any(a => a.Name.Contains("Lavrov", StringComparison.Ordinal)));
        Assert.Equal("Geneva", meeting.EventLoc.Text);
        Assert.Contains("taken because a meeting is plausibly where the reporter is", meeting.EventLoc.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meeting_whose_paragraph_names_another_place_is_not_placed_at_the_dateline()
    {
        var meeting = Assert.Single(Coded("Envoys meet\n\nGENEVA, March 3 (Reuters) - Russian envoy Sergei Lavrov met US Secretary of State Antony Blinken on Tuesday. The two sides disagree over Ukraine.\n"),
            e => e.Event == "CONSULT" && e.Source.Any(a => a.Name.Contains("Lavrov", StringComparison.Ordinal)));
        Assert.Null(meeting.EventLoc.Text);
        Assert.Contains("its paragraph names another place ('Ukraine')", meeting.EventLoc.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_participant_another_sentence_puts_at_the_dateline_city_brings_his_statement_there()
    {
        var refused = Assert.Single(Coded(
            "Macron presses Haftar\n\nPARIS - French President Emmanuel Macron held talks with Libyan commander Khalifa Haftar in Paris on Wednesday.\n\n" +
            "Haftar refused to commit to a ceasefire, according to French officials.\n"), e => e.Event == "REJECT");
        Assert.Equal("Paris", refused.EventLoc.Text);
        Assert.EndsWith("taken because Khalifa Haftar is there by another sentence ('held talks' in Paris)", refused.EventLoc.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dateline_city_before_a_bracketed_agency_is_no_actor()
    {
        // "MOSCOW (AP) —": the space before the bracket hid the dateline, and Moscow was a third signatory.
        var events = Coded("Trade plan\n\nMOSCOW (AP) — Russia and Ukraine signed an economic cooperation plan on Friday.\n");
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Source.Concat(e.Target).Any(a => a.Text.Equals("MOSCOW", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void A_dateline_city_the_parser_made_a_second_subject_leaves_the_real_subject_the_source()
    {
        var meeting = Assert.Single(Coded("Talks\n\nROME — Haftar met Conte on Friday.\n"), e => e.Event == "CONSULT");
        Assert.Equal("Haftar", Assert.Single(meeting.Source).Text);
    }
}
