namespace Dateline.Tests.Events;

/// <summary>Political parties in data/knowledge/organisations.tsv (kind party): coded PTY with their country.</summary>
public class PartyActorTests
{
    private static string? CodeOf(string text, string side)
    {
        var e = Assert.Single(EventPipeline.Events(text));
        return Assert.Single(side == "source" ? e.Source : e.Target).Code;
    }

    [Theory]
    // A party's own office takes the party's sector ('leader' alone read GOV).
    [InlineData("Tory leader Michael Vantresca accused the prime minister of hiding.", "source", "GBRPTY")]
    [InlineData("Lib Dem leader Charles Orvalle met the prime minister on Monday.", "source", "GBRPTY")]
    // Any other office keeps its sector, and the party gives the country.
    [InlineData("Labour MP Diane Orvalle accused the prime minister of hiding.", "source", "GBRLEG")]
    [InlineData("Republican President George Vantresca met Governor Rick Orvalle on Monday.", "source", "USAGOV")]
    // The party itself, also when the tagger reads its plural name as a person.
    [InlineData("The Tories accused the prime minister of hiding.", "source", "GBRPTY")]
    [InlineData("The governor met Democrats in Washington on Monday.", "target", "USAPTY")]
    // A noun the party modifies stays the actor ("The Tory leader", not "Tory").
    [InlineData("The Tory leader accused the prime minister of hiding.", "source", "GBRPTY")]
    public void A_party_codes_its_members_and_itself(string text, string side, string code) =>
        Assert.Equal(code, CodeOf(text, side));

    [Fact]
    public void A_noun_a_party_modifies_is_the_actor()
    {
        var e = Assert.Single(EventPipeline.Events("The Tory leader accused the prime minister of hiding."));
        Assert.Equal("The Tory leader", Assert.Single(e.Source).Text);
    }

    [Theory]
    // The title finder keeps "Chancellor" / "home secretary" alone: both were GOV.
    [InlineData("Tory shadow chancellor Oliver Vantresca accused the prime minister of hiding.", "GBROPP")]
    [InlineData("Shadow home secretary David Orvalle accused the prime minister of hiding.", "OPP")]
    [InlineData("Home Secretary Charles Orvalle accused the opposition of scaremongering.", "GOV")]
    public void A_shadow_office_is_the_opposition_s(string text, string code) =>
        Assert.Equal(code, CodeOf(text, "source"));
}
