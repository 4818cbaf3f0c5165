using Dateline.Time;

namespace Dateline.Tests.Time;

/// <summary>
/// The session-3 rules, one behaviour each. Publication date: Thursday 16 May 2019 (ISO week 2019-W20)
/// unless a test says otherwise. All sentences are made up.
/// </summary>
public class NamedRuleTests
{
    private static readonly DateOnly Thursday = new(2019, 5, 16);

    private static readonly DateOnly OctoberMonday = new(2019, 10, 28);

    private static IReadOnlyList<TimeExpression> Find(string text, DateOnly anchor) => TimeExpressionFinder.Find(text, anchor);

    private static TimeExpression Single(string text, string expression, DateOnly anchor)
    {
        var found = Find(text, anchor);
        var hit = found.FirstOrDefault(t => t.Text == expression);
        Assert.True(hit is not null, $"'{expression}' not found in '{text}'; found: {string.Join(" | ", found.Select(f => $"{f.Text}={f.Value}"))}");
        return hit!;
    }

    [Theory]
    [InlineData("The militia withdrew from the port this past spring.", "this past spring", "2019-SP")]
    [InlineData("The refinery reopened this past summer, the ministry said.", "this past summer", "2019-SU")]
    public void Reads_this_past_season_as_the_most_recent_one(string text, string expression, string value)
    {
        var t = Single(text, expression, OctoberMonday);
        Assert.Equal(TimexType.Date, t.Type);
        Assert.Equal(value, t.Value);
    }

    [Fact]
    public void Reads_this_past_weekend_on_a_weekday_as_the_weekend_just_gone()
    {
        Assert.Equal("2019-W43-WE", Single("Delegates met in Tunis this past weekend.", "this past weekend", OctoberMonday).Value);
    }

    [Fact]
    public void Reads_a_month_after_the_as_a_month_not_a_verb()
    {
        Assert.Equal("2019-03", Single("The March offensive stalled near the airport.", "March", Thursday).Value);
    }

    [Fact]
    public void Keeps_a_month_that_closes_a_span_of_this_year_in_the_anchor_year()
    {
        // Without the rule "through" makes August a deadline, i.e. next August.
        Assert.Equal("2019-08", Single("Arms sales this year through August fell by a third.", "August", OctoberMonday).Value);
    }

    [Theory]
    // A present-tense clause opened by "when", "if", "before" ... speaks of what is still ahead.
    [InlineData("The envoy had not signed the accord, which lapses if the appeal is decided in July.", "July", "2019-07")]
    [InlineData("Lawyers said the militia must leave before the appeal is decided in June.", "June", "2019-06")]
    // A past form in that clause keeps it in the past.
    [InlineData("Lawyers said the militia left when the appeal was decided in April.", "April", "2019-04")]
    // Present perfect looks back: "has been ... since March".
    [InlineData("The frigate, which has stayed in port since March, sailed.", "March", "2019-03")]
    public void Reads_the_tense_of_a_subordinate_clause(string text, string expression, string value)
    {
        Assert.Equal(value, Single(text, expression, Thursday).Value);
    }

    [Fact]
    public void Ends_a_sentence_at_a_year_followed_by_a_period()
    {
        // Without the boundary, "expects" in the sentence before is the nearest cue and June would be next June.
        var t = Single("The group expects to grow in 2020. In June it bought a port.", "June", OctoberMonday);
        Assert.Equal("2019-06", t.Value);
    }

    [Theory]
    [InlineData("The index rose eight trading days after the vote.", "eight trading days", "P8D")]
    [InlineData("Payment is due within ten business days.", "ten business days", "P10D")]
    public void Reads_trading_and_business_days_as_durations(string text, string expression, string value)
    {
        var t = Single(text, expression, Thursday);
        Assert.Equal(TimexType.Duration, t.Type);
        Assert.Equal(value, t.Value);
    }

