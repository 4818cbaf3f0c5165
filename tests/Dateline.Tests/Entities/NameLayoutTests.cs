using Dateline.Entities;

namespace Dateline.Tests.Entities;

/// <summary>The decoding rules for wire-copy layouts (datelines, initials, fixtures, results lines, countries), on given tags.</summary>
public class NameLayoutTests
{
    private static readonly string[] Tags = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    private static string[] Apply(string sentence, string tags, CaseProfile? cases = null, NameLexicon? lexicon = null)
    {
        var words = sentence.Split(' ');
        var result = tags.Split(' ').Select(t => Array.IndexOf(Tags, t)).ToArray();
        NameLayout.Apply(words, result, Tags, NameGazetteer.BuiltIn, cases ?? CaseProfile.Empty, NerFeatures.CaseMode(words), lexicon);
        return [.. result.Select(r => Tags[r])];
    }

    [Fact]
    public void An_all_caps_place_before_a_date_opening_a_sentence_is_a_place() =>
        Assert.Equal(["B-LOC", "I-LOC", "O"], Apply("MONTE CARLO 1996-08-30", "O B-PER O"));

    [Fact]
    public void An_all_caps_place_before_the_agency_and_a_dash_is_a_place() =>
        Assert.Equal(["B-LOC", "O", "B-ORG", "O", "O", "O"], Apply("VOSTROGRAD ( Reuters ) - Talks", "B-ORG O B-ORG O O O"));

    [Fact]
    public void An_all_caps_word_before_a_plain_dash_is_left_alone() =>
        Assert.Equal(["O", "O", "B-ORG", "O", "O"], Apply("CRICKET - LEICESTERSHIRE TAKE OVER", "O O B-ORG O O"));

    [Fact]
    public void An_initial_before_a_name_joins_it_as_a_person() =>
        Assert.Equal(["O", "B-PER", "I-PER", "O"], Apply("( C. Lewis 80", "O O B-MISC O"));

    [Fact]
    public void An_initial_the_tagger_named_alone_joins_the_name_after_it() =>
        Assert.Equal(["O", "B-PER", "I-PER", "O"], Apply("( P. Simmons 4-38", "O B-PER B-MISC O"));

    [Fact]
    public void Two_initials_before_a_surname_all_join_the_person() =>
        Assert.Equal(["B-PER", "I-PER", "I-PER", "O"], Apply("J. R. Smith said", "O O B-PER O"));

    [Fact]
    public void An_initial_before_an_untagged_capitalised_word_in_running_text_makes_a_person() =>
        Assert.Equal(["O", "B-PER", "I-PER", "O", "O"], Apply("bowler V. Drakes took four", "O O O O O"));

    [Fact]
    public void An_initial_before_a_listed_surname_in_a_scorecard_line_makes_a_person()
    {
        var lexicon = new NameLexicon(new Dictionary<string, ushort>(StringComparer.Ordinal) { ["Kretzmer"] = (ushort)NameLexicon.Mark.PersonLast });
        // Every word capitalised: the line reads as a headline, where a capital alone says nothing.
        Assert.Equal(["O", "O", "B-PER", "I-PER", "O"], Apply("Sussex 363 W. Kretzmer 111", "O O O O O", lexicon: lexicon));
        Assert.Equal(["O", "O", "O", "O", "O"], Apply("Sussex 363 W. Zorbulan 111", "O O O O O", lexicon: lexicon));
    }

    [Fact]
    public void An_initial_before_a_word_usually_written_lower_case_is_left_alone()
    {
        var cases = new CaseProfile(new Dictionary<string, byte>(StringComparer.Ordinal) { ["the"] = CaseProfile.Lower });
        Assert.Equal(["O", "O", "O", "O"], Apply("section A. The rules", "O O O O", cases));
    }

    [Fact]
    public void An_honorific_the_tagger_named_alone_hands_the_name_to_the_capitalised_word_after_it() =>
        Assert.Equal(["O", "B-PER", "O", "O"], Apply("Mr Sullivan also rejects", "B-PER O O O"));

    [Fact]
    public void An_honorific_opening_a_person_stays_outside_the_name() =>
        Assert.Equal(["O", "B-PER", "I-PER", "O"], Apply("Ms Roberta Pinotti said", "B-PER I-PER I-PER O"));

    [Fact]
    public void An_honorific_before_a_title_names_nobody() =>
        Assert.Equal(["O", "O", "O"], Apply("Mr President said", "B-PER O O"));

    [Fact]
    public void A_fixture_separator_splits_the_visiting_team_from_the_venue() =>
        Assert.Equal(["B-ORG", "I-ORG", "O", "B-LOC"], Apply("KANSAS CITY AT DETROIT", "B-LOC I-LOC I-LOC I-LOC"));

    [Fact]
    public void Places_either_side_of_v_are_teams_but_countries_stay_places() =>
        Assert.Equal(["B-ORG", "O", "B-ORG", "O", "B-LOC", "O", "B-LOC"], Apply("Walsall v Wrexham , Australia v Pakistan", "B-LOC O B-LOC O B-LOC O B-LOC"));

