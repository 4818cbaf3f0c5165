using Dateline.Time;

namespace Dateline.Tests.Time;

/// <summary>Publication date in these tests: Thursday 16 May 2019 (ISO week 2019-W20). All sentences are made up.</summary>
public class TimeExpressionFinderTests
{
    private static readonly DateOnly Thursday = new(2019, 5, 16);

    private static TimeExpression Single(string text, string expression, DateOnly? anchor)
    {
        var found = TimeExpressionFinder.Find(text, anchor);
        var hit = found.FirstOrDefault(t => t.Text == expression);
        Assert.True(hit is not null, $"'{expression}' not found in '{text}'; found: {string.Join(" | ", found.Select(f => $"{f.Text}={f.Value}"))}");
        return hit!;
    }

    [Theory]
    [InlineData("The ministers met on Thursday in Rome.", "Thursday", "2019-05-16", TimePrecision.Day)]
    [InlineData("Fighting resumed last week near the airport.", "last week", "2019-W19", TimePrecision.Week)]
    [InlineData("The general flew to Cairo on Monday.", "Monday", "2019-05-13", TimePrecision.Day)]
    [InlineData("The talks will continue next week.", "next week", "2019-W21", TimePrecision.Week)]
    [InlineData("Exports fell sharply last year.", "last year", "2018", TimePrecision.Year)]
    [InlineData("The ceasefire collapsed in July.", "July", "2018-07", TimePrecision.Month)]
    [InlineData("Elections will be held in July.", "July", "2019-07", TimePrecision.Month)]
    [InlineData("Rebels attacked the base on Sunday.", "Sunday", "2019-05-12", TimePrecision.Day)]
    [InlineData("The envoy will travel to Tunis on Sunday.", "Sunday", "2019-05-19", TimePrecision.Day)]
    [InlineData("Prices rose yesterday.", "yesterday", "2019-05-15", TimePrecision.Day)]
    [InlineData("The vote is tomorrow.", "tomorrow", "2019-05-17", TimePrecision.Day)]
    [InlineData("Output grew this year.", "this year", "2019", TimePrecision.Year)]
    public void Resolves_the_issue_examples_against_thursday_16_may_2019(string text, string expression, string value, TimePrecision precision)
    {
        var t = Single(text, expression, Thursday);
        Assert.Equal(value, t.Value);
        Assert.Equal(TimexType.Date, t.Type);
        Assert.Equal(precision, t.Precision);
    }

