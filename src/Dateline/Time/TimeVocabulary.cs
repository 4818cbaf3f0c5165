namespace Dateline.Time;

/// <summary>
/// The small named vocabularies the time patterns are built from: month and weekday names with
/// their abbreviations, number words, units, seasons, parts of day. Each also appears as a regex
/// alternation (longest first) for the patterns in <see cref="TimePatterns"/>.
/// </summary>
internal static class TimeVocabulary
{
    private static readonly StringComparer Ci = StringComparer.OrdinalIgnoreCase;

    public static readonly IReadOnlyDictionary<string, int> Months = new Dictionary<string, int>(Ci)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4, ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7,
        ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sept"] = 9, ["sep"] = 9, ["october"] = 10, ["oct"] = 10,
        ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    };

    /// <summary>ISO day numbers: Monday 1 ... Sunday 7.</summary>
    public static readonly IReadOnlyDictionary<string, int> Weekdays = new Dictionary<string, int>(Ci)
    {
        ["monday"] = 1, ["mon"] = 1, ["tuesday"] = 2, ["tue"] = 2, ["tues"] = 2, ["wednesday"] = 3, ["wed"] = 3,
        ["thursday"] = 4, ["thu"] = 4, ["thur"] = 4, ["thurs"] = 4, ["friday"] = 5, ["fri"] = 5,
        ["saturday"] = 6, ["sat"] = 6, ["sunday"] = 7, ["sun"] = 7,
    };

    public static readonly IReadOnlyDictionary<string, int> NumberWords = new Dictionary<string, int>(Ci)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100, ["a hundred"] = 100,
        ["dozen"] = 12, ["a dozen"] = 12, ["couple"] = 2, ["a couple of"] = 2, ["couple of"] = 2, ["a couple"] = 2,
        ["single"] = 1, ["half"] = 0, ["half a"] = 0, ["half an"] = 0,
    };

    public static readonly IReadOnlyDictionary<string, int> Ordinals = new Dictionary<string, int>(Ci)
    {
        ["first"] = 1, ["1st"] = 1, ["second"] = 2, ["2nd"] = 2, ["third"] = 3, ["3rd"] = 3, ["fourth"] = 4, ["4th"] = 4,
        ["last"] = 4, ["final"] = 4, ["latter"] = 2,
    };

    /// <summary>TimeML season codes: SP, SU, FA, WI.</summary>
    public static readonly IReadOnlyDictionary<string, string> Seasons = new Dictionary<string, string>(Ci)
    {
        ["spring"] = "SP", ["summer"] = "SU", ["autumn"] = "FA", ["fall"] = "FA", ["winter"] = "WI",
    };

    /// <summary>TimeML part-of-day codes: MO, AF, EV, NI, MI (midday), DT (daytime).</summary>
    public static readonly IReadOnlyDictionary<string, string> PartsOfDay = new Dictionary<string, string>(Ci)
    {
        ["morning"] = "MO", ["afternoon"] = "AF", ["evening"] = "EV", ["night"] = "NI", ["overnight"] = "NI",
        ["tonight"] = "NI", ["midday"] = "MI", ["noon"] = "MI", ["daytime"] = "DT", ["dawn"] = "MO", ["dusk"] = "EV",
    };

    /// <summary>Words for vague quantities: "several years" is PXY.</summary>
    public static readonly IReadOnlySet<string> VagueQuantities = new HashSet<string>(Ci)
    {
        "several", "few", "a few", "some", "many", "numerous", "the next few", "dozens of", "hundreds of", "a number of",
    };

    public const string MonthAlternation =
        @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)";

    public const string WeekdayAlternation =
        @"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\.|Tues?\.|Wed\.|Thu(?:rs?)?\.|Fri\.|Sat\.|Sun\.)";

    public const string NumberWordAlternation =
        @"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+hundred|hundred)";

    /// <summary>A count before a unit: digits, number words, "a", "a couple of", vague words.</summary>
    public const string CountAlternation =
        @"(?:\d+(?:\.\d+)?|" + NumberWordAlternation + @"|a\s+couple\s+of|couple\s+of|a\s+dozen|a\s+few|several|few|some|many|numerous|dozens\s+of|hundreds\s+of|half\s+an?|an|a|one\s+and\s+a\s+half)";

    public const string UnitAlternation =
        @"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|quarters?|fortnights?|weekends?|nights?|semesters?)";

    public const string SeasonAlternation = @"(?:spring|summer|autumn|fall|winter)";

    public const string PartOfDayAlternation = @"(?:morning|afternoon|evening|night|midday|daytime|dawn|dusk)";

    /// <summary>Parses "twenty-four", "24", "a", "a couple of"; null for vague words ("several").</summary>
    public static double? ParseCount(string text)
    {
        var t = text.Trim().Replace('-', ' ');
        if (double.TryParse(t, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d))
            return d;
        if (t.Equals("one and a half", StringComparison.OrdinalIgnoreCase))
            return 1.5;
        if (t.StartsWith("half", StringComparison.OrdinalIgnoreCase))
            return 0.5;
        if (NumberWords.TryGetValue(t, out var n))
            return n;
        var parts = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && NumberWords.TryGetValue(parts[0], out var tens) && NumberWords.TryGetValue(parts[1], out var units) && tens >= 20 && units < 10)
            return tens + units;
        return null;
    }

    /// <summary>The unit a word names, with its TimeML duration letter: "weeks" is (Week, "W").</summary>
    public static (TimePrecision Unit, string Letter, bool IsTime)? ParseUnit(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.EndsWith("ies", StringComparison.Ordinal))
            w = w[..^3] + "y";
        else if (w.EndsWith('s'))
            w = w[..^1];
        return w switch
        {
            "year" => (TimePrecision.Year, "Y", false),
            "month" => (TimePrecision.Month, "M", false),
            "week" => (TimePrecision.Week, "W", false),
            "day" or "night" => (TimePrecision.Day, "D", false),
            "fortnight" => (TimePrecision.Week, "W", false),
            "hour" => (TimePrecision.Hour, "H", true),
            "minute" => (TimePrecision.Minute, "M", true),
            "second" => (TimePrecision.Second, "S", true),
            "decade" => (TimePrecision.Decade, "Y", false),
            "century" => (TimePrecision.Century, "Y", false),
            "quarter" => (TimePrecision.Quarter, "Q", false),
            "semester" => (TimePrecision.Half, "M", false),
            "weekend" => (TimePrecision.Week, "WE", false),
            _ => null,
        };
    }

    public static int MonthOf(string word) => Months[word.TrimEnd('.')];

    public static int WeekdayOf(string word) => Weekdays[word.TrimEnd('.')];
}
