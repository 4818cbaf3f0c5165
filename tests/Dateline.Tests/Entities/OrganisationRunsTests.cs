using Dateline.Entities;

namespace Dateline.Tests.Entities;

/// <summary>Organisations found again where the tagger missed them (<see cref="OrganisationRuns"/>), on made-up names and hand-set tagger output.</summary>
public class OrganisationRunsTests
{
    private static string[] Words(string sentence) => sentence.Split(' ');

    private static readonly CaseProfile Cases = new(new Dictionary<string, byte>(StringComparer.Ordinal) { ["group"] = CaseProfile.Lower });

    [Fact]
    public void An_acronym_in_brackets_after_an_organisation_is_that_organisation_wherever_it_stands()
    {
        string[][] article = [Words("the Vostran Unity Party ( VUP ) quit the coalition"), Words("VUP leaders met on Monday"), Words("a VUP deputy said")];
        var result = OrganisationRuns.Apply(article, [[new(1, 4, "ORG")], [], [new(1, 2, "MISC")]], Cases);
        Assert.Equal([new BioSpan(1, 4, "ORG"), new BioSpan(5, 6, "ORG")], result[0]);
        Assert.Equal([new BioSpan(0, 1, "ORG")], result[1]);
        Assert.Equal([new BioSpan(1, 2, "ORG")], result[2]);
    }

    [Fact]
    public void A_bracketed_acronym_after_a_disease_is_not_an_organisation()
    {
        string[][] article = [Words("people caught Vostran Wasting Disease ( VWD ) there"), Words("VWD spread")];
        var result = OrganisationRuns.Apply(article, [[new(2, 5, "MISC")], []], Cases);
        Assert.Empty(result[1]);
    }

    [Fact]
    public void An_organisation_the_article_named_is_the_organisation_where_the_tagger_missed_it()
    {
        string[][] article = [Words("shares in Zorbex rose on Monday"), Words("analysts said Zorbex would cut jobs")];
        var result = OrganisationRuns.Apply(article, [[new(2, 3, "ORG")], []], Cases);
        Assert.Equal([new BioSpan(2, 3, "ORG")], result[1]);
    }

    [Theory]
    [InlineData("the Zorbex Eindhoven side won")]
    [InlineData("the Zorbex 100 index rose")]
    public void An_organisation_s_words_inside_a_longer_name_are_left_alone(string sentence)
    {
        string[][] article = [Words("shares in Zorbex rose on Monday"), Words(sentence)];
        var result = OrganisationRuns.Apply(article, [[new(2, 3, "ORG")], []], Cases);
        Assert.Empty(result[1]);
    }

    [Fact]
    public void A_one_word_organisation_that_is_a_common_word_is_not_spread()
    {
        string[][] article = [Words("the Group said on Monday"), Words("in Group talks")];
        var result = OrganisationRuns.Apply(article, [[new(1, 2, "ORG")], []], Cases);
        Assert.Empty(result[1]);
    }

    [Fact]
    public void A_name_split_before_the_acronym_it_spells_is_one_organisation()
    {
        string[][] article = [Words("the Organisation for Vostran Cooperation in Europe ( OVCE ) met"), Words("the Zembian National Bank ( ZNB ) said")];
        var result = OrganisationRuns.Apply(article, [[new(1, 5, "ORG"), new(6, 7, "LOC")], [new(1, 2, "MISC"), new(2, 4, "ORG")]], Cases);
        Assert.Equal([new BioSpan(1, 7, "ORG"), new BioSpan(8, 9, "ORG")], result[0]);
        Assert.Equal([new BioSpan(1, 4, "ORG"), new BioSpan(5, 6, "ORG")], result[1]);
    }

    [Fact]
    public void A_spelled_out_treaty_the_tagger_found_no_organisation_in_stays_as_typed()
    {
        string[][] article = [Words("it vetoed the Comprehensive Zorbex Treaty ( CZT ) today")];
        var result = OrganisationRuns.Apply(article, [[new(3, 6, "MISC")]], Cases);
        Assert.Equal([new BioSpan(3, 6, "MISC")], result[0]);
    }
}
