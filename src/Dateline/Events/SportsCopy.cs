using Dateline.Model;

namespace Dateline.Events;

/// <summary>
/// Whether an article is a sports report, read from its words (team-written lists, no weights). In sports copy a country's
/// name is its team ("Italy beat England", "France visit Dublin"), a captain or a club chairman holds no office, and
/// "attack", "fight back", "meet" and "visit" are play: the coder then keeps only events with a side that holds public
/// office (<see cref="EventCoder"/>), so a sports page gives no rows of war and diplomacy.
/// </summary>
public static class SportsCopy
{
    /// <summary>Words news copy uses almost only in sport: a sport, a player's position, a competition, a result's terms.</summary>
    private static readonly FrozenWords Strong = new(
        "soccer", "cricket", "tennis", "golf", "cycling", "rugby", "baseball", "basketball", "motorcycling", "athletics",
        "striker", "strikers", "midfielder", "midfielders", "midfield", "goalkeeper", "defender", "defenders", "winger", "wingers",
        "fly-half", "scrum-half", "innings", "wicket", "wickets", "batsman", "batsmen", "bowler", "pitcher", "inning",
        "halftime", "half-time", "semifinal", "semifinals", "semi-final", "semi-finals", "quarter-final", "quarter-finals",
        "quarterfinal", "quarterfinals", "lap", "laps", "footballer", "footballers", "premiership", "olympic", "olympics",
        "athlete", "athletes", "sprinter", "sprinters", "marathon", "relay", "hurdles", "medal", "medals", "medallist",
        "tournament", "tournaments", "championship", "championships", "squad", "squads", "coach", "coaches", "seed", "seeded",
        "doping");

    /// <summary>Words sport shares with other copy ("match", "title", "club", "fans"): they count half.</summary>
    private static readonly FrozenWords Weak = new(
        "match", "matches", "league", "cup", "club", "clubs", "goal", "goals", "scored", "score", "season", "title",
        "champion", "champions", "victory", "beat", "beaten", "game", "games", "player", "players", "team", "teams", "fans",
        "final", "finals", "win", "won", "defeat", "draw", "manager", "injury", "injured", "fixture", "fixtures", "stadium",
        "boss", "skipper", "captain", "unbeaten", "trophy");

    /// <summary>
    /// Two points for each different strong word, one for each different weak word: 6 or more, and sports words (strong
    /// twice, weak once, every occurrence) at least 2 in 100 words, so that a 4,000-word essay's "death squads", "win" and
    /// "defeat" do not make it sport. On the BBC corpus (evaluation only, `dateline eval sports`) this reads 94.7% of the
    /// sport section as sport and 0.5% of politics (two reports about sport: a minister on football bigotry, a party
    /// leader's snooker), 1.0% of business, 0.8% of entertainment, 4.0% of tech (video games).
    /// </summary>
    public const int Threshold = 6;

    /// <summary>Sports words per word at least this (see <see cref="Threshold"/>).</summary>
    public const double MinDensity = 0.02;

    public static bool Reads(Document document) => Reads(document.Text);

    /// <summary>
    /// Whether a text is sports copy (see <see cref="Threshold"/>). Words are read from the text, letters with inner
    /// hyphens, not from tokens: the tokeniser keeps "semi-final" whole but splits "half-time".
    /// </summary>
    public static bool Reads(string text)
    {
        var strong = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var weak = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        int count = 0, points = 0;
        for (int i = 0; i < text.Length;)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            int start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))) i++;
            count++;
            if (i - start < 3) continue;
            var w = text[start..i];
            if (Strong.Contains(w)) { strong.Add(w); points += 2; }
            else if (Weak.Contains(w)) { weak.Add(w); points++; }
        }
        return 2 * strong.Count + weak.Count >= Threshold && points >= MinDensity * count;
    }

    /// <summary>
    /// Titles and actor nouns that in sports copy name a sports body's people, not a state's: "Lions chairman", "Wales
    /// captain", "IOC president", "anti-doping officials", "the rugby league authorities", "League One leaders", "the
    /// touch judge", "slow hard courts". In sports copy they give an actor no sector.
    /// </summary>
    private static readonly FrozenWords SportsOffices = new(
        "chairman", "chairwoman", "chairperson", "chair", "captain", "skipper", "president", "vice-president", "chief",
        "director", "official", "officials", "authority", "authorities", "leader", "leaders", "counterpart", "counterparts",
        "court", "courts", "judge", "judges", "force", "forces", "fighter", "fighters", "general", "commander", "delegation",
        "administration", "premier");

    /// <summary>Whether a title or actor noun ("Chairman", "officials") is, in sports copy, a sports body's office.</summary>
    internal static bool IsSportsOffice(string word) => SportsOffices.Contains(word);

    /// <summary>
    /// Sectors of public office: a sports-copy event is kept only with a side in one of them (a minister, a government, the
    /// police, a court's judge named by title, an army, an intergovernmental body, rebels).
    /// </summary>
    private static readonly FrozenWords PublicSectors = new("GOV", "LEG", "MIL", "COP", "JUD", "IGO", "OPP", "REB", "UAF", "SPY");

    internal static bool HoldsOffice(EventActor actor) => actor.Sector is { } s && PublicSectors.Contains(s);
}
