using Dateline.Events;

namespace Dateline.Tests.Events;

/// <summary>Wire-report misses of armed actors: mistagged verbs, patrons taken for actors, sentence capitals taken for names.</summary>
public class ArmedActorTests
{
    private static EventMention Only(IReadOnlyList<EventMention> events, string type) => Assert.Single(events, e => e.Event == type);

    [Fact]
    public void A_coalition_that_struck_positions_assaults_their_holder_and_takes_its_leaders_country()
    {
        // The tagger read "coalition struck" as a compound noun, so there was no event; "Saudi" is the leader's adjective.
        var e = Only(EventPipeline.Events("The Saudi-led coalition struck Houthi positions near Sanaa."), "ASSAULT");
        var source = Assert.Single(e.Source);
        Assert.Equal(("SAU", "MIL"), (source.Country, source.Sector));
        Assert.Contains("coalition", source.Text, StringComparison.Ordinal);
        Assert.Equal("Houthi", Assert.Single(e.Target).Text);
    }

    [Fact]
    public void Struck_after_a_plural_subject_is_the_verb_strike()
    {
        var e = Only(EventPipeline.Events("Russian forces struck Ukrainian positions near Bakhmut on Friday."), "ASSAULT");
        Assert.Equal(("RUS", "MIL"), (Assert.Single(e.Source).Country, e.Source[0].Sector));
    }

