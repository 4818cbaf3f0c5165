using System.Globalization;
using System.Text.RegularExpressions;
using static Dateline.Time.TimeVocabulary;

namespace Dateline.Time;

/// <summary>
/// The named recognition and normalisation rules, HeidelTime/SUTime style: each pattern is a
/// readable regex over the vocabularies in <see cref="TimeVocabulary"/> and a resolver that turns
/// a match into a TIMEX3 value against the anchor. Where two matches overlap, the finder keeps the
/// longer one, then the one listed first here.
/// </summary>
internal static class TimePatterns
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    // Boundaries: not inside a word or a hyphenated compound ("mid-1990s" is one match, not "1990s").
    private const string L = @"(?<![\w'’-])";
    private const string R = @"(?![\w])";
    private const string Year4 = @"(?:1[5-9]\d\d|20\d\d)";
    private const string DayNum = @"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)";
    private const string Month = MonthAlternation;
    private const string Weekday = WeekdayAlternation;
    private const string Count = CountAlternation;
    private const string Unit = UnitAlternation;

    // "this year through", "so far this year to": what follows closes a span of the anchor's year.
    private static readonly Regex ThisYearThrough = new(@"\bthis\s+year\s+(?:through|to|until|till)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // The date a coordinated day leans on: "April 24 and " before "25".
    private static readonly Regex FirstOfCoordinatedDays = new($@"(?<first>{MonthAlternation}\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)\s+(?:and|or)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // What makes "the first two quarters" a half of a named year: " of 1990", " of next year".
    private static readonly Regex QuartersOfYear = new(@"^\s+of\s+(?:fiscal\s+)?(?:1[5-9]\d\d|20\d\d|this\s+year|last\s+year|next\s+year)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static Regex Rx(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture);

    public static IReadOnlyList<TimePattern> All { get; } =
    [
        // "2019-05-16", "2019-05-16T10:30", "5/16/2019", "16.05.2019"
        new("numeric-date", Rx($@"{L}(?: (?<y>{Year4})-(?<m>[01]\d)-(?<d>[0-3]\d)(?:T(?<hh>[0-2]\d):(?<mm>[0-5]\d))?
                                   | (?<a>[01]?\d)/(?<b>[0-3]?\d)/(?<y>{Year4}|\d\d)
                                   | (?<b>[0-3]?\d)\.(?<a>[01]?\d)\.(?<y>{Year4}) ){R}"), NumericDate),

        // "10:30 a.m.", "5 p.m. EST, Nov. 6", "around 7:15 p.m.", "midnight Friday", "4 in the morning"; not the idiom "high noon"
        new("clock-time", Rx($@"{L}(?<approx>(?:about|around|approximately|at\s+about|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?
                                (?: (?<h>[01]?\d|2[0-3])(?:[:.](?<min>[0-5]\d))?\s*(?<ampm>a\.\s?m\.?|p\.\s?m\.?|am|pm|o'clock)(?!\w)
                                  | (?<h>[01]?\d|2[0-3]):(?<min>[0-5]\d)(?![\d:])
                                  | (?<h>[01]?\d)\s+in\s+the\s+(?<pod>morning|afternoon|evening)
                                  | (?<!\bhigh\s+)(?<word>noon|midnight|midday) )
                                (?:\s+(?<tz>[ECMP][SD]T|GMT|UTC|BST|CET|local\s+time)(?!\w))?
                                (?:,?\s+(?:on\s+)?(?<day>{Weekday}(?!\w)(?:,?\s+{Month}\s*{DayNum})?|{Month}\s*{DayNum}(?:,\s+{Year4})?|today|yesterday|tomorrow|tonight)(?!\w))?"), ClockTime)
        {
            Trigger = Rx(@"a\.\s?m|p\.\s?m|\d\s*[ap]m\b|o'clock|\d[:.][0-5]\d|\bnoon\b|\bmidnight\b|\bmidday\b|\d\s+in\s+the\s+(?:morning|afternoon|evening)"),
        },

        // "Thursday", "last Friday", "Friday morning", "Thursday, May 16, 2019"
        new("weekday", Rx($@"{L}(?<rel>(?:last|next|this|coming|past|(?:the\s+)?previous|early|late)\s+)?(?<wd>{Weekday})(?!\w)
                             (?:,?\s+(?:(?<m>{Month})\s*(?<d>{DayNum})|(?<d>{DayNum})\s+(?<m>{Month}))(?:,?\s+(?<y>{Year4}))?(?!\w))?
                             (?:\s+(?<pod>morning|afternoon|evening|night)(?!\w))?"), WeekdayExpression)
        {
            Trigger = Rx(@"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\b(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\."),
            Lookback = 40,
        },

        // "Oct. 23", "May 16, 2019", "late November 12", "November 12-13"
        new("month-day", Rx($@"{L}(?<rel>(?:last|next|this)\s+)?(?<pre>(?:early|late|mid-?|the\s+end\s+of|the\s+beginning\s+of)\s*)?(?<m>{Month})\s*(?<d>{DayNum})
                               (?:\s*[-–]\s*(?:(?<m2>{Month})\s*)?(?<d2>{DayNum}))?(?:,?\s+(?<y>{Year4}))?(?![\d,]\d)"), MonthDay)
        {
            Trigger = Rx(@"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"),
            Lookback = 40,
        },

        // "16 May 2019", "the 5th of May", "12-13 November"
        new("day-month", Rx($@"{L}(?:the\s+)?(?<d>{DayNum})(?:\s*[-–]\s*(?<d2>{DayNum}))?\s+(?:of\s+)?(?<m>{Month})(?!\w)(?:,?\s+(?<y>{Year4}))?(?!\d)"), MonthDay)
        {
            Trigger = Rx(@"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"),
            Lookback = 40,
        },

        // "July", "in July 2019", "late November", "last April", "mid-July", "the end of March"
        new("month", Rx($@"{L}(?<pre>(?:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|end|last|next|this|earlier\s+this|later\s+this)[\s-]*)?
                           (?<m>{Month})(?!\w)(?:\s*,?\s*(?:of\s+)?(?<y>{Year4})(?!\d)|\s+(?<yrel>last|this|next)\s+year(?!'))?"), MonthExpression)
        {
            Trigger = Rx(@"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"),
            Lookback = 40,
        },

        // "1998", "fiscal 1989", "early 2020", "the end of 2019"
        new("year", Rx($@"(?<![\w'’$£€.,/-])(?<pre>(?:post-|pre-|fiscal|calendar|FY|early|late|mid-?|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+summer\s+of|the\s+spring\s+of|the\s+fall\s+of|the\s+autumn\s+of|the\s+winter\s+of)\s*)?
                          (?<y>{Year4})(?![\d,.]\d|\w|-\w|\s*(?:%|percent))"), YearExpression),

        // "nineteen ninety-six", "the year two thousand" (broadcast transcripts spell years out)
        new("spelled-year", Rx($@"{L}(?:the\s+year\s+|the\s+(?<season>winter|spring|summer|fall|autumn)\s+of\s+|(?<m>{Month})\s+)?(?: nineteen[\s-]+(?<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?<unit>one|two|three|four|five|six|seven|eight|nine))?
                                  | nineteen[\s-]+(?<teen>ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)
                                  | (?<=\b(?:in|since|by|until|year|of)\s+)two\s+thousand(?:\s+and)?(?:\s+(?<unit>one|two|three|four|five|six|seven|eight|nine))? ){R}"), SpelledYear)
        {
            Trigger = Rx(@"\b(?:nineteen|thousand)\b"),
            Lookback = 40,
        },

        // "the nineties", "the late sixties"
        new("decade-word", Rx($@"{L}the\s+(?<pre>(?:early|mid|late)[\s-]+)?(?<d>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties){R}"), DecadeWord),

        // "the weekend", "year-end", "the end of the year"
        new("weekend-year-end", Rx($@"{L}(?:(?<we>the\s+weekend)|(?<ye>(?:around\s+)?year[\s-]end|year's\s+end|the\s+end\s+of\s+the\s+year|the\s+turn\s+of\s+the\s+year)|(?<in>(?:earlier|later)\s+in\s+the\s+year)){R}"), WeekendOrYearEnd),

        // "the year ended Sept. 30" (a fiscal year: a duration), "for the full year", "for the week"
        new("the-unit", Rx($@"{L}the\s+(?<full>full\s+|fiscal\s+|entire\s+)?(?<unit>year|week){R}(?<ended>\s+(?=end(?:ed|ing)\b))?"), TheUnit),

        // "the 20th century", "the 11th century"
        new("century", Rx($@"{L}(?:the\s+)?(?<n>1?\d|2[01])(?:st|nd|rd|th)[\s-]+century{R}"), Century),

        // "mid afternoon", "in the morning", "late evening", "mid-afternoon yesterday"
        new("part-of-day", Rx($@"{L}(?:(?<pre>early|late|mid)[\s-]*(?<pod>morning|afternoon|evening)|(?<=\bin\s+)the\s+(?<pod>morning|afternoon|evening))(?:\s+(?<day>yesterday|today|tomorrow))?{R}"), PartOfDay),

        // "the 1990s", "the early '80s", "the mid-1990s", "the last half of the '80s"
        new("decade", Rx($@"{L}(?:the\s+)?(?<pre>(?:early|mid|late)[\s-]*|(?:the\s+)?(?:first|last|second)\s+half\s+of\s+the\s+)?(?:(?<c>1[5-9]|20)?(?<d>\d)0|'(?<d>\d)0)'?s{R}"), Decade),

        // "yesterday", "tonight", "this morning", "last night", "yesterday afternoon", "overnight"
        new("relative-day", Rx($@"{L}(?<pre>(?:early|late|earlier|later)\s+)?
                                  (?: (?<day>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight|overnight)(?:\s+(?<pod>morning|afternoon|evening|night))?
                                    | (?<day>this|last)\s+(?<pod>morning|afternoon|evening|night) ){R}"), RelativeDay),

        // "last week", "next year", "this quarter", "earlier this month", "the first half of next year", "the past decade"
        new("relative-unit", Rx($@"{L}(?<pre>(?:early|late|earlier|later|mid-?|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of|the\s+remainder\s+of|the\s+balance\s+of
                                          |the\s+(?<half>first|second|latter|last)\s+half\s+of|the\s+(?<q>first|second|third|fourth)\s+quarter\s+of)\s*)?
                                   (?<rel>this\s+past|this|last|next|the\s+past|the\s+previous|the\s+coming|the\s+following|the\s+current|the\s+latest|the\s+prior|the\s+most\s+recent|the\s+next|the\s+last
                                          |coming|past|previous|following|current|prior|the\s+same)
                                   \s+(?<fiscal>(?:fiscal|calendar)\s+)?(?<unit>week|month|year|quarter|weekend|decade|century|half|spring|summer|autumn|fall|winter|period|season)(?!\w)"), RelativeUnit)
        {
            Trigger = Rx(@"\b(?:week|month|year|quarter|weekend|decade|century|half|spring|summer|autumn|fall|winter|period|season)\b"),
        },

        // "the year-earlier quarter", "the year-ago period", "year-earlier", "the latest quarter", "the quarter"
        new("anaphoric-quarter", Rx($@"{L}(?<lastyear>(?:the\s+)?(?:corresponding|comparable|same)\s+(?:period|quarter)\s+(?:a\s+year\s+ago|last\s+year|a\s+year\s+earlier)|last\s+year's\s+(?:quarter|period)|the\s+(?:quarter|period)\s+a\s+year\s+(?:ago|earlier)){R}
                                       |{L}(?:the\s+|(?<that>that)\s+)?(?:(?<yr>{Year4})\s+)?(?:comparable\s+)?(?<rel>year-earlier|year-ago|year\s+earlier|year\s+ago|comparable|same|latest|year-before|prior-year|previous-year|fiscal|recent|just-ended|just-completed)?[\s]*
                                       (?<unit>quarter|period|(?<n>nine|six|three|twelve)\s+months|fiscal\s+year|year-earlier|year-ago)(?!\w)"), AnaphoricQuarter)
        {
            Trigger = Rx(@"quarter|period|\bmonths\b|fiscal\s+year|year-earlier|year-ago"),
        },

        // "the third quarter", "third-quarter", "the fourth quarter of 2019", "fiscal 1990's first quarter", "Q3"
        new("quarter", Rx($@"{L}(?<the>the\s+)?(?:(?<qpre>this|last|next)\s+year's\s+|(?<ypre>{Year4})\s+|(?<ago>year-ago|year-earlier|comparable\s+year-ago|year\s+earlier)\s+)?(?:(?:fiscal|calendar)\s+(?<fy>{Year4})(?:'s)?\s+)?(?:(?:fiscal|calendar)[\s-]+)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|final)(?<sep>[\s-]+)(?:fiscal\s+|calendar\s+)?quarters?(?!\w)
                              (?:\s+of\s+(?:(?:fiscal\s+)?(?<y>{Year4})|(?<rel>this|last|next)\s+year|the\s+year))?
                             |{L}(?<qn>Q[1-4])(?:\s+(?<y>{Year4}))?{R}"), Quarter)
        {
            Trigger = Rx(@"quarter|\bQ[1-4]\b"),
        },

        // "the first half of 2019", "first-half", "the second half", "the first two quarters of 2021" (a half too)
        new("half", Rx($@"{L}(?:the\s+)?(?: (?<ord>first|second|latter|last)[\s-]+half(?!\w)(?:\s+of\s+(?:(?<y>{Year4})|(?<rel>this|last|next)\s+year|the\s+year))?
                                      | (?<ord>first|last)\s+two\s+quarters\s+of\s+(?:(?:fiscal\s+)?(?<y>{Year4})|(?<rel>this|last|next)\s+year) )"), Half),

        // "summer", "the winter of 1998", "early spring"
        new("season", Rx($@"{L}(?<pre>(?:early|late|mid-?)\s*)?(?<s>spring|summer|autumn|fall|winter)(?!\w)(?:\s+(?:of\s+)?(?<y>{Year4}))?"), Season),

        // "every Monday", "each year", "daily", "twice a week", "Tuesday nights", "every other week"
        new("set", Rx($@"{L}(?: (?<q>every|each)\s+(?<other>other\s+)?(?:(?<num>{Count})\s+)?(?<unit>{Unit}|{Weekday}|{Month}|spring|summer|autumn|fall|winter|morning|afternoon|evening|night)
                               | (?<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|semiannually|semi-annually|bimonthly|biannually)
                               | (?<freq>once|twice|thrice|(?:\d+|{NumberWordAlternation})\s+times)\s+(?:a|an|per|each|every)\s+(?<unit>year|month|week|day|hour|minute|quarter|decade)
                               | (?<wds>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)(?:\s+(?<pod>mornings|afternoons|evenings|nights))?
                               | (?<wd>{Weekday})\s+(?<pod>mornings|afternoons|evenings|nights) ){R}"), Set)
        {
            Trigger = Rx(@"\b(?:every|each|daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|semi-?annually|bimonthly|biannually|times|once|twice|thrice|Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays|mornings|afternoons|evenings|nights)\b"),
        },

        // "65 years old", "an 8-month-old", "aged 45"
        new("age", Rx($@"{L}(?: (?<num>\d{{1,3}}|{NumberWordAlternation})[\s-]+(?<unit>year|month|week|day)s?[\s-]+old
                               | aged\s+(?<num>\d{{1,3}}) ){R}"), Age),

        // "two-year", "16-hour", "five-year", "decades-long", "year-long"
        new("duration-adjective", Rx($@"{L}(?: (?<num>\d+(?:\.\d+)?|{NumberWordAlternation}|half)-(?<unit>year|month|week|day|hour|minute|decade|century|quarter)(?:-long)?
                                            | (?<vague>decades|years|months|weeks|days)-long
                                            | (?<one>year|month|week|day)-long ){R}(?!-)"), DurationAdjective),

        // "more than a month", "two years ago", "the past two months", "three days later", "the next few days"
        new("duration", Rx($@"{L}(?<mod>(?:more\s+than|less\s+than|fewer\s+than|about|around|approximately|nearly|almost|at\s+least|at\s+most|roughly|some|up\s+to|just\s+over|just\s+under|well\s+over|barely|close\s+to|upwards\s+of)\s+)?
                                (?<det>(?:the\s+)?(?:past|last|next|coming|previous|following|first|final|remaining|latest|prior|initial|recent|preceding|ensuing|subsequent|succeeding|intervening|same|other)\s+|the\s+|another\s+|an\s+additional\s+|an\s+extra\s+)?
                                (?<num>{Count})(?<frac>\s+1/2|½)?(?:\s+(?<or>or\s+(?:so|more|two|three)|to\s+(?<num2>{Count})|and\s+a\s+half))?\s+(?:(?:more|full|straight|consecutive|long|additional|extra|successive|further|short|trading|business|working)\s+)?
                                (?<unit>{Unit})(?!\w)(?<half>\s+and\s+a\s+half)?
                                (?:\s+(?<dir>ago|earlier|later|before|after|from\s+now|hence|previously|back|in\s+the\s+past)(?!\w))?"), Duration)
        {
            Trigger = Rx($@"\b{Unit}\b"),
        },

        // "recent years", "coming weeks", "for years", "the weeks ahead"
        new("vague-duration", Rx($@"{L}(?: (?<pre>(?:the\s+)?(?:recent|coming|past|last|next|ensuing)(?:\s+few)?|the\s+(?:past|last|next)\s+(?:several|few))\s+(?<unit>years|months|weeks|days|hours|decades|quarters)
                                         | the\s+(?<unit>years|months|weeks|days)\s+(?<ahead>ahead)
                                         | (?<=\b(?:for|in|over|within|took|take|takes|lasted|spent|spend|waited|wait)\s+)(?<unit>years|months|weeks|days|hours|decades) ){R}"), VagueDuration),

        // "the next day", "the day before", "that night", "later that day", "the following morning";
        // not "the day before the vote": there "before" is a preposition and the day is relative to an event

        new("reference-day", Rx($@"{L}(?: the\s+(?<rel>next|following|previous|preceding|same|prior)\s+(?<unit>day|morning|afternoon|evening|night)
                                       | the\s+(?<unit>day|night)\s+(?<ba>before|after)(?!\s+(?:yesterday|tomorrow))(?!\s+(?!(?:in|at|on|and|but|when|as|to|with|for|from|by)\b)[a-z\d'])
                                       | (?<pre>(?:earlier|later)\s+)?(?<that>that|the\s+same)\s+(?<unit>day|night|morning|evening|afternoon|week|month|year) ){R}"), ReferenceDay),

        // "the day before last Monday('s vote)", "the day after May 3": one day off a named day
        new("day-off-date", Rx($@"{L}(?:the\s+)?(?<unit>day|night)\s+(?<ba>before|after)\s+(?<day>(?:last\s+|next\s+|this\s+)?{Weekday}|{Month}\s*{DayNum})(?!\w)"), DayOffDate)
        {
            Trigger = Rx(@"\b(?:day|night)\s+(?:before|after)\b"),
        },

        // "25" in "on April 24 and 25": a second day of the month just named. The digits come first so the
        // regex engine can skip to digits; the look-behinds then check "and" and the date before it.
        new("coordinated-day", Rx($@"(?<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?<=\s(?:and|or)\s+\d{{1,2}}(?:st|nd|rd|th)?)(?<=\b{Month}\s*{DayNum}\s+(?:and|or)\s+\d{{1,2}}(?:st|nd|rd|th)?)(?=\s*(?:[,.;:)]|$|\s+(?:in|at|on|to|when|with|because|after|before)\b))"), CoordinatedDay),

        // "now", "currently", "recently", "the future", "the past", "previously"
        new("reference", Rx($@"{L}(?<w>right\s+now|just\s+now|now|currently|recently|more\s+recently|nowadays|these\s+days|at\s+present
                                  |the\s+present|the\s+near\s+future|the\s+future|the\s+near\s+term|the\s+short\s+term|the\s+distant\s+past|the\s+recent\s+past|the\s+past|current|recent|a\s+later\s+date){R}"), Reference),

        // "Christmas", "New Year's Day", "Thanksgiving", "Easter"
        new("holiday", Rx($@"{L}(?:last\s+)?(?<h>Christmas\s+Day|Christmas\s+Eve|Christmas|New\s+Year's\s+Day|New\s+Year's\s+Eve|New\s+Year's|Thanksgiving\s+Day|Thanksgiving|Easter\s+Sunday|Easter|Halloween|Independence\s+Day|Labor\s+Day|Memorial\s+Day|Veterans\s+Day|Valentine's\s+Day|Boxing\s+Day|Election\s+Day)(?:\s+(?<y>{Year4}))?{R}"), Holiday),
    ];

    // ---- resolvers ------------------------------------------------------------------------------

    private static Resolution? NumericDate(Match m, ResolutionContext ctx)
    {
        int year = int.Parse(m.Groups["y"].Value, Inv);
        if (year < 100)
            year += year < 50 ? 2000 : 1900;
        int month, day;
        if (m.Groups["a"].Success)
        {
            month = int.Parse(m.Groups["a"].Value, Inv);
            day = int.Parse(m.Groups["b"].Value, Inv);
            if (month > 12 && day <= 12)
                (month, day) = (day, month); // "16/5/2019" is day first
        }
        else
        {
            month = int.Parse(m.Groups["m"].Value, Inv);
            day = int.Parse(m.Groups["d"].Value, Inv);
        }
        if (!TryDate(year, month, day, out var date))
            return null;
        var point = CalendarPoint.Of(date, TimePrecision.Day);
        if (m.Groups["hh"].Success)
            return new(TimexType.Time, $"{point.Format()}T{m.Groups["hh"].Value}:{m.Groups["mm"].Value}", TimePrecision.Minute, "numeric date and time, absolute") { Point = point };
        return new(TimexType.Date, point.Format(), TimePrecision.Day, "numeric date, absolute") { Point = point };
    }

    private static Resolution? ClockTime(Match m, ResolutionContext ctx)
    {
        string clock;
        TimePrecision precision;
        if (m.Groups["word"].Success)
        {
            var w = m.Groups["word"].Value.ToLowerInvariant();
            clock = w == "midnight" ? "24:00" : "12:00";
            precision = TimePrecision.Minute;
        }
        else
        {
            var h = int.Parse(m.Groups["h"].Value, Inv);
            var ampm = m.Groups["ampm"].Value.ToLowerInvariant();
            var pod = m.Groups["pod"].Value.ToLowerInvariant();
            if ((ampm.StartsWith('p') || pod is "afternoon" or "evening") && h < 12)
                h += 12;
            if (ampm.StartsWith('a') && h == 12)
                h = 0;
            if (h > 24)
                return null;
            var min = m.Groups["min"].Success ? m.Groups["min"].Value : "00";
            clock = $"{h:D2}:{min}";
            precision = TimePrecision.Minute;
        }

        string dayValue;
        string reason;
        string? anchor = null;
        var kind = TimeAnchorKind.None;
        CalendarPoint? point = null;
        if (m.Groups["day"].Success)
        {
            var sub = ResolveDayPhrase(m.Groups["day"].Value, m.Index, m.Index + m.Length, ctx);
            if (sub is null)
                return null;
            dayValue = sub.Value;
            reason = $"clock time on {sub.Reason}";
            anchor = sub.Anchor;
            kind = sub.AnchorKind;
            point = sub.Point;
        }
        else if (ctx.Reference is { Granularity: TimePrecision.Day } reference && ctx.ReferenceText is not null)
        {
            dayValue = reference.Format();
            reason = $"clock time on the day set earlier in the text ({ctx.ReferenceText})";
            anchor = dayValue;
            kind = TimeAnchorKind.Text;
        }
        else if (ctx.KnowsDay)
        {
            dayValue = ctx.Day.ToString("yyyy-MM-dd", Inv);
            reason = $"clock time, on the day of the anchor, anchored on {ctx.AnchorDescription}";
            anchor = ctx.AnchorIso;
            kind = ctx.Anchor!.Kind;
        }
        else
        {
            dayValue = "XXXX-XX-XX";
            reason = "clock time, day unknown (no anchor)";
        }
        var value = $"{dayValue}T{clock}";
        return new(TimexType.Time, value, precision, reason)
        {
            Anchor = anchor,
            AnchorKind = kind,
            Point = point,
            Mod = m.Groups["approx"].Success ? ApproxMod(m.Groups["approx"].Value) : null,
        };
    }

    /// <summary>Resolves the day part of "5 p.m. Friday" or "noon on Nov. 6".</summary>
    private static Resolution? ResolveDayPhrase(string phrase, int start, int end, ResolutionContext ctx)
    {
        foreach (var pattern in All)
        {
            if (pattern.Name is not ("weekday" or "month-day" or "relative-day"))
                continue;
            var sub = pattern.Regex.Match(phrase);
            if (sub.Success && sub.Index == 0 && sub.Length == phrase.Length)
                return pattern.Resolve(sub, new ResolutionContext(ctx.Text, ctx.Anchor) { DirectionOverride = ctx.DirectionAt(start, end) });
        }
        return null;
    }

    private static Resolution? WeekdayExpression(Match m, ResolutionContext ctx)
    {
        var wdText = m.Groups["wd"].Value;
        if (!char.IsUpper(wdText[0]))
            return null;
        var weekday = WeekdayOf(wdText);
        var pod = m.Groups["pod"].Success ? PartsOfDay[m.Groups["pod"].Value] : null;
        var rel = Regex.Replace(m.Groups["rel"].Value.Trim().ToLowerInvariant(), @"^the\s+", "");
        Resolution day;
        if (m.Groups["m"].Success)
        {
            var date = MonthDayCore(m, ctx, "weekday with date");
            if (date is null)
                return null;
            day = date;
        }
        else
        {
            var direction = rel switch
            {
                "last" or "past" or "previous" => TemporalDirection.Past,
                "next" or "coming" => TemporalDirection.Future,
                _ => ctx.DirectionAt(m.Index, m.Index + m.Length),
            };
            if (rel is "previous" && ctx.Reference is { Granularity: TimePrecision.Day } reference && ctx.ReferenceText is not null)
            {
                // "the previous Friday" is anaphoric (TimeML): the Friday before the day the text is on, where
                // "last Friday" is the one before publication. "On Friday ... up from the previous Friday".
                var refWeekday = ((int)reference.Day.DayOfWeek + 6) % 7 + 1;
                var back = (refWeekday - weekday + 7) % 7;
                var date = reference.Day.AddDays(-(back == 0 ? 7 : back));
                var p = CalendarPoint.Of(date, TimePrecision.Day);
                day = new(TimexType.Date, p.Format(), TimePrecision.Day, $"weekday, \"previous\": the one before the day set earlier in the text ({ctx.ReferenceText} = {reference.Format()})")
                {
                    Anchor = reference.Format(),
                    AnchorKind = TimeAnchorKind.Text,
                    Point = p,
                };
            }
            else if (!ctx.KnowsDay)
            {
                day = new(TimexType.Date, $"XXXX-WXX-{weekday}", TimePrecision.Day, "weekday, no anchor: kept relative");
            }
            else
            {
                var dct = ctx.Day;
                var dctWeekday = ((int)dct.DayOfWeek + 6) % 7 + 1;
                int offset;
                string how;
                if (rel is "next")
                {
                    // "next Friday": the Friday of next week when said early in the week, else the coming one.
                    offset = (weekday - dctWeekday + 7) % 7;
                    if (offset == 0)
                        offset = 7;
                    how = "\"next\"";
                }
                else if (rel is "last" or "past" or "previous")
                {
                    offset = -((dctWeekday - weekday + 7) % 7);
                    if (offset == 0)
                        offset = -7;
                    how = "\"last\"";
                }
                else if (rel is "this")
                {
                    offset = weekday - dctWeekday;
                    how = "\"this\": same week";
                }
                else if (direction == TemporalDirection.Future)
                {
                    offset = (weekday - dctWeekday + 7) % 7;
                    how = "future tense";
                }
                else
                {
                    offset = -((dctWeekday - weekday + 7) % 7);
                    how = direction == TemporalDirection.Past ? "past tense" : "no tense cue, news default past";
                }
                var date = dct.AddDays(offset);
                day = ctx.OnAnchor(TimexType.Date, CalendarPoint.Of(date, TimePrecision.Day), $"weekday, {how}");
            }
        }
        if (pod is null)
            return day;
        var mod = m.Groups["rel"].Value.Trim().ToLowerInvariant() switch { "early" => "START", "late" => "END", _ => null };
        return day with { Type = TimexType.Time, Value = day.Value + "T" + pod, Precision = TimePrecision.PartOfDay, Reason = "part of day, " + day.Reason, Mod = mod };
    }

    private static Resolution? MonthDay(Match m, ResolutionContext ctx)
    {
        var r = MonthDayCore(m, ctx, "month and day");
        if (r is null)
            return null;
        if (m.Groups["pre"].Success)
            r = r with { Mod = PreMod(m.Groups["pre"].Value) };
        return r;
    }

    private static Resolution? MonthDayCore(Match m, ResolutionContext ctx, string what)
    {
        var monthText = m.Groups["m"].Value;
        if (!char.IsUpper(monthText[0]))
            return null;
        var month = MonthOf(monthText);
        var day = int.Parse(StripOrdinal(m.Groups["d"].Value), Inv);
        if (day > 31)
            return null;
        Resolution r;
        int year;
        if (m.Groups["y"].Success)
        {
            year = int.Parse(m.Groups["y"].Value, Inv);
            if (!TryDate(year, month, day, out var date))
                return null;
            var point = CalendarPoint.Of(date, TimePrecision.Day);
            r = new(TimexType.Date, point.Format(), TimePrecision.Day, $"{what}, absolute") { Point = point };
        }
        else if (!ctx.KnowsYear)
        {
            r = new(TimexType.Date, $"XXXX-{month:D2}-{day:D2}", TimePrecision.Day, $"{what} without year, no anchor: kept relative");
            year = -1;
        }
        else
        {
            var direction = ctx.DirectionAt(m.Index, m.Index + m.Length);
            if (PrecededBy(ctx.Text, m.Index, "by", "until", "till", "through", "before"))
                direction = TemporalDirection.Future;
            var rel = m.Groups["rel"].Value.Trim().ToLowerInvariant();
            if (rel == "last")
                direction = TemporalDirection.Past;
            else if (rel == "next")
                direction = TemporalDirection.Future;
            year = YearForMonthDay(ctx, month, day, direction, out var how, rel is "last" or "next");
            if (!TryDate(year, month, day, out var date))
                return null;
            r = ctx.OnAnchor(TimexType.Date, CalendarPoint.Of(date, TimePrecision.Day), $"{what} without year, {how}");
        }
        if (m.Groups["d2"].Success && year > 0)
        {
            var month2 = m.Groups["m2"].Success ? MonthOf(m.Groups["m2"].Value) : month;
            var day2 = int.Parse(StripOrdinal(m.Groups["d2"].Value), Inv);
            if (TryDate(year, month2, day2, out var end) && end.DayNumber > DateOnly.ParseExact(r.Value, "yyyy-MM-dd", Inv).DayNumber)
                r = r with { EndValue = end.ToString("yyyy-MM-dd", Inv), Reason = r.Reason + $", range to {end:yyyy-MM-dd}" };
        }
        return r;
    }

    /// <summary>The year of a month/day given without one: tense decides, else the nearest to the anchor.</summary>
    private static int YearForMonthDay(ResolutionContext ctx, int month, int day, TemporalDirection direction, out string how, bool strictDirection = false)
    {
        var dct = ctx.Day;
        var year = dct.Year;
        if (!ctx.KnowsDay)
        {
            how = $"year of the anchor, anchored on {ctx.AnchorDescription}";
            return year;
        }
        TryDate(year, month, Math.Min(day, 28), out var candidate);
        var diff = candidate.DayNumber - dct.DayNumber;
        if (direction == TemporalDirection.Past && diff > 0 && strictDirection)
        {
            how = "\"last\": the most recent one";
            return year - 1;
        }
        if (direction == TemporalDirection.Future && diff < 0 && strictDirection)
        {
            how = "\"next\": the coming one";
            return year + 1;
        }
        // Tense moves the year only for dates far from the anchor: "paid Dec. 15" in a November article is this December.
        if (direction == TemporalDirection.Past && diff > 90)
        {
            how = "past tense: the most recent one";
            return year - 1;
        }
        if (direction == TemporalDirection.Future && diff < -90)
        {
            how = "future tense: the next one";
            return year + 1;
        }
        // No tense cue: news looks back more than ahead, so a date more than three months ahead is last year's.
        if (diff > 90 && direction != TemporalDirection.Future)
        {
            how = "more than three months ahead: last year's";
            return year - 1;
        }
        // "the year ended Jan. 31" in an October article: past tense keeps the January just gone.
        if (diff < -270 && direction != TemporalDirection.Past)
        {
            how = "the nearest one";
            return year + 1;
        }
        how = direction == TemporalDirection.Unknown ? "same year as the anchor" : $"{(direction == TemporalDirection.Past ? "past" : "future")} tense, same year";
        return year;
    }

    private static Resolution? MonthExpression(Match m, ResolutionContext ctx)
    {
        var monthText = m.Groups["m"].Value;
        if (!char.IsUpper(monthText[0]))
            return null;
        var month = MonthOf(monthText);
        var pre = m.Groups["pre"].Value.Trim().ToLowerInvariant();
        // "May" and "March" are also a verb and a noun: bare, they need a year, a modifier or a preposition before them.
        // "Jan Kavan": an abbreviation without its period needs a year.
        if (!m.Groups["y"].Success && !monthText.EndsWith('.') && monthText.Length <= 4 && !monthText.Equals("May", StringComparison.OrdinalIgnoreCase) && !monthText.Equals("June", StringComparison.OrdinalIgnoreCase) && !monthText.Equals("July", StringComparison.OrdinalIgnoreCase))
            return null;
        pre = pre.TrimEnd('-');
        if (!m.Groups["y"].Success && pre.Length == 0 && (month is 5 or 3) && !PrecededBy(ctx.Text, m.Index, "in", "since", "until", "by", "of", "during", "through", "from", "to", "before", "after", "and", "or", "between", "late", "early", "mid", "last", "next", "this", "on", "the"))
            return null;
        var mod = PreMod(pre);
        if (m.Groups["y"].Success)
        {
            var point = CalendarPoint.Of(new DateOnly(int.Parse(m.Groups["y"].Value, Inv), month, 1), TimePrecision.Month);
            return new(TimexType.Date, point.Format(), TimePrecision.Month, "month and year, absolute") { Point = point, Mod = mod };
        }
        if (!ctx.KnowsYear)
            return new(TimexType.Date, $"XXXX-{month:D2}", TimePrecision.Month, "month without year, no anchor: kept relative") { Mod = mod };
        var dct = ctx.Day;
        int year;
        string how;
        if (m.Groups["yrel"].Success)
        {
            // "June last year", "April next year"
            year = dct.Year + m.Groups["yrel"].Value.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 };
            how = $"month of {m.Groups["yrel"].Value} year";
        }
        else if (pre is "last")
        {
            year = month < dct.Month ? dct.Year : dct.Year - 1;
            how = "\"last\": the previous one";
        }
        else if (pre is "next")
        {
            year = month > dct.Month ? dct.Year : dct.Year + 1;
            how = "\"next\": the coming one";
        }
        else if (pre is "this" or "earlier this" or "later this")
        {
            year = dct.Year;
            how = "\"this\": the anchor's year";
        }
        else if (ThisYearThrough.IsMatch(ctx.Text.AsSpan(Math.Max(0, m.Index - 40), Math.Min(40, m.Index))))
        {
            // "exports this year through August": the month closes a span of the anchor's year.
            year = dct.Year;
            how = "closing a span of this year";
        }
        else
        {
            var direction = ctx.DirectionAt(m.Index, m.Index + m.Length);
            // "by August", "until mid-November", "through January": deadlines point forward.
            if (PrecededBy(ctx.Text, m.Index, "by", "until", "till", "through", "before") && pre.Length == 0 || pre.Length > 0 && PrecededBy(ctx.Text, m.Index, "by", "until", "till", "through", "before"))
                direction = TemporalDirection.Future;
            if (ctx.KnowsDay && month == dct.Month % 12 + 1 && direction != TemporalDirection.Past)
            {
                year = month == 1 ? dct.Year + 1 : dct.Year;
                how = "the coming month";
            }
            else if (direction == TemporalDirection.Future)
            {
                year = month >= dct.Month ? dct.Year : dct.Year + 1;
                how = "future tense: the next one";
            }
            else if (!ctx.KnowsDay)
            {
                year = dct.Year;
                how = "year of the anchor";
            }
            else
            {
                year = month <= dct.Month ? dct.Year : dct.Year - 1;
                how = direction == TemporalDirection.Past ? "past tense: the most recent one" : "no tense cue: the most recent one";
            }
        }
        var p = CalendarPoint.Of(new DateOnly(year, month, 1), TimePrecision.Month);
        return ctx.OnAnchor(TimexType.Date, p, $"month, {how}") with { Mod = mod };
    }

    private static Resolution? YearExpression(Match m, ResolutionContext ctx)
    {
        var year = int.Parse(m.Groups["y"].Value, Inv);
        var pre = m.Groups["pre"].Value.Trim().ToLowerInvariant();
        // "2000 people", "1500 troops": a plural noun after a bare number makes it a count, not a year.
        if (pre.Length == 0 && !PrecededBy(ctx.Text, m.Index, "in", "since", "until", "by", "of", "during", "through", "from", "to", "before", "after", "and", "between", "fiscal", "year", "early", "late", "the", "for", "on", "at", "around", "mid", "till", "spring", "summer", "fall", "winter", "autumn") && FollowedByPluralNoun(ctx.Text, m.Index + m.Length))
            return null;
        if (pre.Length == 0 && (year < 1800 || year > 2099))
            return null;
        var point = CalendarPoint.Of(new DateOnly(year, 1, 1), TimePrecision.Year);
        string? season = pre switch
        {
            "the summer of" => "SU",
            "the spring of" => "SP",
            "the fall of" or "the autumn of" => "FA",
            "the winter of" => "WI",
            _ => null,
        };
        if (season is not null)
            return new(TimexType.Date, $"{year:D4}-{season}", TimePrecision.Season, "season and year, absolute") { Point = point };
        // "post-2011 order", "pre-1990 levels": the year bounds a period (TimeML mod AFTER / BEFORE).
        if (pre is "post-" or "pre-")
            return new(TimexType.Date, point.Format(), TimePrecision.Year, $"year, absolute, \"{pre}\": the time {(pre == "post-" ? "after" : "before")} it") { Point = point, Mod = pre == "post-" ? "AFTER" : "BEFORE" };
        return new(TimexType.Date, point.Format(), TimePrecision.Year, pre.StartsWith("fiscal", StringComparison.Ordinal) || pre == "fy" ? "fiscal year, absolute" : "year, absolute")
        {
            Point = point,
            Mod = PreMod(pre),
        };
    }

    private static Resolution? SpelledYear(Match m, ResolutionContext ctx)
    {
        int year;
        if (m.Groups["teen"].Success)
            year = 1900 + (int)ParseCount(m.Groups["teen"].Value)!.Value;
        else if (m.Groups["tens"].Success)
            year = 1900 + (int)ParseCount(m.Groups["tens"].Value)!.Value + (m.Groups["unit"].Success ? (int)ParseCount(m.Groups["unit"].Value)!.Value : 0);
        else
            year = 2000 + (m.Groups["unit"].Success ? (int)ParseCount(m.Groups["unit"].Value)!.Value : 0);
        var point = CalendarPoint.Of(new DateOnly(year, 1, 1), TimePrecision.Year);
        // "March nineteen ninety-six", "the summer of nineteen eighty-nine" (broadcast transcripts)
        if (m.Groups["m"].Success && char.IsUpper(m.Groups["m"].Value[0]))
        {
            var month = CalendarPoint.Of(new DateOnly(year, MonthOf(m.Groups["m"].Value), 1), TimePrecision.Month);
            return new(TimexType.Date, month.Format(), TimePrecision.Month, "month and year spelled out, absolute") { Point = month };
        }
        if (m.Groups["m"].Success)
            return null;
        if (m.Groups["season"].Success && Seasons.TryGetValue(m.Groups["season"].Value.ToLowerInvariant(), out var season))
            return new(TimexType.Date, $"{year:D4}-{season}", TimePrecision.Season, "season and year spelled out, absolute") { Point = point };
        return new(TimexType.Date, point.Format(), TimePrecision.Year, "year spelled out, absolute") { Point = point };
    }

    private static Resolution? DecadeWord(Match m, ResolutionContext ctx)
    {
        var tens = (int)ParseCount(m.Groups["d"].Value.ToLowerInvariant()[..^3] + "y")!.Value;
        var point = CalendarPoint.Of(new DateOnly(1900 + tens, 1, 1), TimePrecision.Decade);
        return new(TimexType.Date, point.Format(), TimePrecision.Decade, "decade in words, read as 19xx") { Point = point, Mod = PreMod(m.Groups["pre"].Value) };
    }

    private static Resolution? TheUnit(Match m, ResolutionContext ctx)
    {
        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        if (m.Groups["ended"].Success && unit == "year")
            return new(TimexType.Duration, "P1Y", TimePrecision.Year, "\"the year ended ...\": a fiscal year, a year-long period") { End = m.Groups["unit"].Index + m.Groups["unit"].Length };
        if (m.Groups["full"].Value.Trim().Equals("fiscal", StringComparison.OrdinalIgnoreCase))
            return new(TimexType.Duration, "P1Y", TimePrecision.Year, "\"the fiscal year\": a year-long period");
        var full = m.Groups["full"].Success;
        // Only "for the year", "the full year", "the week's": bare "the year" is too often generic.
        if (!full && !PrecededBy(ctx.Text, m.Index, "for") && !(m.Index + m.Length < ctx.Text.Length && ctx.Text[m.Index + m.Length] == '\''))
            return null;
        var granularity = unit == "year" ? TimePrecision.Year : TimePrecision.Week;
        if (!ctx.KnowsYear || (!ctx.KnowsDay && granularity == TimePrecision.Week))
            return new(TimexType.Date, RelativeUnknown(granularity, unit), granularity, $"\"{m.Value}\", no anchor: kept relative");
        var point = unit == "year" && ctx.LastQuarter is { } q ? q.As(TimePrecision.Year) : CalendarPoint.Of(ctx.Day, granularity);
        return ctx.OnAnchor(TimexType.Date, point, $"\"{m.Value}\": the {unit} under discussion");
    }

    private static Resolution? Century(Match m, ResolutionContext ctx)
    {
        var n = int.Parse(m.Groups["n"].Value, Inv);
        var point = CalendarPoint.Of(new DateOnly(Math.Max(1, (n - 1) * 100), 1, 1), TimePrecision.Century);
        return new(TimexType.Date, (n - 1).ToString("D2", Inv), TimePrecision.Century, "ordinal century, absolute") { Point = point };
    }

    private static Resolution? PartOfDay(Match m, ResolutionContext ctx)
    {
        var pod = PartsOfDay[m.Groups["pod"].Value];
        var mod = PreMod(m.Groups["pre"].Value);
        if (m.Groups["day"].Success)
        {
            // "by mid-afternoon yesterday": the named day, deictic, from the anchor.
            var dayWord = m.Groups["day"].Value.ToLowerInvariant();
            var offset = dayWord switch { "yesterday" => -1, "tomorrow" => 1, _ => 0 };
            if (!ctx.KnowsDay)
                return new(TimexType.Time, "XXXX-XX-XXT" + pod, TimePrecision.PartOfDay, $"part of day, \"{dayWord}\", no anchor: kept relative") { Mod = mod };
            var day = ctx.OnAnchor(TimexType.Time, CalendarPoint.Of(ctx.Day.AddDays(offset), TimePrecision.Day), $"part of day, \"{dayWord}\" is {offset} day(s) from the anchor");
            return day with { Value = day.Value + "T" + pod, Precision = TimePrecision.PartOfDay, Mod = mod };
        }
        if (ctx.Reference is { Granularity: TimePrecision.Day } r)
            return new(TimexType.Time, r.Format() + "T" + pod, TimePrecision.PartOfDay, $"part of day, on the day set earlier in the text ({ctx.ReferenceText})") { Mod = mod, Anchor = r.Format(), AnchorKind = TimeAnchorKind.Text };
        if (!ctx.KnowsDay)
            return new(TimexType.Time, "XXXX-XX-XXT" + pod, TimePrecision.PartOfDay, "part of day, no anchor: kept relative") { Mod = mod };
        var res = ctx.OnAnchor(TimexType.Time, CalendarPoint.Of(ctx.Day, TimePrecision.Day), "part of day, on the anchor's day");
        return res with { Value = res.Value + "T" + pod, Precision = TimePrecision.PartOfDay, Mod = mod, Point = null };
    }

    private static Resolution? WeekendOrYearEnd(Match m, ResolutionContext ctx)
    {
        if (m.Groups["in"].Success)
        {
            var start = m.Value.StartsWith("earlier", StringComparison.OrdinalIgnoreCase);
            if (!ctx.KnowsYear)
                return new(TimexType.Date, "XXXX", TimePrecision.Year, "part of a year, no anchor: kept relative") { Mod = start ? "START" : "END" };
            return ctx.OnAnchor(TimexType.Date, CalendarPoint.Of(ctx.Day, TimePrecision.Year), $"\"{m.Value}\": the anchor's year") with { Mod = start ? "START" : "END" };
        }
        if (m.Groups["ye"].Success)
        {
            if (!ctx.KnowsYear)
                return new(TimexType.Date, "XXXX", TimePrecision.Year, "end of a year, no anchor: kept relative") { Mod = "END" };
            return ctx.OnAnchor(TimexType.Date, CalendarPoint.Of(ctx.Day, TimePrecision.Year), "end of the anchor's year") with { Mod = "END" };
        }
        if (!ctx.KnowsDay)
            return new(TimexType.Date, "XXXX-WXX-WE", TimePrecision.Week, "weekend, no anchor: kept relative");
        var isoDay = ((int)ctx.Day.DayOfWeek + 6) % 7 + 1;
        var direction = ctx.DirectionAt(m.Index, m.Index + m.Length);
        var week = CalendarPoint.Of(ctx.Day, TimePrecision.Week);
        var how = "weekend of the anchor's week";
        if (isoDay < 6 && direction != TemporalDirection.Future)
        {
            week = week.Shift(-1, TimePrecision.Week);
            how = "weekend, past tense: the one before";
        }
        return ctx.OnAnchor(TimexType.Date, week, how, week.Format() + "-WE");
    }

    private static Resolution? Decade(Match m, ResolutionContext ctx)
    {
        var century = m.Groups["c"].Success ? int.Parse(m.Groups["c"].Value, Inv) : 19;
        var decade = century * 10 + int.Parse(m.Groups["d"].Value, Inv);
        var pre = m.Groups["pre"].Value.Trim().ToLowerInvariant();
        var mod = pre.StartsWith("early", StringComparison.Ordinal) || pre.Contains("first half", StringComparison.Ordinal) ? "START"
            : pre.StartsWith("mid", StringComparison.Ordinal) ? "MID"
            : pre.StartsWith("late", StringComparison.Ordinal) || pre.Contains("last half", StringComparison.Ordinal) || pre.Contains("second half", StringComparison.Ordinal) ? "END" : null;
        var point = CalendarPoint.Of(new DateOnly(decade * 10, 1, 1), TimePrecision.Decade);
        return new(TimexType.Date, point.Format(), TimePrecision.Decade, m.Groups["c"].Success ? "decade, absolute" : "decade with two digits, read as 19xx") { Mod = mod, Point = point };
    }

    private static Resolution? RelativeDay(Match m, ResolutionContext ctx)
    {
        var word = Regex.Replace(m.Groups["day"].Value.ToLowerInvariant(), @"\s+", " ");
        var pod = m.Groups["pod"].Success ? PartsOfDay[m.Groups["pod"].Value] : null;
        var pre = m.Groups["pre"].Value.Trim().ToLowerInvariant();
        if (IsPartOfName(ctx.Text, m.Index, m.Index + m.Length))
            return null;
        var (offset, defaultPod) = word switch
        {
            "yesterday" => (-1, null),
            "tomorrow" => (1, null),
            "the day before yesterday" => (-2, null),
            "the day after tomorrow" => (2, null),
            "tonight" => (0, "NI"),
            "overnight" => (0, "NI"),
            "last" => (pod == "NI" ? -1 : 0, null),
            _ => (0, null),
        };
        if (word == "last" && pod != "NI")
            return null; // "last morning" is not a deictic expression
        var mod = pre switch { "early" or "earlier" => "START", "late" or "later" => "END", _ => null };
        pod ??= defaultPod;
        if (word == "tonight")
            pod = null; // TimeBank dates "tonight" as the day
        if (!ctx.KnowsDay)
        {
            var unknown = pod is null ? "XXXX-XX-XX" : "XXXX-XX-XXT" + pod;
            if (word is "today" && pod is null)
                unknown = "PRESENT_REF";
            return new(pod is null ? TimexType.Date : TimexType.Time, unknown, pod is null ? TimePrecision.Day : TimePrecision.PartOfDay, $"\"{word}\", no anchor: kept relative") { Mod = mod };
        }
        var point = CalendarPoint.Of(ctx.Day.AddDays(offset), TimePrecision.Day);
        var r = ctx.OnAnchor(TimexType.Date, point, $"\"{word}\" is {offset:+0;-0;0} day(s) from the anchor");
        if (pod is not null)
            r = r with { Type = TimexType.Time, Value = r.Value + "T" + pod, Precision = TimePrecision.PartOfDay };
        return r with { Mod = mod };
    }

    private static Resolution? RelativeUnit(Match m, ResolutionContext ctx)
    {
        if (IsPartOfName(ctx.Text, m.Index, m.Index + m.Length))
            return null;
        var rel = Regex.Replace(m.Groups["rel"].Value.ToLowerInvariant(), @"\s+", " ");
        var unitWord = m.Groups["unit"].Value.ToLowerInvariant();
        var pre = Regex.Replace(m.Groups["pre"].Value.Trim().ToLowerInvariant(), @"\s+", " ");
        var fiscal = m.Groups["fiscal"].Success;
        if (unitWord is "period" or "season")
        {
            if (rel is not ("the same" or "the latest" or "the previous" or "the current" or "the prior"))
                return null;
            // "the same period", "the latest period": the quarter the text is talking about.
            return QuarterReference(ctx, rel is "the previous" or "the prior" ? -1 : 0, $"\"{rel} {unitWord}\"") ?? null;
        }
        if (Seasons.TryGetValue(unitWord, out var season))
            return RelativeSeason(m, ctx, rel, season, pre);

        var (unit, _, _) = ParseUnit(unitWord == "half" ? "semester" : unitWord)!.Value;
        if (unitWord == "weekend")
            unit = TimePrecision.Week;

        // "the past week", "the coming year": spans ending or starting at the anchor are durations.
        if (rel is "the past" or "past" or "the coming" or "coming" or "the next" or "the last" or "the most recent" && pre.Length == 0 && unitWord != "weekend")
        {
            var letter = unitWord switch { "decade" => "10Y", "century" => "100Y", "quarter" => "1Q", "half" => "6M", _ => "1" + ParseUnit(unitWord)!.Value.Letter };
            return new(TimexType.Duration, "P" + letter, unit, $"\"{rel} {unitWord}\": the period ending or starting at the anchor");
        }

        int shift = rel switch
        {
            "last" or "the previous" or "previous" or "the prior" or "prior" => -1,
            "next" or "the following" or "following" => 1,
            _ => 0,
        };
        if (unitWord == "quarter" && rel is "the latest" or "the most recent")
            return LastCompleteQuarter(ctx, $"\"{rel} quarter\"");
        if (unitWord == "quarter" && rel is "this" && ctx.LastQuarter is not null)
            return QuarterReference(ctx, 0, "\"this quarter\" in a text about a named quarter");
        if (unitWord == "quarter" && rel is "the same")
            return QuarterReference(ctx, 0, "\"the same quarter\"");
        if (rel is "the same")
            shift = 0;
        // "this past weekend" on a weekday is the one just gone; "this past week/month" is the current one.
        if (rel is "this past" && unitWord == "weekend" && ctx.KnowsDay && ctx.Day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            shift = -1;

        string? mod = PreMod(pre);
        TimePrecision granularity = unit;
        int? halfIndex = m.Groups["half"].Success ? (m.Groups["half"].Value.ToLowerInvariant() == "first" ? 1 : 2) : null;
        int? quarterIndex = m.Groups["q"].Success ? Ordinals[m.Groups["q"].Value] : null;
        if ((halfIndex is not null || quarterIndex is not null) && unit == TimePrecision.Year)
            mod = null;

        // "the following week" moves from the text's reference time; "next week" from the anchor.
        var fromReference = rel is "the following" or "following" or "the previous" or "the prior";
        Resolution? r;
        if (!ctx.KnowsYear || (!ctx.KnowsDay && unit > TimePrecision.Year))
        {
            if (!fromReference || ctx.Reference is null)
                return new(TimexType.Date, RelativeUnknown(unit, unitWord), unit, $"\"{rel} {unitWord}\", no anchor: kept relative") { Mod = mod };
        }
        if (fromReference)
            r = ctx.OnReference(TimexType.Date, p => p.As(unit).Shift(shift, unit), unit, $"\"{rel} {unitWord}\"");
        else
            r = ctx.OnAnchor(TimexType.Date, CalendarPoint.Of(ctx.Day, unit).Shift(shift, unit), $"\"{rel} {unitWord}\" ({shift:+0;-0;0} {unitWord})");
        if (r is null)
            return null;
        if (unitWord == "weekend")
            r = r with { Value = r.Value + "-WE" };
        if (halfIndex is { } h && unit == TimePrecision.Year)
            r = r with { Value = r.Value + "-H" + h, Precision = TimePrecision.Half, Reason = r.Reason + $", half {h}" };
        if (quarterIndex is { } q && unit == TimePrecision.Year)
            r = r with { Value = r.Value + "-Q" + q, Precision = TimePrecision.Quarter, Reason = r.Reason + $", quarter {q}" };
        if (unit == TimePrecision.Quarter && r.Point is { } qp)
            ctx.LastQuarter = qp;
        if (fiscal)
            r = r with { Reason = r.Reason + ", fiscal year taken as calendar year" };
        return r with { Mod = mod };
    }

    private static Resolution? RelativeSeason(Match m, ResolutionContext ctx, string rel, string season, string pre)
    {
        var mod = PreMod(pre);
        if (!ctx.KnowsYear)
            return new(TimexType.Date, "XXXX-" + season, TimePrecision.Season, "season, no anchor: kept relative") { Mod = mod };
        if (rel is "the past" or "past" or "the coming" or "coming")
            return new(TimexType.Duration, "P1" + season, TimePrecision.Season, $"\"{rel} season\"") { Mod = mod };
        var dct = ctx.Day;
        var start = SeasonStartMonth(season);
        var current = dct.Month >= start && dct.Month < start + 3 || (season == "WI" && dct.Month <= 2);
        var year = dct.Year;
        if (season == "WI" && dct.Month <= 2)
            year--;
        string how;
        switch (rel)
        {
            case "last" or "the previous" or "previous" or "the prior":
                if (current || start > dct.Month)
                    year--;
                how = "\"last\": the previous one";
                break;
            case "this past":
                // "this past spring" in October: the most recent spring that has begun.
                if (start > dct.Month)
                    year--;
                how = "\"this past\": the most recent one";
                break;
            case "next" or "the following" or "following":
                if (current || start <= dct.Month)
                    year++;
                how = "\"next\": the coming one";
                break;
            default:
                how = "\"this\": the anchor's year";
                break;
        }
        var point = CalendarPoint.Of(new DateOnly(year, 1, 1), TimePrecision.Year);
        return new(TimexType.Date, $"{year:D4}-{season}", TimePrecision.Season, $"season, {how}, anchored on {ctx.AnchorDescription}")
        {
            Anchor = ctx.AnchorIso,
            AnchorKind = ctx.Anchor!.Kind,
            Mod = mod,
            Point = point,
        };
    }

    private static Resolution? AnaphoricQuarter(Match m, ResolutionContext ctx)
    {
        if (m.Groups["lastyear"].Success)
            return QuarterReference(ctx, -4, $"\"{m.Value}\"");
        var rel = m.Groups["rel"].Value.ToLowerInvariant().Replace(' ', '-');
        var unit = Regex.Replace(m.Groups["unit"].Value.ToLowerInvariant(), @"\s+", " ");
        var hasThe = m.Value.StartsWith("the", StringComparison.OrdinalIgnoreCase) || m.Groups["that"].Success;
        var yearBack = rel is "year-earlier" or "year-ago" or "year-before" or "prior-year" or "previous-year" || unit is "year-earlier" or "year-ago";
        if (m.Groups["n"].Success)
        {
            // "the nine months", "the year-earlier nine months": a duration.
            if (!hasThe && rel.Length == 0)
                return null;
            var n = (int)ParseCount(m.Groups["n"].Value)!.Value;
            return new(TimexType.Duration, $"P{n}M", TimePrecision.Month, $"\"{m.Value}\": a period of {n} months");
        }
        if (unit == "fiscal year")
        {
            if (!hasThe)
                return null;
            if (yearBack && ctx.KnowsYear)
                return ctx.OnAnchor(TimexType.Date, CalendarPoint.Of(ctx.Day, TimePrecision.Year).Shift(-1, TimePrecision.Year), "\"year-earlier fiscal year\"");
            return new(TimexType.Duration, "P1Y", TimePrecision.Year, "\"the fiscal year\": a year-long period");
        }
        if (m.Groups["yr"].Success && unit is "quarter" or "period")
        {
            // "the 1988 quarter", "the 1988 period": the quarter under discussion, in that year.
            var y = int.Parse(m.Groups["yr"].Value, Inv);
            var qn = ctx.LastQuarter is { } lq ? (lq.Day.Month - 1) / 3 : ctx.KnowsDay ? ((ctx.Day.Month - 1) / 3 + 3) % 4 : 0;
            var p = CalendarPoint.Of(new DateOnly(y, qn * 3 + 1, 1), TimePrecision.Quarter);
            return new(TimexType.Date, p.Format(), TimePrecision.Quarter, "quarter under discussion, in the year given") { Point = p };
        }
        if (unit == "period" && rel.Length == 0)
            return null;
        if (unit == "quarter" && rel.Length == 0 && !hasThe)
            return null;
        if (rel is "fiscal" or "recent" && unit == "period")
            return null;
        if (unit is "year-earlier" or "year-ago" && rel.Length > 0)
            return null;
        if (unit is "year-earlier" or "year-ago")
        {
            // "year-earlier net income": the quarter under discussion a year before, else the year before.
            if (ctx.LastQuarter is not null)
                return QuarterReference(ctx, -4, $"\"{m.Value}\"");
            if (!ctx.KnowsYear)
                return new(TimexType.Date, "XXXX", TimePrecision.Year, "\"year-earlier\", no anchor: kept relative");
            var y = (ctx.LastQuarter?.Day.Year ?? ctx.Day.Year) - 1;
            return ctx.OnAnchor(TimexType.Date, CalendarPoint.Of(new DateOnly(y, 1, 1), TimePrecision.Year), "\"year-earlier\": the year before the one under discussion");
        }
        if (unit == "quarter" && EndedDate(ctx, m.Index + m.Length) is { } ended)
        {
            // "the quarter ended Sept. 30": the calendar quarter holding most of its three months, so a
            // quarter ended July 31 (May to July) is Q2; its middle lies about 45 days before its end.
            var p = CalendarPoint.Of(ended.AddDays(-45), TimePrecision.Quarter).Shift(yearBack ? -4 : 0, TimePrecision.Quarter);
            if (!yearBack)
                ctx.LastQuarter = p;
            return new(TimexType.Date, p.Format(), TimePrecision.Quarter, $"quarter ending {ended:yyyy-MM-dd}") { Point = p, Anchor = ended.ToString("yyyy-MM-dd", Inv), AnchorKind = TimeAnchorKind.Text };
        }
        return QuarterReference(ctx, yearBack ? -4 : 0, $"\"{m.Value}\"");
    }

    private static readonly Regex EndedPattern = Rx($@"\G\s+end(?:ed|ing)\s+(?<m>{Month})\s*(?<d>{DayNum})");

    private static DateOnly? EndedDate(ResolutionContext ctx, int at)
    {
        var m = EndedPattern.Match(ctx.Text, at);
        if (!m.Success || !ctx.KnowsDay)
            return null;
        var month = MonthOf(m.Groups["m"].Value);
        var day = int.Parse(StripOrdinal(m.Groups["d"].Value), Inv);
        var year = month > ctx.Day.Month ? ctx.Day.Year - 1 : ctx.Day.Year;
        return TryDate(year, month, day, out var date) ? date : null;
    }

    private static Resolution? LastCompleteQuarter(ResolutionContext ctx, string what)
    {
        if (!ctx.KnowsDay)
            return new(TimexType.Date, "XXXX-QX", TimePrecision.Quarter, $"{what}, no anchor: kept relative");
        var last = CalendarPoint.Of(ctx.Day, TimePrecision.Quarter).Shift(-1, TimePrecision.Quarter);
        ctx.LastQuarter = last;
        return ctx.OnAnchor(TimexType.Date, last, $"{what}: the last complete quarter");
    }

    /// <summary>"the quarter", "the year-earlier quarter": the quarter the text last named, else the last complete quarter.</summary>
    private static Resolution? QuarterReference(ResolutionContext ctx, int shiftQuarters, string what)
    {
        if (ctx.LastQuarter is { } q)
        {
            var p = q.Shift(shiftQuarters, TimePrecision.Quarter);
            return new(TimexType.Date, p.Format(), TimePrecision.Quarter, $"{what}: the quarter named earlier in the text ({q.Format()}){(shiftQuarters != 0 ? ", a year before" : "")}")
            {
                Anchor = q.Format(),
                AnchorKind = TimeAnchorKind.Text,
                Point = p,
            };
        }
        if (!ctx.KnowsDay)
            return new(TimexType.Date, "XXXX-QX", TimePrecision.Quarter, $"{what}, no anchor: kept relative");
        var last = CalendarPoint.Of(ctx.Day, TimePrecision.Quarter).Shift(-1 + shiftQuarters, TimePrecision.Quarter);
        return ctx.OnAnchor(TimexType.Date, last, $"{what}: the last complete quarter{(shiftQuarters != 0 ? ", a year before" : "")}");
    }

    private static Resolution? Quarter(Match m, ResolutionContext ctx)
    {
        int q;
        if (m.Groups["qn"].Success)
            q = m.Groups["qn"].Value[1] - '0';
        else
        {
            var ord = m.Groups["ord"].Value.ToLowerInvariant();
            q = ord == "final" ? 4 : Ordinals[ord];
        }
        int year;
        string how;
        // "the third-quarter loss": TimeBank marks the adjective without its article.
        int? start = m.Groups["the"].Success && m.Groups["sep"].Value == "-" && !m.Groups["qpre"].Success && !m.Groups["ypre"].Success && !m.Groups["ago"].Success ? m.Groups["ord"].Index : null;
        if (m.Groups["y"].Success || m.Groups["fy"].Success || m.Groups["ypre"].Success)
        {
            year = int.Parse(m.Groups["y"].Success ? m.Groups["y"].Value : m.Groups["fy"].Success ? m.Groups["fy"].Value : m.Groups["ypre"].Value, Inv);
            how = "quarter of a given year";
        }
        else if (ctx.KnowsYear && m.Groups["qpre"].Success)
        {
            year = ctx.Day.Year + m.Groups["qpre"].Value.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 };
            how = $"quarter of {m.Groups["qpre"].Value} year";
        }
        else if (ctx.KnowsYear && m.Groups["ago"].Success)
        {
            year = (ctx.LastQuarter?.Day.Year ?? ctx.Day.Year) - 1;
            how = "quarter a year before the one under discussion";
        }
        else if (!ctx.KnowsYear)
        {
            return new(TimexType.Date, $"XXXX-Q{q}", TimePrecision.Quarter, "quarter without year, no anchor: kept relative");
        }
        else if (m.Groups["rel"].Success)
        {
            year = ctx.Day.Year + m.Groups["rel"].Value.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 };
            how = $"quarter of {m.Groups["rel"].Value} year";
        }
        else
        {
            year = ctx.Day.Year;
            var current = (ctx.Day.Month - 1) / 3 + 1;
            var direction = ctx.DirectionAt(m.Index, m.Index + m.Length);
            how = "quarter without year: the anchor's year";
            if (q > current && direction == TemporalDirection.Past && ctx.KnowsDay)
            {
                year--;
                how = "quarter without year, past tense: last year's";
            }
            else if (q < current - 1 && direction == TemporalDirection.Future)
            {
                year++;
                how = "quarter without year, future tense: next year's";
            }
        }
        var point = CalendarPoint.Of(new DateOnly(year, (q - 1) * 3 + 1, 1), TimePrecision.Quarter);
        if (!m.Groups["ago"].Success)
            ctx.LastQuarter = point;
        if (m.Groups["y"].Success || m.Groups["fy"].Success || m.Groups["ypre"].Success)
            return new(TimexType.Date, point.Format(), TimePrecision.Quarter, how) { Point = point, Start = start };
        return ctx.OnAnchor(TimexType.Date, point, how) with { Start = start };
    }

    private static Resolution? Half(Match m, ResolutionContext ctx)
    {
        var ord = m.Groups["ord"].Value.ToLowerInvariant();
        var h = ord == "first" ? 1 : 2;
        int year;
        if (m.Groups["y"].Success)
            year = int.Parse(m.Groups["y"].Value, Inv);
        else if (!ctx.KnowsYear)
            return new(TimexType.Date, $"XXXX-H{h}", TimePrecision.Half, "half-year without year, no anchor: kept relative");
        else
            year = ctx.Day.Year + (m.Groups["rel"].Value.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 });
        var point = CalendarPoint.Of(new DateOnly(year, h == 1 ? 1 : 7, 1), TimePrecision.Half);
        if (m.Groups["y"].Success)
            return new(TimexType.Date, point.Format(), TimePrecision.Half, "half of a given year") { Point = point };
        return ctx.OnAnchor(TimexType.Date, point, "half-year");
    }

    private static Resolution? Season(Match m, ResolutionContext ctx)
    {
        var word = m.Groups["s"].Value;
        var season = Seasons[word];
        var pre = m.Groups["pre"].Value.Trim().ToLowerInvariant();
        var mod = PreMod(pre);
        if (m.Groups["y"].Success)
        {
            var y = int.Parse(m.Groups["y"].Value, Inv);
            return new(TimexType.Date, $"{y:D4}-{season}", TimePrecision.Season, "season of a given year, absolute") { Mod = mod, Point = CalendarPoint.Of(new DateOnly(y, 1, 1), TimePrecision.Year) };
        }
        // A bare "fall" or "spring" is usually the verb or the noun; take them only after "in", "this", "the", ...
        if (!PrecededBy(ctx.Text, m.Index, "in", "the", "this", "during", "by", "until", "since", "early", "late", "next", "last", "that", "over") && pre.Length == 0)
            return null;
        if (!ctx.KnowsYear)
            return new(TimexType.Date, "XXXX-" + season, TimePrecision.Season, "season, no anchor: kept relative") { Mod = mod };
        var dct = ctx.Day;
        var direction = ctx.DirectionAt(m.Index, m.Index + m.Length);
        var start = SeasonStartMonth(season);
        var year = dct.Year;
        var how = "season: the anchor's year";
        if (direction == TemporalDirection.Past && start > dct.Month)
        {
            year--;
            how = "season, past tense: the most recent one";
        }
        else if (direction == TemporalDirection.Future && start + 3 <= dct.Month)
        {
            year++;
            how = "season, future tense: the next one";
        }
        return new(TimexType.Date, $"{year:D4}-{season}", TimePrecision.Season, $"{how}, anchored on {ctx.AnchorDescription}")
        {
            Anchor = ctx.AnchorIso,
            AnchorKind = ctx.Anchor!.Kind,
            Mod = mod,
        };
    }

    private static Resolution? Set(Match m, ResolutionContext ctx)
    {
        var quant = m.Groups["q"].Success ? m.Groups["q"].Value.ToUpperInvariant() : null;
        if (m.Groups["adv"].Success)
        {
            var adv = m.Groups["adv"].Value.ToLowerInvariant();
            var value = adv switch
            {
                "daily" => "P1D",
                "weekly" => "P1W",
                "monthly" => "P1M",
                "annually" or "yearly" => "P1Y",
                "quarterly" => "P1Q",
                "hourly" => "PT1H",
                "nightly" => "P1D",
                "biweekly" => "P2W",
                "bimonthly" => "P2M",
                _ => "P6M",
            };
            return new(TimexType.Set, value, TimePrecision.Reference, $"\"{adv}\": a recurrence");
        }
        if (m.Groups["freq"].Success)
        {
            var f = m.Groups["freq"].Value.ToLowerInvariant();
            var n = f switch { "once" => 1, "twice" => 2, "thrice" => 3, _ => (int)(ParseCount(f[..f.LastIndexOf(' ')]) ?? 0) };
            var u = ParseUnit(m.Groups["unit"].Value)!.Value;
            return new(TimexType.Set, DurationValue(1, u.Unit, u.Letter, u.IsTime), TimePrecision.Reference, $"{n} times per {m.Groups["unit"].Value}") { Freq = $"{n}X" };
        }
        if (m.Groups["wds"].Success || m.Groups["wd"].Success)
        {
            var wdWord = m.Groups["wds"].Success ? m.Groups["wds"].Value[..^1] : m.Groups["wd"].Value;
            if (!char.IsUpper(wdWord[0]))
                return null;
            var pod = m.Groups["pod"].Success ? "T" + PartsOfDay[m.Groups["pod"].Value.TrimEnd('s')] : "";
            return new(TimexType.Set, $"XXXX-WXX-{WeekdayOf(wdWord)}{pod}", TimePrecision.Reference, "plural weekday: every one") { Quant = "EVERY" };
        }
        var unitWord = m.Groups["unit"].Value;
        var step = m.Groups["other"].Success ? 2 : 1;
        if (m.Groups["num"].Success)
            step = (int)(ParseCount(m.Groups["num"].Value) ?? 1);
        if (Weekdays.ContainsKey(unitWord.TrimEnd('.')) && char.IsUpper(unitWord[0]))
            return new(TimexType.Set, $"XXXX-WXX-{WeekdayOf(unitWord)}", TimePrecision.Reference, $"\"{m.Value}\": every such weekday") { Quant = quant };
        if (Months.ContainsKey(unitWord.TrimEnd('.')) && char.IsUpper(unitWord[0]))
            return new(TimexType.Set, $"XXXX-{MonthOf(unitWord):D2}", TimePrecision.Reference, $"\"{m.Value}\": every such month") { Quant = quant };
        if (Seasons.TryGetValue(unitWord, out var season))
            return new(TimexType.Set, "XXXX-" + season, TimePrecision.Reference, $"\"{m.Value}\": every such season") { Quant = quant };
        if (PartsOfDay.TryGetValue(unitWord, out var podCode))
            return new(TimexType.Set, "XXXX-XX-XXT" + podCode, TimePrecision.Reference, $"\"{m.Value}\": every such part of day") { Quant = quant };
        if (ParseUnit(unitWord) is not { } unit)
            return null;
        return new(TimexType.Set, DurationValue(step, unit.Unit, unit.Letter, unit.IsTime), TimePrecision.Reference, $"\"{m.Value}\": a recurrence") { Quant = quant };
    }

    private static Resolution? Age(Match m, ResolutionContext ctx)
    {
        var n = ParseCount(m.Groups["num"].Value);
        if (n is null)
            return null;
        var unit = m.Groups["unit"].Success ? ParseUnit(m.Groups["unit"].Value)!.Value : (TimePrecision.Year, "Y", false);
        return new(TimexType.Duration, DurationValue(n.Value, unit.Item1, unit.Item2, unit.Item3), unit.Item1, "age");
    }

    private static Resolution? DurationAdjective(Match m, ResolutionContext ctx)
    {
        if (m.Groups["vague"].Success)
        {
            var u = ParseUnit(m.Groups["vague"].Value)!.Value;
            return new(TimexType.Duration, u.IsTime ? "PTX" + u.Letter : "PX" + u.Letter, u.Unit, "vague duration used as an adjective");
        }
        if (m.Groups["one"].Success)
        {
            var u = ParseUnit(m.Groups["one"].Value)!.Value;
            return new(TimexType.Duration, DurationValue(1, u.Unit, u.Letter, u.IsTime), u.Unit, "duration used as an adjective");
        }
        var n = ParseCount(m.Groups["num"].Value);
        if (n is null)
            return null;
        var unit = ParseUnit(m.Groups["unit"].Value)!.Value;
        return new(TimexType.Duration, DurationValue(n.Value, unit.Unit, unit.Letter, unit.IsTime), unit.Unit, "duration used as an adjective (\"two-year\")");
    }

    private static Resolution? Duration(Match m, ResolutionContext ctx)
    {
        var numText = Regex.Replace(m.Groups["num"].Value.ToLowerInvariant(), @"\s+", " ");
        var unitWord = m.Groups["unit"].Value.ToLowerInvariant();
        var det = Regex.Replace(m.Groups["det"].Value.Trim().ToLowerInvariant(), @"\s+", " ");
        // "a second attack", "a quarter of the shares", "one night stand": ordinals and fractions, not durations.
        if (numText is "a" or "an" or "one" && unitWord is "second" or "quarter" or "night" or "weekend")
            return null;
        if (numText is "some" or "many" && det.Length == 0 && !m.Groups["dir"].Success && unitWord is not ("years" or "months" or "weeks" or "days" or "decades" or "hours"))
            return null;
        if (numText.Length == 4 && numText[0] is '1' or '2' && !unitWord.StartsWith("year", StringComparison.Ordinal))
            return null;
        var plural = unitWord.EndsWith('s');
        if (numText is "a" or "an" or "one" && plural)
            return null;
        // "(at least) the first two quarters of 2021" is a half-year: leave it to the half rule.
        if (unitWord == "quarters" && numText == "two" && det is "the first" or "the last" or "first" or "last" && QuartersOfYear.IsMatch(ctx.Text.AsSpan(m.Index + m.Length, Math.Min(30, ctx.Text.Length - m.Index - m.Length))))
            return null;
        var count = ParseCount(numText);
        if (m.Groups["half"].Success || m.Groups["frac"].Success || m.Groups["or"].Value.Contains("half", StringComparison.OrdinalIgnoreCase))
            count += 0.5;
        var vague = count is null || m.Groups["num2"].Success;
        var unit = ParseUnit(unitWord)!.Value;
        var mod = m.Groups["mod"].Success ? ModOf(m.Groups["mod"].Value) : null;
        int? start = null;
        if (m.Groups["mod"].Success && !m.Groups["dir"].Success && !StrongModifier(m.Groups["mod"].Value))
        {
            // "about three days" is marked "three days" in TimeBank; "about two years ago" keeps its "about".
            start = m.Groups["det"].Success ? m.Groups["det"].Index : m.Groups["num"].Index;
            mod = null;
        }
        if (m.Groups["or"].Value.StartsWith("or so", StringComparison.OrdinalIgnoreCase))
            mod = "APPROX";
        if (m.Groups["or"].Value.StartsWith("or more", StringComparison.OrdinalIgnoreCase))
            mod = "EQUAL_OR_MORE";
        var durationValue = vague ? (unit.IsTime ? "PTX" + unit.Letter : "PX" + unit.Letter) : DurationValue(count!.Value, unit.Unit, unit.Letter, unit.IsTime);

        var dir = Regex.Replace(m.Groups["dir"].Value.ToLowerInvariant(), @"\s+", " ");
        if (dir is "before" or "after" or "back" && !EndsClause(ctx.Text, m.Index + m.Length))
        {
            // "two days after the vote": the duration alone; the signal word stays outside.
            var end = m.Groups["dir"].Index;
            while (end > m.Index && char.IsWhiteSpace(ctx.Text[end - 1]))
                end--;
            return new(TimexType.Duration, durationValue, unit.Unit, "duration before a signal word") { Mod = mod, End = end, Start = start };
        }
        if (dir.Length == 0 && numText is "a" or "an" && RateBefore(ctx.Text, m.Index))
            return new(TimexType.Set, DurationValue(1, unit.Unit, unit.Letter, unit.IsTime), TimePrecision.Reference, $"\"{m.Value}\" after an amount: a rate, every {unitWord}") { Start = start };
        if (dir.Length == 0 || det.Length > 0 && det is not ("the" or "another"))
            return new(TimexType.Duration, durationValue, unit.Unit, "duration") { Mod = mod, Start = start };

        var past = dir is "ago" or "earlier" or "before" or "previously" or "back" or "in the past";
        var sign = past ? -1 : 1;
        if ((vague || unit.IsTime) && dir is "later" or "earlier" or "after" or "before")
        {
            // "an hour later", "a few days later": TimeBank marks the length alone.
            var end = m.Groups["dir"].Index;
            while (end > m.Index && char.IsWhiteSpace(ctx.Text[end - 1]))
                end--;
            return new(TimexType.Duration, durationValue, unit.Unit, $"duration before \"{dir}\"") { Mod = mod, End = end, Start = start };
        }
        if (vague || unit.IsTime)
        {
            if (unit.IsTime && !vague && ctx.KnowsDay && dir is "ago")
                return new(TimexType.Duration, durationValue, unit.Unit, "hours ago: kept as a duration") { Mod = mod };
            return new(TimexType.Date, past ? "PAST_REF" : "FUTURE_REF", TimePrecision.Reference, $"vague \"{numText} {unitWord} {dir}\"") { Mod = mod };
        }
        var n = (int)Math.Round(count!.Value * (unit.Unit == TimePrecision.Decade ? 1 : 1));
        var granularity = unit.Unit == TimePrecision.Week && unit.Letter == "WE" ? TimePrecision.Week : unit.Unit;
        if (dir is "ago" or "from now" or "hence")
        {
            // "a year ago" in a quarterly report means the same quarter a year before (TimeBank convention).
            if (unit.Unit == TimePrecision.Year && n == 1 && ctx.LastQuarter is { } q && ctx.KnowsYear && q.Day.Year == ctx.Day.Year)
                return QuarterReference(ctx, -4, $"\"{m.Value}\"") is { } qr ? qr with { Mod = mod } : null;
            if (!ctx.KnowsYear || (!ctx.KnowsDay && granularity > TimePrecision.Year))
                return new(TimexType.Date, past ? "PAST_REF" : "FUTURE_REF", TimePrecision.Reference, $"\"{dir}\" without an anchor") { Mod = mod };
            return ctx.OnAnchor(TimexType.Date, CalendarPoint.Of(ctx.Day, granularity).Shift(sign * n, unit.Unit), $"\"{numText} {unitWord} {dir}\"") with { Mod = mod };
        }
        // "two days later", "a year earlier": from the date the text set, else the anchor.
        if (unit.Unit == TimePrecision.Year && n == 1 && past && ctx.LastQuarter is not null)
            return QuarterReference(ctx, -4, $"\"{m.Value}\"") is { } qr2 ? qr2 with { Mod = mod } : null;
        var r = ctx.OnReference(TimexType.Date, p => p.Shift(sign * n, unit.Unit), granularity, $"\"{numText} {unitWord} {dir}\"");
        return r is null ? new(TimexType.Date, past ? "PAST_REF" : "FUTURE_REF", TimePrecision.Reference, $"\"{dir}\" without a reference") { Mod = mod } : r with { Mod = mod };
    }

    private static Resolution? VagueDuration(Match m, ResolutionContext ctx)
    {
        var pre = Regex.Replace(m.Groups["pre"].Value.ToLowerInvariant(), @"\s+", " ");
        // "in recent years", "in past years": TimeBank reads these as a vague past, not a length.
        if (pre is "recent" or "past" && m.Groups["unit"].Value.Equals("years", StringComparison.OrdinalIgnoreCase))
            return new(TimexType.Date, "PAST_REF", TimePrecision.Reference, $"\"{pre} years\": a reference to the past");
        var u = ParseUnit(m.Groups["unit"].Value)!.Value;
        return new(TimexType.Duration, u.IsTime ? "PTX" + u.Letter : "PX" + u.Letter, u.Unit, "vague duration");
    }

    private static Resolution? ReferenceDay(Match m, ResolutionContext ctx)
    {
        var unitWord = m.Groups["unit"].Value.ToLowerInvariant();
        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        var ba = m.Groups["ba"].Value.ToLowerInvariant();
        var shift = rel is "next" or "following" || ba == "after" ? 1 : rel is "previous" or "preceding" or "prior" || ba == "before" ? -1 : 0;
        var pod = PartsOfDay.TryGetValue(unitWord, out var code) ? code : null;
        var unit = unitWord switch { "week" => TimePrecision.Week, "month" => TimePrecision.Month, "year" => TimePrecision.Year, _ => TimePrecision.Day };
        if (unitWord == "night" && rel is "next" or "following" or "previous")
            pod = "NI";
        // "the next day" after "3 May" is a day, "later that month" the month: the unit sets the precision.
        var r = ctx.OnReference(TimexType.Date, p => p.As(unit).Shift(shift, unit), unit, $"\"{m.Value}\"");
        if (r is null)
            return new(TimexType.Date, RelativeUnknown(unit, unitWord), unit, $"\"{m.Value}\", no reference: kept relative");
        if (pod is not null && unit == TimePrecision.Day && rel.Length > 0)
            return r with { Type = TimexType.Time, Value = r.Value + "T" + pod, Precision = TimePrecision.PartOfDay };
        var pre = m.Groups["pre"].Value.Trim().ToLowerInvariant();
        return r with { Mod = pre switch { "earlier" => "START", "later" => "END", _ => null } };
    }

    private static Resolution? DayOffDate(Match m, ResolutionContext ctx)
    {
        var day = m.Groups["day"];
        var sub = ResolveDayPhrase(day.Value, day.Index, day.Index + day.Length, ctx);
        // Only a resolved calendar day can be counted from ("XXXX-WXX-2" stays with its own rule).
        if (sub is not { Point: { Granularity: TimePrecision.Day } point })
            return null;
        var shift = m.Groups["ba"].Value.Equals("after", StringComparison.OrdinalIgnoreCase) ? 1 : -1;
        var p = CalendarPoint.Of(point.Day.AddDays(shift), TimePrecision.Day);
        return new(TimexType.Date, p.Format(), TimePrecision.Day, $"the day {m.Groups["ba"].Value.ToLowerInvariant()} {sub.Reason}")
        {
            Anchor = point.Format(),
            AnchorKind = TimeAnchorKind.Text,
            Point = p,
        };
    }

    private static Resolution? CoordinatedDay(Match m, ResolutionContext ctx)
    {
        // "April 24 and 25": the month and year of the date named just before, resolved as that date is.
        var before = FirstOfCoordinatedDays.Match(ctx.Text[Math.Max(0, m.Index - 30)..m.Index]);
        if (!before.Success)
            return null;
        var first = before.Groups["first"];
        var start = Math.Max(0, m.Index - 30) + first.Index;
        if (ResolveDayPhrase(first.Value, start, start + first.Length, ctx) is not { Point: { Granularity: TimePrecision.Day } named } sub)
            return null;
        var day = int.Parse(m.Groups["d"].Value, Inv);
        if (!TryDate(named.Day.Year, named.Day.Month, day, out var date) || date <= named.Day)
            return null;
        var p = CalendarPoint.Of(date, TimePrecision.Day);
        return new(TimexType.Date, p.Format(), TimePrecision.Day, $"day coordinated with \"{first.Value}\" ({sub.Reason})")
        {
            Anchor = sub.Anchor,
            AnchorKind = sub.AnchorKind,
            Point = p,
        };
    }

    private static Resolution? Reference(Match m, ResolutionContext ctx)
    {
        var w = Regex.Replace(m.Groups["w"].Value.ToLowerInvariant(), @"\s+", " ");
        var value = w switch
        {
            "recently" or "more recently" or "most recently" or "the past" or "the distant past" or "the recent past" or "previously" or "formerly" or "lately" or "recent" => "PAST_REF",
            "the future" or "the near future" or "soon" or "a later date" or "future" or "the near term" or "the short term" => "FUTURE_REF",
            _ => "PRESENT_REF",
        };
        if (w is "recent" && !FollowedByWord(ctx.Text, m.Index + m.Length, "years", "months", "weeks", "days", "times", "decades", "history", "quarters"))
            return null;
        if (w is "future" && !FollowedByWord(ctx.Text, m.Index + m.Length))
            return null;
        if (w is "current" && FollowedByWord(ctx.Text, m.Index + m.Length, "account", "accounts", "affairs", "events", "flow", "flows", "situation", "law", "rules", "system", "level", "levels", "rate"))
            return null;
        return new(TimexType.Date, value, TimePrecision.Reference, $"\"{w}\": a reference to the {value[..^4].ToLowerInvariant()}");
    }

    private static Resolution? Holiday(Match m, ResolutionContext ctx)
    {
        var name = Regex.Replace(m.Groups["h"].Value, @"\s+", " ").ToLowerInvariant();
        int year;
        string how;
        if (m.Groups["y"].Success)
        {
            year = int.Parse(m.Groups["y"].Value, Inv);
            how = "holiday of a given year";
        }
        else if (!ctx.KnowsYear)
        {
            var fixedDay = FixedHoliday(name);
            return new(TimexType.Date, fixedDay is { } f ? $"XXXX-{f.Month:D2}-{f.Day:D2}" : "XXXX-XX-XX", TimePrecision.Day, "holiday, no anchor: kept relative");
        }
        else
        {
            year = ctx.Day.Year;
            how = "holiday in the anchor's year";
            if (ctx.KnowsDay && HolidayDate(name, year) is { } thisYear)
            {
                // "Elian was found on Thanksgiving Day" in a January article: last year's.
                var direction = ctx.DirectionAt(m.Index, m.Index + m.Length);
                var diff = thisYear.DayNumber - ctx.Day.DayNumber;
                if (diff > 0 && direction != TemporalDirection.Future && (diff > 90 || direction == TemporalDirection.Past))
                {
                    year--;
                    how = "holiday, the most recent one";
                }
                else if (diff < -90 && direction == TemporalDirection.Future)
                {
                    year++;
                    how = "holiday, the next one";
                }
            }
        }
        var date = HolidayDate(name, year);
        if (date is null)
            return null;
        var point = CalendarPoint.Of(date.Value, TimePrecision.Day);
        if (m.Groups["y"].Success)
            return new(TimexType.Date, point.Format(), TimePrecision.Day, how) { Point = point };
        return ctx.OnAnchor(TimexType.Date, point, how);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static (int Month, int Day)? FixedHoliday(string name) => name switch
    {
        "christmas" or "christmas day" => (12, 25),
        "christmas eve" => (12, 24),
        "new year's day" or "new year's" => (1, 1),
        "new year's eve" => (12, 31),
        "halloween" => (10, 31),
        "independence day" => (7, 4),
        "veterans day" => (11, 11),
        "valentine's day" => (2, 14),
        "boxing day" => (12, 26),
        _ => null,
    };

    private static DateOnly? HolidayDate(string name, int year)
    {
        if (FixedHoliday(name) is { } f)
            return new DateOnly(year, f.Month, f.Day);
        return name switch
        {
            "thanksgiving" or "thanksgiving day" => NthWeekday(year, 11, DayOfWeek.Thursday, 4),
            "labor day" => NthWeekday(year, 9, DayOfWeek.Monday, 1),
            "memorial day" => NthWeekday(year, 5, DayOfWeek.Monday, -1),
            "election day" => NthWeekday(year, 11, DayOfWeek.Monday, 1).AddDays(1),
            "easter" or "easter sunday" => Easter(year),
            _ => null,
        };
    }

    private static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        if (n > 0)
        {
            var first = new DateOnly(year, month, 1);
            var offset = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
            return first.AddDays(offset + 7 * (n - 1));
        }
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)weekday + 7) % 7));
    }

    // Anonymous Gregorian computus (Meeus/Jones/Butcher).
    private static DateOnly Easter(int y)
    {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451, month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(y, month, day);
    }

    private static int SeasonStartMonth(string season) => season switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 };

    public static string DurationValue(double n, TimePrecision unit, string letter, bool isTime)
    {
        if (unit == TimePrecision.Decade)
            return $"P{Num(n * 10)}Y";
        if (unit == TimePrecision.Century)
            return $"P{Num(n * 100)}Y";
        if (letter == "WE")
            return $"P{Num(n * 2)}D";
        if (n < 1 && n > 0)
        {
            // "half an hour" is PT30M, "half a year" P6M.
            return unit switch
            {
                TimePrecision.Hour => $"PT{Num(n * 60)}M",
                TimePrecision.Minute => $"PT{Num(n * 60)}S",
                TimePrecision.Day => $"PT{Num(n * 24)}H",
                TimePrecision.Week => $"P{Num(n * 7)}D",
                TimePrecision.Month => $"P{Num(n * 30)}D",
                TimePrecision.Year => $"P{Num(n * 12)}M",
                _ => $"P{Num(n)}{letter}",
            };
        }
        if (n != Math.Floor(n))
        {
            // "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M.
            var whole = Math.Floor(n);
            var rest = n - whole;
            return unit switch
            {
                TimePrecision.Year => $"P{Num(whole)}Y{Num(rest * 12)}M",
                TimePrecision.Month => $"P{Num(whole)}M{Num(rest * 30)}D",
                TimePrecision.Week => $"P{Num(n * 7)}D",
                TimePrecision.Day => $"P{Num(whole)}DT{Num(rest * 24)}H",
                TimePrecision.Hour => $"PT{Num(whole)}H{Num(rest * 60)}M",
                TimePrecision.Minute => $"PT{Num(whole)}M{Num(rest * 60)}S",
                _ => isTime ? $"PT{Num(n)}{letter}" : $"P{Num(n)}{letter}",
            };
        }
        return isTime ? $"PT{Num(n)}{letter}" : $"P{Num(n)}{letter}";
    }

    private static string Num(double n) => n.ToString("0.##", Inv);

    private static string RelativeUnknown(TimePrecision unit, string unitWord) => unit switch
    {
        TimePrecision.Day => "XXXX-XX-XX",
        TimePrecision.Week => unitWord == "weekend" ? "XXXX-WXX-WE" : "XXXX-WXX",
        TimePrecision.Month => "XXXX-XX",
        TimePrecision.Quarter => "XXXX-QX",
        TimePrecision.Half => "XXXX-HX",
        TimePrecision.Decade => "XXX",
        TimePrecision.Century => "XX",
        _ => "XXXX",
    };

    private static string? PreMod(string pre)
    {
        pre = Regex.Replace(pre.Trim().ToLowerInvariant(), @"\s+", " ");
        if (pre.Length == 0)
            return null;
        if (pre.StartsWith("early", StringComparison.Ordinal) || pre.StartsWith("the beginning", StringComparison.Ordinal) || pre.StartsWith("the start", StringComparison.Ordinal) || pre == "earlier" || pre == "earlier this")
            return "START";
        if (pre.StartsWith("late", StringComparison.Ordinal) || pre.StartsWith("the end", StringComparison.Ordinal) || pre == "end-" || pre == "later" || pre == "later this" || pre.StartsWith("the rest", StringComparison.Ordinal) || pre.StartsWith("the remainder", StringComparison.Ordinal) || pre.StartsWith("the balance", StringComparison.Ordinal))
            return "END";
        if (pre.StartsWith("mid", StringComparison.Ordinal) || pre.StartsWith("the middle", StringComparison.Ordinal))
            return "MID";
        return null;
    }

    private static bool StrongModifier(string mod) => Regex.Replace(mod.Trim().ToLowerInvariant(), @"\s+", " ") is "more than" or "less than" or "fewer than" or "well over" or "just over" or "just under" or "upwards of";

    /// <summary>"$1.76 a year", "24 hours a day", "700 seats a week": an amount before "a UNIT" makes it a rate.</summary>
    private static bool RateBefore(string text, int at)
    {
        var i = at - 1;
        while (i >= 0 && text[i] == ' ')
            i--;
        var end = i + 1;
        while (i >= 0 && !char.IsWhiteSpace(text[i]))
            i--;
        var word = text.AsSpan(i + 1, end - i - 1);
        if (word.IndexOfAnyInRange('0', '9') >= 0 || word.Equals("times", StringComparison.OrdinalIgnoreCase) || word.Equals("once", StringComparison.OrdinalIgnoreCase) || word.Equals("twice", StringComparison.OrdinalIgnoreCase))
            return true;
        // "$2 million a year", "700 seats a week": one more word back.
        var j = i;
        while (j >= 0 && text[j] == ' ')
            j--;
        var end2 = j + 1;
        while (j >= 0 && !char.IsWhiteSpace(text[j]))
            j--;
        return end2 > j + 1 && text.AsSpan(j + 1, end2 - j - 1).IndexOfAnyInRange('0', '9') >= 0 && word.Length > 0 && char.IsLower(word[0]);
    }

    private static string ModOf(string mod) => Regex.Replace(mod.Trim().ToLowerInvariant(), @"\s+", " ") switch
    {
        "more than" or "over" or "just over" or "well over" or "upwards of" => "MORE_THAN",
        "less than" or "fewer than" or "under" or "just under" or "barely" => "LESS_THAN",
        "nearly" or "almost" or "close to" => "LESS_THAN",
        "at least" => "EQUAL_OR_MORE",
        "at most" or "up to" => "EQUAL_OR_LESS",
        "only" or "just" => "EQUAL_OR_LESS",
        _ => "APPROX",
    };

    private static string ApproxMod(string approx)
    {
        var a = approx.Trim().ToLowerInvariant();
        return a.StartsWith("shortly before", StringComparison.Ordinal) || a.StartsWith("just before", StringComparison.Ordinal) ? "BEFORE"
            : a.StartsWith("shortly after", StringComparison.Ordinal) || a.StartsWith("just after", StringComparison.Ordinal) ? "AFTER" : "APPROX";
    }

    private static string StripOrdinal(string d) => d.TrimEnd('s', 't', 'n', 'd', 'r', 'h', 'S', 'T', 'N', 'D', 'R', 'H');

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>True when the word just before <paramref name="at"/> is one of <paramref name="words"/>.</summary>
    /// <summary>
    /// A capitalised "Today" or "This Week" that names something: a title in quotes ("This Week,"),
    /// or a programme or paper named after an acronym ("USA Today", "BBC Today"). A title-case headline
    /// ("Talks Resume This Week") is not a name: only quotes or an acronym before the words decide.
    /// </summary>
    private static bool IsPartOfName(string text, int start, int end)
    {
        var last = text.AsSpan(start, end - start).LastIndexOf(' ');
        var lastWord = last < 0 ? start : start + last + 1;
        if (!char.IsUpper(text[lastWord]))
            return false;
        var i = start - 1;
        // In quotes, a title is closed right after it ("This Week,") or goes on in capitals ("This Week With
        // David Brinkley"); a quotation that merely opens with the word ("Today, I'm here") is no title.
        if (i >= 0 && text[i] is '"' or '“' or '`' or '\'')
        {
            var k = end;
            if (k < text.Length && text[k] is ',' or '.')
                k++;
            if (k < text.Length && text[k] is '"' or '”' or '\'')
                return true;
            return k == end && k + 2 < text.Length && text[k] == ' ' && char.IsUpper(text[k + 1]) && char.IsLower(text[k + 2]);
        }
        while (i >= 0 && text[i] == ' ')
            i--;
        var j = i + 1;
        while (j > 0 && char.IsLetter(text[j - 1]))
            j--;
        var before = text.AsSpan(j, i + 1 - j);
        return before.Length >= 2 && !before.ContainsAnyExceptInRange('A', 'Z');
    }

    internal static bool PrecededBy(string text, int at, params string[] words)
    {
        var i = at - 1;
        while (i >= 0 && (text[i] == ' ' || text[i] == '-'))
            i--;
        var end = i + 1;
        while (i >= 0 && char.IsLetter(text[i]))
            i--;
        var word = text.AsSpan(i + 1, end - i - 1);
        foreach (var w in words)
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    private static bool FollowedByWord(string text, int at, params string[] words)
    {
        var i = at;
        while (i < text.Length && text[i] == ' ')
            i++;
        var start = i;
        while (i < text.Length && char.IsLetter(text[i]))
            i++;
        if (i == start)
            return false;
        if (words.Length == 0)
            return true;
        var word = text.AsSpan(start, i - start);
        foreach (var w in words)
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    private static readonly HashSet<string> NotNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "is", "as", "has", "its", "this", "his", "us", "plus", "versus", "thus", "whereas", "towards", "afterwards",
    };

    private static bool FollowedByPluralNoun(string text, int at)
    {
        var i = at;
        while (i < text.Length && text[i] == ' ')
            i++;
        var start = i;
        while (i < text.Length && char.IsLetter(text[i]))
            i++;
        if (i - start < 3 || !char.IsLower(text[start]))
            return false;
        var word = text[start..i];
        return word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !NotNouns.Contains(word);
    }

    private static bool EndsClause(string text, int at)
    {
        var i = at;
        while (i < text.Length && text[i] == ' ')
            i++;
        return i >= text.Length || text[i] is '.' or ',' or ';' or ':' or '!' or '?' or '\n' or ')' or '"' or '”' || FollowedByWord(text, at, "and", "but", "when", "that");
    }
}
