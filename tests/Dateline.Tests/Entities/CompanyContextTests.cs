using Dateline.Entities;

namespace Dateline.Tests.Entities;

/// <summary>Companies the tagger read as persons (<see cref="CompanyContext"/>), on made-up names and hand-set tagger output.</summary>
public class CompanyContextTests
{
    private static string[] Words(string sentence) => sentence.Split(' ');

    [Theory]
    [InlineData("Zorbex shares rose 5 percent")]
    [InlineData("Zorbex 's net profit fell")]
    [InlineData("it sold its stake in Zorbex on Monday")]
    [InlineData("I trust this Zorbex store with all my cars")]
    [InlineData("interviews with Zorbex employees supported it")]
    [InlineData("Zorbex 's customers waited an hour")]
    public void A_person_the_article_writes_where_only_a_company_stands_is_an_organisation_throughout(string cue)
    {
        string[][] article = [Words("Zorbex said on Tuesday it would cut jobs"), Words(cue)];
        var at = Array.IndexOf(article[1], "Zorbex");
        var result = CompanyContext.Apply(article, [[new(0, 1, "PER")], [new(at, at + 1, "PER")]]);
        Assert.Equal("ORG", result[0][0].Type);
        Assert.Equal("ORG", result[1][0].Type);
    }

    [Theory]
    [InlineData("a Kretzmer spokesman said the talks would go on")]
    [InlineData("Kretzmer said its forces would not withdraw")]
    [InlineData("Kretzmer 's visit to Vostrograd ended")]
    public void A_politician_with_a_spokesman_or_an_army_stays_a_person(string sentence)
    {
        var words = Words(sentence);
        var at = Array.IndexOf(words, "Kretzmer");
        var result = CompanyContext.Apply([words], [[new(at, at + 1, "PER")]]);
        Assert.Equal("PER", result[0][0].Type);
    }

    [Theory]
    [InlineData("the daily Zorbex reported on Monday")]
    [InlineData("the news agency Zorbex said")]
    [InlineData("the rebel group Zorbex claimed the attack")]
    public void A_person_after_a_kind_of_organisation_is_that_organisation_throughout(string cue)
    {
        string[][] article = [Words("Zorbex said on Tuesday the talks had failed"), Words(cue)];
        var at = Array.IndexOf(article[1], "Zorbex");
        var result = CompanyContext.Apply(article, [[new(0, 1, "PER")], [new(at, at + 1, "PER")]]);
        Assert.Equal("ORG", result[0][0].Type);
        Assert.Equal("ORG", result[1][0].Type);
    }

    [Theory]
    [InlineData("I finally called Matt Dorsey from Zorbex and he fixed it")]
    [InlineData("Joseph Manogue at Zorbex called me last night")]
    public void A_person_named_after_a_person_and_from_or_at_is_the_persons_company(string sentence)
    {
        var words = Words(sentence);
        var at = Array.IndexOf(words, "Zorbex");
        var person = Array.FindIndex(words, w => w is "Matt" or "Joseph");
        var result = CompanyContext.Apply([words], [[new(person, person + 2, "PER"), new(at, at + 1, "PER")]]);
        Assert.Equal("PER", result[0][0].Type);
        Assert.Equal("ORG", result[0][1].Type);
    }

    [Fact]
    public void A_person_after_a_place_and_from_stays_a_person()
    {
        var words = Words("a letter from London from Kretzmer arrived");
        var result = CompanyContext.Apply([words], [[new(2, 3, "LOC"), new(4, 5, "PER")]]);
        Assert.Equal("PER", result[0][1].Type);
    }
}