    [Theory]
    [InlineData("Militias allied with the GNA attacked the town of Gharyan.", "Militias", "GNA")]
    [InlineData("Gunmen close to the Houthis kidnapped two aid workers in Aden.", "Gunmen", "Houthis")]
    [InlineData("Troops loyal to Sanaa's Houthi authorities shelled Saudi border posts.", "Troops", "Houthi")]
    public void The_patron_named_after_allied_with_or_close_to_is_not_the_actor(string text, string actor, string patron)
    {
        var e = Assert.Single(EventPipeline.Events(text), e => e.Event == "ASSAULT");
        var source = Assert.Single(e.Source);
        Assert.Equal(actor, source.Text);
        Assert.Contains(source.Sector, new[] { "REB", "MIL", "UAF" });
        Assert.Null(source.Country);
        Assert.Contains(patron, source.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(e.Source.Concat(e.Target), a => a.Text.Contains(patron, StringComparison.Ordinal));
    }

    [Fact]
    public void A_patron_word_the_parser_made_the_subject_stands_for_the_noun_before_it()
    {
        // Parsed as "loyal attacked", with the unseen "Militiamen" a proper noun under 'loyal'.
        var e = Only(EventPipeline.Events("Militiamen loyal to Haftar attacked a hospital in Tripoli."), "ASSAULT");
        var source = Assert.Single(e.Source);
        Assert.Equal(("Militiamen", "REB"), (source.Text, source.Sector));
    }

    [Fact]
    public void Backing_as_the_event_itself_keeps_its_agent_as_source()
    {
        // The patron rule is for another verb's arguments: "backed by Turkey" coded as backing stays Turkey's.
        var events = EventPipeline.Events("Fighters backed by Turkey attacked Kurdish forces near Tal Abyad.");
        var support = Only(events, "SUPPORT");
        Assert.Equal("Turkey", Assert.Single(support.Source).Text);
        Assert.Equal("Fighters", Assert.Single(Only(events, "ASSAULT").Source).Text);
    }

    [Fact]
    public void An_airstrike_opening_a_sentence_is_no_named_actor()
    {
        // "Airstrikes" is capitalised only because it opens the sentence: no source, as "Shelling killed ..." has none.
        var e = Only(EventPipeline.Events("Airstrikes killed three civilians in Idlib on Tuesday."), "ASSAULT");
        Assert.Empty(e.Source);
        Assert.Equal("CVL", Assert.Single(e.Target).Sector);
        // With no actor on either side there is no row at all.
        Assert.DoesNotContain(EventPipeline.Events("Airstrikes killed 12 people in Idlib on Tuesday."), x => x.Source.Any(a => a.Text == "Airstrikes"));
    }

    [Fact]
    public void An_actor_noun_opening_a_sentence_keeps_its_sector()
    {
        var e = Only(EventPipeline.Events("Drones struck an airbase near Misrata."), "ASSAULT");
        Assert.Equal("MIL", Assert.Single(e.Source).Sector);
    }

    [Theory]
    [InlineData("Separatists backed by Moscow attacked Ukrainian troops near Luhansk.", "Separatists")]
    [InlineData("Armed groups linked to the Tripoli government clashed with the LNA.", "Armed groups")]
    public void Separatists_and_armed_groups_are_rebel_actors(string text, string actor)
    {
        var e = Only(EventPipeline.Events(text), "ASSAULT");
        var source = Assert.Single(e.Source);
        Assert.Equal((actor, "REB"), (source.Text, source.Sector));
    }

    [Theory]
    [InlineData("The Foreign Office says 41 Britons died in the Tsunami which struck south Asia on Boxing Day.")]
    [InlineData("An earthquake struck central Italy on Sunday.")]
    public void A_natural_force_that_struck_is_no_assault(string text) =>
        Assert.DoesNotContain(EventPipeline.Events(text), e => e.Event == "ASSAULT");

    [Theory]
    [InlineData("An earthquake struck Turkey on Monday, killing 30 people.")]
    [InlineData("Hurricane Zelvina strengthened on Wednesday and threatened oil production in the Gulf. Governor Rick Perry said Zelvina would hit Texas on Saturday.")]
    public void A_storm_or_hazard_does_nothing_an_actor_does(string text) =>
        // The storm was a person ("Hurricane Zelvina" THREATEN, "Zelvina -> Texas" ASSAULT); the killing had no source.
        Assert.Empty(EventPipeline.Events(text));

    [Fact]
    public void A_gerund_list_item_without_a_subject_is_a_policy_not_an_event()
    {
        // Tagged NNP before the tagger kept sentence openers to their training tags; a VBG now, it must not code a withdrawal.
        var events = EventPipeline.Events("Tory asylum plans\n\nThe Conservatives set out their plans on Monday.\n- Withdrawing from the 1951 United Nations Convention on refugees.");
        Assert.DoesNotContain(events, e => e.Event == "RETREAT");
    }

    [Fact]
    public void Withdrawing_a_bid_is_no_retreat_and_withdrawing_troops_is_one()
    {
        // "withdrawn" became a participle with the tagger's past-form rule; a bid withdrawn is commerce, not a pull-back.
        Assert.DoesNotContain(EventPipeline.Events("On Tuesday, traders in Asia said that both South Korea and Taiwan had withdrawn their bids to buy dollars at the start of the session."),
            e => e.Event == "RETREAT");
        Assert.Equal("Russia", Assert.Single(Only(EventPipeline.Events("Russia withdrew its troops from the town of Kherson."), "RETREAT").Source).Text);
    }

    [Theory]
    [InlineData("Libyan commander Khalifa Vantresca launched an offensive in April. Vantresca's forces have besieged the capital since April.")]
    [InlineData("Libyan commander Khalifa Vantresca launched an offensive in April. Marshal Vantresca, whose forces have besieged the capital since April, told reporters the offensive would go on.")]
    public void Forces_a_named_commander_owns_take_his_country(string text)
    {
        // Both were MIL without a country: the possessor, and 'whose' through the name before it, were not read.
        var e = Assert.Single(EventPipeline.Events(text), x => x.Event == "COERCE");
        Assert.Equal("LBYMIL", Assert.Single(e.Source).Code);
    }

    [Theory]
    [InlineData("A government task force criticised the bank on Monday.", "GOV")]
    [InlineData("The police force arrested three men on Monday.", "COP")]
    public void A_force_that_is_no_army_has_its_own_sector(string text, string sector) =>
        // "task force" was MIL from 'force'.
        Assert.Equal(sector, Assert.Single(Assert.Single(EventPipeline.Events(text)).Source).Sector);
}
