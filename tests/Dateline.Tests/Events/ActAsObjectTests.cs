using Dateline.Events;

namespace Dateline.Tests.Events;

/// <summary>An act as the object of a verb of judgement: whoever did the act is the target ("condemned Russia's attack").</summary>
public class ActAsObjectTests
{
    [Theory]
    [InlineData("France condemned Russia's attack on Kyiv.", "ACCUSE", "France", "Russia")]
    [InlineData("Germany criticised Turkey's decision to expel ten ambassadors.", "ACCUSE", "Germany", "Turkey")]
    [InlineData("The Court of Appeal backed the Home Office's powers to hold them without charge.", "SUPPORT", "Court of Appeal", "Home Office")]
    [InlineData("In December the Lords rejected a plea by Lord Falconer that the job should go to a lawyer.", "REJECT", "Lords", "Falconer")]
    public void The_doer_of_an_act_that_is_the_object_is_the_target(string text, string type, string source, string target)
    {
        var e = Assert.Single(EventPipeline.Events(text), x => x.Event == type);
        Assert.Contains(source, Assert.Single(e.Source).Text, StringComparison.Ordinal);
        Assert.Contains(target, Assert.Single(e.Target).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_of_the_possessor_is_not_an_act_of_the_possessor()
    {
        var events = EventPipeline.Events("\"I don't blame Lucy's mother,\" the judge said.");
        Assert.DoesNotContain(events, x => x.Target.Any(a => a.Text.Contains("Lucy", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_doer_named_with_an_organisation_in_her_title_is_the_person_not_the_organisation()
    {
        // The parser heads "US House Speaker Nancy Pelosi" on "House": the target was the fragment "US House".
        var e = Assert.Single(EventPipeline.Events("China condemned the visit by US House Speaker Nancy Pelosi to Taiwan."), x => x.Event == "ACCUSE");
        var target = Assert.Single(e.Target);
        Assert.Equal(("Nancy Pelosi", "USA"), (target.Text, target.Country));
    }

    [Fact]
    public void A_person_whose_long_title_ends_with_an_organisation_is_the_person_not_the_title_or_the_organisation()
    {
        // "Chief Secretary" was tagged a person and the parse headed the phrase on "Treasury": the source was the title.
        var e = Assert.Single(EventPipeline.Events("Chief Secretary to the Treasury Paul Boateng criticised the plans on Monday."), x => x.Event == "ACCUSE");
        var source = Assert.Single(e.Source);
        Assert.Equal(("Paul Boateng", "GOV"), (source.Name, source.Sector));
    }

    [Fact]
    public void A_role_before_an_honorific_in_the_name_gives_the_sector()
    {
        // "Lord" inside the tagged name had stopped the title finder: "General" alone then made him military.
        var e = Assert.Single(EventPipeline.Events("Attorney General Lord Goldsmith denied the claims on Monday."), x => x.Event == "REJECT");
        Assert.Equal("GOV", Assert.Single(e.Source).Sector);
    }

    [Fact]
    public void An_envoy_of_an_international_body_met_is_the_envoy_with_its_sector()
    {
        var e = Assert.Single(EventPipeline.Events("Swiss Foreign Minister Ignazio Cassis met UN envoy Martin Griffiths on Tuesday."), x => x.Event == "CONSULT");
        var target = Assert.Single(e.Target);
        Assert.Equal(("Martin Griffiths", "IGO"), (target.Text, target.Sector));
    }

    [Fact]
    public void A_later_mention_of_an_international_body_s_envoy_keeps_its_sector()
    {
        // The REQUEST's source was GOV (the role 'envoy' alone): "United Nations" stands before the first mention only.
        var events = EventPipeline.Events("United Nations envoy Ghassan Salame warned the Security Council on Tuesday. "
            + "Salame told the council that the offensive had displaced 75,000 people. He called on member states to enforce the arms embargo.");
        var request = Assert.Single(events, x => x.Event == "REQUEST");
        Assert.Equal("IGO", Assert.Single(request.Source).Sector);
    }

    [Fact]
    public void A_person_named_between_commas_after_the_subject_noun_is_the_subject()
    {
        // The parser hung the name on 'Accord' as a flat name, and the meeting had no source.
        var e = Assert.Single(EventPipeline.Events("The head of the Tripoli-based Government of National Accord, Fayez al-Sarraj, met Conte in Rome last week."),
            x => x.Event == "CONSULT");
        Assert.Equal("Fayez al-Sarraj", Assert.Single(e.Source).Text);
    }

    [Fact]
    public void A_name_inside_a_relative_clause_between_commas_is_not_the_subject()
    {
        var e = Assert.Single(EventPipeline.Events("The minister, who met Haftar, said nothing."), x => x.Event == "CONSULT");
        Assert.Equal("The minister", Assert.Single(e.Source).Text);
    }
}