    [Fact]
    public void Says_why_a_weekday_in_a_past_sentence_is_the_one_before_publication()
    {
        var t = Single("Rebels shelled the port on Sunday.", "Sunday", Thursday);
        Assert.Equal("2019-05-12", t.Value);
        Assert.Equal("2019-05-16", t.Anchor);
        Assert.Equal(TimeAnchorKind.Publication, t.AnchorKind);
        Assert.Contains("weekday, past tense", t.Reason, StringComparison.Ordinal);
        Assert.Contains("publication date 2019-05-16", t.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_more_than_a_month_of_fighting_as_a_duration_with_a_modifier()
    {
        var t = Single("The town fell after more than a month of fighting.", "more than a month", Thursday);
        Assert.Equal(TimexType.Duration, t.Type);
        Assert.Equal("P1M", t.Value);
        Assert.Equal("MORE_THAN", t.Mod);
    }

    [Theory]
    [InlineData("The accord was signed on 16 May 2019 in Geneva.", "16 May 2019", "2019-05-16")]
    [InlineData("The accord was signed on May 16, 2019, in Geneva.", "May 16, 2019", "2019-05-16")]
    [InlineData("The accord was signed on Thursday, May 16, 2019.", "Thursday, May 16, 2019", "2019-05-16")]
    [InlineData("The file is dated 2019-05-16 in the archive.", "2019-05-16", "2019-05-16")]
    [InlineData("The decree of 5/16/2019 was annulled.", "5/16/2019", "2019-05-16")]
    [InlineData("The harbour opened in March 1998.", "March 1998", "1998-03")]
    [InlineData("The harbour opened in 1998.", "1998", "1998")]
    [InlineData("Payment is due Sept. 30.", "Sept. 30", "2019-09-30")]
    [InlineData("The sanctions ended on 3 January.", "3 January", "2019-01-03")]
    [InlineData("The clinic was attacked last Oct. 23.", "last Oct. 23", "2018-10-23")]
    public void Resolves_absolute_formats(string text, string expression, string value) =>
        Assert.Equal(value, Single(text, expression, Thursday).Value);

    [Fact]
    public void Reads_a_day_range_with_its_first_and_last_day()
    {
        var t = Single("The summit will take place on 12-13 November.", "12-13 November", Thursday);
        Assert.Equal("2019-11-12", t.Value);
        Assert.Equal("2019-11-13", t.EndValue);
    }

    [Theory]
    [InlineData("Crops failed in the summer of 2018.", "the summer of 2018", "2018-SU", TimexType.Date)]
    [InlineData("The offensive began last winter.", "last winter", "2018-WI", TimexType.Date)]
    [InlineData("Profits doubled in the third quarter.", "the third quarter", "2018-Q3", TimexType.Date)]
    [InlineData("Profits are expected to double in the third quarter.", "the third quarter", "2019-Q3", TimexType.Date)]
    [InlineData("Revenue in the fourth quarter of 2018 was flat.", "the fourth quarter of 2018", "2018-Q4", TimexType.Date)]
    [InlineData("The army will withdraw in the first half of next year.", "the first half of next year", "2020-H1", TimexType.Date)]
    [InlineData("Trade collapsed in the 1990s.", "the 1990s", "199", TimexType.Date)]
    [InlineData("Fiscal 2018 results were weak.", "Fiscal 2018", "2018", TimexType.Date)]
    [InlineData("The shelling started this morning.", "this morning", "2019-05-16TMO", TimexType.Time)]
    [InlineData("Sirens sounded last night.", "last night", "2019-05-15TNI", TimexType.Time)]
    [InlineData("The curfew will start at 10 p.m. Friday.", "10 p.m. Friday", "2019-05-17T22:00", TimexType.Time)]
    [InlineData("The council meets every Monday.", "every Monday", "XXXX-WXX-1", TimexType.Set)]
    [InlineData("Patrols run daily.", "daily", "P1D", TimexType.Set)]
    [InlineData("The 65-year-old general resigned.", "65-year-old", "P65Y", TimexType.Duration)]
    [InlineData("The talks lasted two weeks.", "two weeks", "P2W", TimexType.Duration)]
    [InlineData("Shops have been shut for the past three months.", "the past three months", "P3M", TimexType.Duration)]
    [InlineData("The minister resigned two years ago.", "two years ago", "2017", TimexType.Date)]
    [InlineData("The unrest is now over.", "now", "PRESENT_REF", TimexType.Date)]
    public void Resolves_seasons_quarters_parts_of_day_sets_ages_and_decades(string text, string expression, string value, TimexType type)
    {
        var t = Single(text, expression, Thursday);
        Assert.Equal(value, t.Value);
        Assert.Equal(type, t.Type);
    }

    [Fact]
    public void Marks_the_start_of_early_next_year()
    {
        var t = Single("The port will reopen early next year.", "early next year", Thursday);
        Assert.Equal("2020", t.Value);
        Assert.Equal("START", t.Mod);
    }

    [Fact]
    public void Anchors_two_days_later_on_the_date_the_text_established()
    {
        var t = Single("On 3 May the convoy left Sirte. Two days later it reached the border.", "Two days later", Thursday);
        Assert.Equal("2019-05-05", t.Value);
        Assert.Equal(TimeAnchorKind.Text, t.AnchorKind);
        Assert.Equal("2019-05-03", t.Anchor);
    }

    [Fact]
    public void Anchors_the_next_day_on_the_date_the_text_established()
    {
        var t = Single("The rally was held on 1 April 2019. The next day police made arrests.", "The next day", Thursday);
        Assert.Equal("2019-04-02", t.Value);
    }

    [Theory]
    [InlineData("The ministers met on Thursday.", "Thursday", "XXXX-WXX-4")]
    [InlineData("Fighting resumed last week.", "last week", "XXXX-WXX")]
    [InlineData("The ceasefire collapsed in July.", "July", "XXXX-07")]
    [InlineData("The accord was signed on 16 May 2019.", "16 May 2019", "2019-05-16")]
    public void Keeps_values_relative_without_a_publication_date(string text, string expression, string value)
    {
        var t = Single(text, expression, null);
        Assert.Equal(value, t.Value);
    }

    [Theory]
    [InlineData("You may go now, said the guard.", "may")]
    [InlineData("Protesters march on the capital.", "march")]
    [InlineData("Some 2000 soldiers were deployed.", "2000")]
    [InlineData("He came second in the race.", "second")]
    public void Ignores_words_that_only_look_like_time(string text, string word)
    {
        var found = TimeExpressionFinder.Find(text, Thursday);
        Assert.DoesNotContain(found, t => t.Text.Equals(word, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Quotes_every_expression_exactly_at_its_span()
    {
        const string text = "On Monday, two days after the vote, officials said the talks would resume next week.";
        var found = TimeExpressionFinder.Find(text, Thursday);
        Assert.NotEmpty(found);
        foreach (var t in found)
            Assert.Equal(t.Text, text[t.Span.Start..t.Span.End]);
        Assert.Contains(found, t => t.Text == "two days" && t.Value == "P2D");
    }

    [Theory]
    [InlineData("Profit rose in the third quarter. A year earlier the company lost money.", "A year earlier", "2017-Q3")]
    [InlineData("Profit rose in the third quarter. Sales in the quarter were flat.", "the quarter", "2018-Q3")]
    [InlineData("Profit rose in the third quarter, compared with the year-ago quarter.", "the year-ago quarter", "2017-Q3")]
    [InlineData("Sales fell in the quarter ended Sept. 30.", "the quarter", "2018-Q3")]
    // A fiscal quarter ended July 31 runs May to July: most of it is the calendar Q2.
    [InlineData("Sales fell in the quarter ended July 31.", "the quarter", "2018-Q2")]
    [InlineData("Net income for the year ended March 31 rose.", "the year", "P1Y")]
    [InlineData("The refugees lived in camps for 2 1/2 years.", "2 1/2 years", "P2Y6M")]
    [InlineData("The boat was found on Thanksgiving Day last year.", "Thanksgiving Day", "2018-11-22")]
    [InlineData("Inspectors visit twice a week.", "twice a week", "P1W")]
    [InlineData("The plant makes 700 cars a week.", "a week", "P1W")]
    [InlineData("Talks must end by August.", "August", "2019-08")]
    [InlineData("The war ended in the 20th century.", "the 20th century", "19")]
    [InlineData("The crisis began in nineteen ninety-six.", "nineteen ninety-six", "1996")]
    [InlineData("The fighting stopped an hour later.", "an hour", "PT1H")]
    public void Resolves_financial_anaphora_fractions_holidays_rates_and_spelled_forms(string text, string expression, string value) =>
        Assert.Equal(value, Single(text, expression, Thursday).Value);

    [Fact]
    public void Gives_twice_a_week_a_frequency()
    {
        var t = Single("Inspectors visit twice a week.", "twice a week", Thursday);
        Assert.Equal(TimexType.Set, t.Type);
        Assert.Equal("2X", t.Freq);
    }

    [Fact]
    public void Leaves_ages_out_when_asked_without_turning_them_into_durations()
    {
        var found = TimeExpressionFinder.Find("The 52 years old envoy resigned.", TimeAnchor.Publication(Thursday), new TimeFinderOptions { IncludeAges = false });
        Assert.Empty(found);
    }

    [Theory]
    [InlineData("The ceasefire began on 3 March 2019. The following week talks resumed.", "The following week", "2019-W10")]
    [InlineData("The ceasefire began on 3 March 2019. The day before, shelling had stopped.", "The day before", "2019-03-02")]
    [InlineData("The ceasefire began on 3 March 2019. Later that month the envoy left.", "Later that month", "2019-03")]
    [InlineData("The ceasefire began on 3 March 2019. Three weeks later it collapsed.", "Three weeks later", "2019-03-24")]
    public void Moves_the_reference_time_to_the_date_the_text_set(string text, string expression, string value)
    {
        var t = Single(text, expression, Thursday);
        Assert.Equal(value, t.Value);
        Assert.Equal(TimeAnchorKind.Text, t.AnchorKind);
    }

    [Theory]
    [InlineData("The market opens every other week.", "every other week", "P2W")]
    [InlineData("Protesters gather on Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI")]
    [InlineData("The festival is held each July.", "each July", "XXXX-07")]
    [InlineData("Figures are published monthly.", "monthly", "P1M")]
    public void Reads_recurrences_as_sets(string text, string expression, string value)
    {
        var t = Single(text, expression, Thursday);
        Assert.Equal(TimexType.Set, t.Type);
        Assert.Equal(value, t.Value);
    }

    [Theory]
    [InlineData("Prices rose yesterday.", "yesterday", "XXXX-XX-XX")]
    [InlineData("Talks resume next year.", "next year", "XXXX")]
    [InlineData("Profit rose in the third quarter.", "the third quarter", "XXXX-Q3")]
    [InlineData("Sirens sounded last night.", "last night", "XXXX-XX-XXTNI")]
    [InlineData("The talks lasted two weeks.", "two weeks", "P2W")]
    public void Keeps_deictic_values_relative_without_an_anchor_and_durations_intact(string text, string expression, string value)
    {
        var t = Single(text, expression, null);
        Assert.Equal(value, t.Value);
        Assert.Null(t.Anchor);
    }

    [Theory]
    [InlineData("Troops will leave by mid-2020.", "mid-2020", "2020", "MID")]
    [InlineData("The deal collapsed at the end of March.", "the end of March", "2019-03", "END")]
    [InlineData("Growth slowed in early 2018.", "early 2018", "2018", "START")]
    [InlineData("Fighting stopped in late November.", "late November", "2018-11", "END")]
    public void Marks_parts_of_periods_with_a_modifier(string text, string expression, string value, string mod)
    {
        var t = Single(text, expression, Thursday);
        Assert.Equal(value, t.Value);
        Assert.Equal(mod, t.Mod);
    }

    [Theory]
    [InlineData("The envoy will return next Tuesday.", "next Tuesday", "2019-05-21")]
    [InlineData("Rebels withdrew last Friday.", "last Friday", "2019-05-10")]
    [InlineData("The economy shrank over the past 10 years.", "the past 10 years", "P10Y")]
    [InlineData("Aid arrives in the coming days.", "the coming days", "PXD")]
    [InlineData("The border opened in 2015. The following year it closed again.", "The following year", "2016")]
    [InlineData("Markets close on Dec. 25-26 for the holiday.", "Dec. 25-26", "2018-12-25")]
    public void Resolves_more_relative_forms(string text, string expression, string value) =>
        Assert.Equal(value, Single(text, expression, Thursday).Value);

    [Theory]
    // "before" followed by a noun phrase or clause is a preposition: the day is relative to an event, not a date.
    [InlineData("He was last seen the day before the ministers signed the accord.")]
    [InlineData("The talks stalled the night after the vote.")]
    // "high noon" is an idiom, not a clock time.
    [InlineData("For the coalition, it was high noon.")]
    public void Does_not_resolve_event_relative_days_or_idioms(string text)
    {
        var found = TimeExpressionFinder.Find(text, Thursday);
        Assert.DoesNotContain(found, t => t.Text.Contains("before", StringComparison.Ordinal) || t.Text.Contains("after", StringComparison.Ordinal) || t.Text.Contains("noon", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Still_reads_the_day_before_at_the_end_of_a_clause()
    {
        var t = Single("The ceasefire began on 3 May. Shelling had stopped the day before.", "the day before", Thursday);
        Assert.Equal("2019-05-02", t.Value);
    }

    [Theory]
    // "the previous Friday" is anaphoric: the Friday before the day the text is on (Saturday 4 May 2019);
    // "last Friday" stays deictic: the one before publication.
    [InlineData("The index rose on 4 May, up 2% from the previous Friday.", "the previous Friday", "2019-05-03")]
    [InlineData("The index rose on 4 May, up 2% from last Friday.", "last Friday", "2019-05-10")]
    public void Resolves_the_previous_weekday_from_the_day_the_text_is_on(string text, string expression, string value) =>
        Assert.Equal(value, Single(text, expression, Thursday).Value);
}