    [Fact]
    public void Does_not_read_a_calendar_year_as_a_duration()
    {
        Assert.DoesNotContain(Find("The firm moved from a fiscal year to a calendar year.", Thursday), t => t.Text.Contains("calendar", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_the_weeks_ahead_as_a_vague_duration()
    {
        var t = Single("Traders expect more selling in the weeks ahead.", "the weeks ahead", Thursday);
        Assert.Equal(TimexType.Duration, t.Type);
        Assert.Equal("PXW", t.Value);
    }

    [Theory]
    [InlineData("The post-2011 order split the tribes.", "post-2011", "AFTER")]
    [InlineData("Output is still below pre-2011 levels.", "pre-2011", "BEFORE")]
    public void Reads_post_and_pre_years_as_the_year_with_a_modifier(string text, string expression, string mod)
    {
        var t = Single(text, expression, Thursday);
        Assert.Equal("2011", t.Value);
        Assert.Equal(mod, t.Mod);
    }

    [Theory]
    [InlineData("Grain ran short in the summer of nineteen eighty-nine.", "the summer of nineteen eighty-nine", "1989-SU")]
    [InlineData("March nineteen ninety-six. The port closes again.", "March nineteen ninety-six", "1996-03")]
    public void Joins_a_season_or_month_to_a_spelled_out_year(string text, string expression, string value)
    {
        Assert.Equal(value, Single(text, expression, Thursday).Value);
    }

    [Fact]
    public void Puts_a_part_of_day_on_the_day_named_after_it()
    {
        var t = Single("Bond yields eased by mid-afternoon yesterday in Tunis.", "mid-afternoon yesterday", Thursday);
        Assert.Equal(TimexType.Time, t.Type);
        Assert.Equal("2019-05-15TAF", t.Value);
        Assert.Equal("MID", t.Mod);
    }

    [Theory]
    [InlineData("The day before last Monday's vote, the envoy flew to Rome.", "The day before last Monday", "2019-05-12")]
    [InlineData("The day after May 3 the militia withdrew.", "The day after May 3", "2019-05-04")]
    public void Counts_one_day_from_a_named_day(string text, string expression, string value)
    {
        var t = Single(text, expression, Thursday);
        Assert.Equal(value, t.Value);
        Assert.Equal(TimePrecision.Day, t.Precision);
    }

    [Fact]
    public void Leaves_the_day_before_an_event_unresolved()
    {
        Assert.DoesNotContain(Find("The day before the vote the envoy left.", Thursday), t => t.Text.StartsWith("The day", StringComparison.Ordinal));
    }

    [Fact]
    public void Gives_a_coordinated_day_the_month_of_the_date_before_it()
    {
        var found = Find("The summit will be held on June 24 and 25 in Tunis.", Thursday);
        Assert.Contains(found, t => t.Text == "June 24" && t.Value == "2019-06-24");
        var second = Assert.Single(found, t => t.Text == "25");
        Assert.Equal("2019-06-25", second.Value);
        Assert.Equal(TimeAnchorKind.Publication, second.AnchorKind);
    }

    [Fact]
    public void Does_not_take_a_count_after_a_date_for_a_day()
    {
        Assert.DoesNotContain(Find("On June 24 and 25 people were hurt.", Thursday), t => t.Text == "25");
    }

    [Theory]
    [InlineData("The minister said on the \"This Week,\" programme that talks were over.", "This Week")]
    [InlineData("The minister said on \"This Week With Jane Doe\" that talks were over.", "This Week")]
    [InlineData("The minister told USA Today that talks were over.", "Today")]
    public void Does_not_take_a_programme_or_paper_name_for_a_time(string text, string name)
    {
        Assert.DoesNotContain(Find(text, Thursday), t => t.Text == name);
    }

    [Theory]
    [InlineData("\"Today, I am here to tell you the truth,\" he said.", "Today", "2019-05-16")]
    [InlineData("Talks Resume This Week in Geneva", "This Week", "2019-W20")]
    public void Still_reads_a_capitalised_today_or_this_week_that_is_no_name(string text, string expression, string value)
    {
        Assert.Equal(value, Single(text, expression, Thursday).Value);
    }

    [Theory]
    [InlineData("Demand should stay weak through the first two quarters of 2020.", "the first two quarters of 2020", "2020-H1")]
    [InlineData("Demand should stay weak through at least the first two quarters of 2020.", "the first two quarters of 2020", "2020-H1")]
    [InlineData("Output will recover in the last two quarters of next year.", "the last two quarters of next year", "2020-H2")]
    public void Reads_two_quarters_of_a_year_as_its_half(string text, string expression, string value)
    {
        Assert.Equal(value, Single(text, expression, Thursday).Value);
    }
}