    [Fact]
    public void A_headline_with_at_is_no_fixture()
    {
        Assert.Equal(["B-LOC", "O", "O", "O", "B-LOC", "O", "O"], Apply("MOSCOW AT ODDS WITH KIEV OVER GAS", "B-LOC O O O B-LOC O O"));
        Assert.False(NameLayout.IsSportsArticle([["MOSCOW", "AT", "ODDS", "WITH", "KIEV", "OVER", "GAS"]]));
    }

    [Fact]
    public void A_home_nation_in_a_fixture_stays_a_place() =>
        Assert.Equal(["O", "O", "B-LOC", "O", "B-LOC", "O"], Apply("CRICKET - ENGLAND V PAKISTAN SCOREBOARD", "O O B-LOC O B-LOC O"));

    [Fact]
    public void An_article_with_a_results_line_or_a_fixture_is_a_sports_article()
    {
        string[][] report = [["Vostrograd", "4", "Quelm", "2"], ["Talks", "went", "on"]];
        string[][] politics = [["Vostrograd", "beat", "back", "the", "rebels"], ["Talks", "went", "on"]];
        Assert.True(NameLayout.IsSportsArticle(report));
        Assert.True(NameLayout.IsSportsArticle([["June", "28", "v", "Hampshire"]]));
        Assert.False(NameLayout.IsSportsArticle(politics));
    }

    [Theory]
    [InlineData("Leicestershire beat Somerset by an innings", 0, 1)]
    [InlineData("Leicestershire beat Somerset by an innings", 2, 3)]
    [InlineData("their match against Yorkshire at Headingley", 3, 4)]
    [InlineData("they lost to Kent on Friday", 3, 4)]
    public void A_place_that_plays_a_match_in_a_sports_article_is_a_team(string sentence, int start, int end)
    {
        var words = sentence.Split(' ');
        var spans = NameLayout.MatchTeams(words, [new BioSpan(start, end, "LOC")], NameGazetteer.BuiltIn);
        Assert.Equal("ORG", spans[0].Type);
    }

    [Theory]
    [InlineData("Australia beat Pakistan by 107 runs", 0, 1)]
    [InlineData("England beat Pakistan by 107 runs", 0, 1)]
    [InlineData("the crowd at Headingley cheered", 3, 4)]
    public void A_country_a_home_nation_or_a_venue_stays_a_place(string sentence, int start, int end)
    {
        var words = sentence.Split(' ');
        var spans = NameLayout.MatchTeams(words, [new BioSpan(start, end, "LOC")], NameGazetteer.BuiltIn);
        Assert.Equal("LOC", spans[0].Type);
    }

    [Fact]
    public void A_news_desk_is_an_organisation_with_its_place_inside() =>
        Assert.Equal(["O", "B-ORG", "I-ORG", "O", "O"], Apply("-- Vostrograd Newsroom +44 171", "O B-LOC O O O"));

    [Theory]
    [InlineData("access from our Gas Desk was cut", "O O O O O O O")]
    [InlineData("the Federal Bureau of Investigation said", "O B-ORG I-ORG I-ORG I-ORG O")]
    public void A_desk_nobody_named_or_a_bureau_of_something_is_left_alone(string sentence, string tags) =>
        Assert.Equal(tags.Split(' '), Apply(sentence, tags));

    [Fact]
    public void A_lower_case_v_never_starts_a_name() =>
        Assert.Equal(["O", "O", "O", "B-ORG"], Apply("June 28 v Hampshire", "O O B-LOC I-LOC"));

    [Fact]
    public void In_a_results_line_a_town_followed_by_a_score_is_a_team_and_the_score_is_not_part_of_it() =>
        Assert.Equal(["B-ORG", "O", "B-ORG", "O"], Apply("Stockport 4 Brighton 2", "B-LOC I-LOC B-LOC O"));

    [Fact]
    public void In_a_results_line_a_country_stays_a_place() =>
        Assert.Equal(["B-LOC", "O", "B-LOC", "O"], Apply("Sweden 2 Belgium 1", "B-ORG O B-LOC O"));

    [Fact]
    public void A_name_with_a_number_outside_a_results_line_keeps_the_number() =>
        Assert.Equal(["O", "B-MISC", "I-MISC", "O", "O"], Apply("since Euro 96 in June", "O B-MISC I-MISC O O"));

    [Fact]
    public void A_nationality_and_a_title_inside_one_name_are_split_from_the_person() =>
        Assert.Equal(["B-MISC", "O", "B-PER", "I-PER", "O"], Apply("Russian President Boris Yeltsin visited", "B-MISC I-MISC I-MISC I-MISC O"));

    [Fact]
    public void A_nationality_before_a_name_without_a_title_is_left_alone() =>
        Assert.Equal(["B-MISC", "I-MISC", "I-MISC"], Apply("Italian Grand Prix", "B-MISC I-MISC I-MISC"));

    [Fact]
    public void A_country_name_tagged_as_a_person_or_organisation_is_a_place() =>
        Assert.Equal(["O", "B-LOC", "I-LOC", "O"], Apply("in Sri Lanka today", "O B-PER I-PER O"));

    [Fact]
    public void An_all_caps_country_name_is_recognised() =>
        Assert.Equal(["B-LOC", "I-LOC", "O", "O"], Apply("SRI LANKA WIN TOSS", "B-ORG I-ORG O O"));
}
