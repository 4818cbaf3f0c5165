using Dateline.Events;

namespace Dateline.Tests.Events;

/// <summary>Sports and arts reports: read from their words, and coded without the rows of play and show business (a team "attacking", a film "opening").</summary>
public class SoftNewsTests
{
    private const string MatchReport = """
        Wales sink Italy in Six Nations

        Wales coach Mike Ruddock praised his squad after they beat Italy 38-8 in the Six Nations on Saturday.
        Italy attacked early, but the Wales fly-half kicked two penalties before half-time and the winger scored a try.
        Wales will visit France next weekend, and captain Gareth Thomas said the team would meet Ireland in the final round.
        The rugby championship leaders have now won three matches in a row in front of their fans.
        """;

    [Fact]
    public void A_match_report_is_read_as_sports_copy()
    {
        Assert.Equal(SoftNewsGenre.Sport, SoftNews.Read(MatchReport));
    }

    [Fact]
    public void A_political_report_that_mentions_a_sport_once_is_not_sports_copy()
    {
        Assert.Equal(SoftNewsGenre.None, SoftNews.Read("""
            Minister backs stadium funding

            The sports minister said on Monday the government would win the vote on the new football stadium in the
            capital. Opposition leaders accused the government of wasting money. The cabinet will meet on Tuesday.
            """));
    }

    [Fact]
    public void A_long_essay_with_a_few_sports_words_is_not_sports_copy()
    {
        // "death squads", "win", "defeat", "victory", "goal": counted once each, they reach the score but not the density.
        var essay = "The government's goal is victory over the death squads; to win, it must defeat them and beat the odds. "
            + string.Concat(Enumerable.Repeat("Ministers debated the powers of the state at length in parliament and in the press. ", 60));
        Assert.Equal(SoftNewsGenre.None, SoftNews.Read(essay));
    }

    [Fact]
    public void In_a_match_report_teams_attacking_visiting_and_meeting_give_no_rows()
    {
        var events = EventPipeline.Events(MatchReport);
        Assert.DoesNotContain(events, e => e.Event is "ASSAULT" or "CONSULT");
        // No country of the report is coded as its government.
        Assert.DoesNotContain(events.SelectMany(e => e.Source.Concat(e.Target)), a => a.Code is { } c && c.EndsWith("GOV", StringComparison.Ordinal));
    }

    [Fact]
    public void In_a_sports_report_an_office_holder_still_gives_a_row()
    {
        var events = EventPipeline.Events("""
            Doping row grows before semi-final

            The Belgian sports minister has criticised the tennis federation over the doping case of the top seed.
            The player's coach said the squad had lost the match and the tournament semi-final, and the fans booed the team.
            """);
        var criticism = Assert.Single(events, e => e.Event == "ACCUSE");
        Assert.Contains(criticism.Source, a => a.Sector == "GOV");
    }

    private const string FilmReport = """
        Fockers sequel tops box office

        Meet the Fockers, starring Robert De Niro and Barbra Streisand, took $46m at the US box office over the weekend.
        The comedy, a sequel to the 2000 hit film, opens in the UK on Friday. The studio released the film in 3,500 cinemas.
        Its director said the actors and the cast had met the fans at the premiere in Hollywood, and the soundtrack album is
        in the charts.
        """;

    [Fact]
    public void A_film_report_is_read_as_arts_copy()
    {
        Assert.Equal(SoftNewsGenre.Arts, SoftNews.Read(FilmReport));
    }

    [Fact]
    public void In_a_film_report_titles_openings_and_releases_give_no_rows()
    {
        var events = EventPipeline.Events(FilmReport);
        Assert.DoesNotContain(events, e => e.Event is "CONSULT" or "RETREAT");
        Assert.DoesNotContain(events.SelectMany(e => e.Source.Concat(e.Target)), a => a.Code is { } c && c.EndsWith("GOV", StringComparison.Ordinal));
    }
}
