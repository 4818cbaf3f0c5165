using Dateline.Entities;

namespace Dateline.Tests.Entities;

/// <summary>Teams in sports copy (<see cref="SportsTeams"/>), on made-up club names and hand-set tagger output.</summary>
public class SportsTeamsTests
{
    private static string[] Words(string sentence) => sentence.Split(' ');

    private static IReadOnlyList<IReadOnlyList<BioSpan>> Apply(string[][] sentences, BioSpan[][] found) =>
        SportsTeams.Apply(sentences, found, NameGazetteer.BuiltIn);

    [Fact]
    public void A_table_whose_tagged_heads_are_mostly_teams_makes_every_head_a_whole_team()
    {
        string[][] table = [Words("Vostrograd 3 1 1 1"), Words("Quelm Rovers 3 1 0 2"), Words("Kretzby Athletic 3 0 1 2")];
        var result = Apply(table, [[new(0, 1, "LOC")], [new(0, 1, "PER")], [new(0, 2, "ORG")]]);
        Assert.Equal([new BioSpan(0, 1, "ORG")], result[0]);
        Assert.Equal([new BioSpan(0, 2, "ORG")], result[1]);
        Assert.Equal([new BioSpan(0, 2, "ORG")], result[2]);
    }

    [Fact]
    public void A_leaderboard_of_persons_is_left_alone()
    {
        string[][] golf = [Words("Zorbulan Kretzmer 68 70"), Words("Amal Tovic 70 71"), Words("Pim Quell 72 69")];
        var result = Apply(golf, [[new(0, 2, "PER")], [new(0, 2, "PER")], []]);
        Assert.Equal([new BioSpan(0, 2, "PER")], result[0]);
        Assert.Empty(result[2]);
    }

    [Fact]
    public void A_scorer_in_brackets_stays_a_person_and_both_sides_become_teams()
    {
        var line = Words("Vostrograd 2 ( Kretzmer 7 ) Quelm 4");
        var result = Apply([line], [[new(0, 1, "LOC"), new(3, 4, "PER")]]);
        Assert.Equal([new BioSpan(0, 1, "ORG"), new BioSpan(3, 4, "PER"), new BioSpan(6, 7, "ORG")], result[0]);
    }

    [Fact]
    public void A_country_in_a_table_stays_a_place() =>
        Assert.Equal([new BioSpan(0, 1, "LOC"), new BioSpan(2, 3, "ORG")], Apply([Words("Sweden 2 Vostrograd 1")], [[new(0, 1, "LOC"), new(2, 3, "LOC")]])[0]);

    [Fact]
    public void An_address_with_long_numbers_is_no_table() =>
        Assert.False(SportsTeams.IsTableLine(Words("111 Market Place Ste 500 Baltimore , MD 21202")));

    [Fact]
    public void A_team_of_the_table_is_a_team_in_running_text_but_not_as_a_venue()
    {
        string[][] article = [Words("Vostrograd 3 Quelm 1"), Words("Vostrograd , who have won all three games , lead"), Words("The match at Vostrograd drew 9,000")];
        var result = Apply(article, [[new(0, 1, "ORG"), new(2, 3, "ORG")], [new(0, 1, "LOC")], [new(3, 4, "LOC")]]);
        Assert.Equal([new BioSpan(0, 1, "ORG")], result[1]);
        Assert.Equal([new BioSpan(3, 4, "LOC")], result[2]);
    }

    [Fact]
    public void A_riders_team_follows_his_country_in_brackets()
    {
        var line = Words("Zorbulan Kretzmer ( Italy ) Quelmo 1:51.588");
        Assert.Contains(new BioSpan(5, 6, "ORG"), Apply([line], [[new(0, 2, "PER"), new(3, 4, "LOC")]])[0]);
    }

    [Theory]
    [InlineData("Zorbulan Kretzmer ( Vostrograd ) , Amal Tovic", "ORG")]
    [InlineData("Zorbulan Kretzmer ( Italy ) , Amal Tovic", "LOC")]
    public void A_players_club_in_brackets_is_a_team_and_his_country_a_place(string sentence, string type)
    {
        var result = Apply([Words(sentence)], [[new(0, 2, "PER"), new(3, 4, "LOC"), new(6, 8, "PER")]]);
        Assert.Contains(new BioSpan(3, 4, type), result[0]);
    }

    [Fact]
    public void A_place_the_article_also_names_as_a_team_is_a_team_but_not_as_a_dateline_a_person_or_a_home_nation()
    {
        string[][] article = [Words("VOSTROGRAD , England 1996-08-26"), Words("Vostrograd midfielder Amal Tovic scored"), Words("Vostrograd lead the table"),
            Words("Vostrograd said he was tired"), Words("England captain Pim Quell")];
        BioSpan[][] found = [[new(0, 1, "LOC"), new(2, 3, "LOC")], [new(0, 1, "ORG"), new(2, 4, "PER")], [new(0, 1, "LOC")], [new(0, 1, "PER")], [new(0, 1, "ORG"), new(2, 4, "PER")]];
        var result = SportsTeams.PlacesNamedAsTeams(article, found, NameGazetteer.BuiltIn);
        Assert.Equal([new BioSpan(0, 1, "LOC"), new BioSpan(2, 3, "LOC")], result[0]);
        Assert.Equal([new BioSpan(0, 1, "ORG")], result[2]);
        Assert.Equal([new BioSpan(0, 1, "PER")], result[3]);
    }

    [Fact]
    public void Sports_words_or_a_results_line_make_a_sports_article_and_a_treaty_does_not()
    {
        Assert.False(NerModel.IsSportsArticle([Words("Italy and France signed a treaty in Rome on Monday .")]));
        Assert.True(NerModel.IsSportsArticle([Words("The striker moved to Vostrograd .")]));
        Assert.True(NerModel.IsSportsArticle([Words("Vostrograd 3 Quelm 1")]));
    }
}
