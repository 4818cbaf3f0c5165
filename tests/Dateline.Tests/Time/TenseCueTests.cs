using Dateline.Time;

namespace Dateline.Tests.Time;

/// <summary>
/// Direction of bare weekdays and months from the clause's tense. Publication date: Thursday 16 May 2019.
/// All sentences are made up.
/// </summary>
public class TenseCueTests
{
    private static readonly DateOnly Thursday = new(2019, 5, 16);

    private static readonly DateOnly NovemberThursday = new(2019, 11, 14);

    private static string ValueOf(string text, string expression) => ValueOf(text, expression, Thursday);

    private static string ValueOf(string text, string expression, DateOnly anchor)
    {
        var found = TimeExpressionFinder.Find(text, anchor);
        var hit = found.FirstOrDefault(t => t.Text == expression);
        Assert.True(hit is not null, $"'{expression}' not found in '{text}'; found: {string.Join(" | ", found.Select(f => $"{f.Text}={f.Value}"))}");
        return hit!.Value;
    }

    [Theory]
    // A deadline or an earliest time points forward even in a past-tense clause.
    [InlineData("The court postponed the hearing until Tuesday.", "Tuesday", "2019-05-21")]
    [InlineData("The envoy extended the deadline until 9 a.m. Tuesday.", "9 a.m. Tuesday", "2019-05-21T09:00")]
    [InlineData("The delegation could arrive as soon as Monday, officials said.", "Monday", "2019-05-20")]
    [InlineData("Ministers agreed the text must be ready by Monday.", "Monday", "2019-05-20")]
    // ... unless the clause is in the past perfect.
    [InlineData("Only four members had filed their reports by Tuesday.", "Tuesday", "2019-05-14")]
    public void Reads_until_by_and_as_soon_as_as_deadlines(string text, string expression, string value) =>
        Assert.Equal(value, ValueOf(text, expression));

    [Theory]
    [InlineData("The offer had been due to expire Monday.", "Monday", "2019-05-13")]
    [InlineData("The vote had been scheduled for Monday.", "Monday", "2019-05-13")]
    [InlineData("The vote is scheduled for Monday.", "Monday", "2019-05-20")]
    public void Takes_a_plan_in_the_past_perfect_as_past(string text, string expression, string value) =>
        Assert.Equal(value, ValueOf(text, expression));

    [Theory]
    [InlineData("The team planned to leave the capital on Saturday.", "Saturday", "2019-05-18")]
    [InlineData("The union is planning a strike in September.", "September", "2019-09")]
    [InlineData("The bonus would be paid in January.", "January", "2020-01")]
    [InlineData("The treaty is to be signed in June.", "June", "2019-06")]
    public void Reads_plans_and_modal_be_as_future(string text, string expression, string value) =>
        Assert.Equal(value, ValueOf(text, expression));

    [Theory]
    // "succeed" ends in -ed but is not a past form; "agreed" is.
    [InlineData("The deputy will succeed the governor in March.", "March", "2020-03")]
    [InlineData("The parties agreed on a truce in March.", "March", "2019-03")]
    public void Does_not_take_every_word_ending_in_eed_as_past(string text, string expression, string value) =>
        Assert.Equal(value, ValueOf(text, expression));

    [Theory]
    // Published 14 November 2019. "the reduced dividend": an -ed word after a determiner is an adjective, not a past verb.
    [InlineData("The reduced dividend is payable Feb. 3 to holders of record.", "Feb. 3", "2020-02-03")]
    [InlineData("The revised tariff schedule, effective April 1, was published.", "April 1", "2020-04-01")]
    [InlineData("The revised tariff schedule was published on April 1.", "April 1", "2019-04-01")]
    public void Reads_payable_and_effective_dates_as_coming(string text, string expression, string value) =>
        Assert.Equal(value, ValueOf(text, expression, NovemberThursday));

    [Theory]
    // Published 14 November 2019: a date nine months back stays in the past when the clause says so;
    // without a cue it is the nearer, coming one.
    [InlineData("In the fiscal year ended Jan. 31, the cooperative lost money.", "Jan. 31", "2019-01-31")]
    [InlineData("Holders of record on Jan. 31 receive the payment.", "Jan. 31", "2020-01-31")]
    public void Keeps_a_date_far_back_in_the_past_when_the_verb_is_past(string text, string expression, string value) =>
        Assert.Equal(value, ValueOf(text, expression, NovemberThursday));

    [Theory]
    // "next to", "coming from": place words, no tense cue; the past verb decides.
    [InlineData("A bomb ripped through the hall next to the embassy on Friday.", "Friday", "2019-05-10")]
    [InlineData("Refugees coming from the north were turned back on Saturday.", "Saturday", "2019-05-11")]
    // "vacation plans" is a noun, not a plan to do something.
    [InlineData("On Saturday, when the minister set aside vacation plans, the talks resumed.", "Saturday", "2019-05-11")]
    public void Ignores_next_coming_and_plans_when_they_are_not_about_time(string text, string expression, string value) =>
        Assert.Equal(value, ValueOf(text, expression));

    [Theory]
    // An expression inside the intended act of "agreed to", "vowed to" looks ahead.
    [InlineData("The firm agreed to sell its shipping unit in September.", "September", "2019-09")]
    [InlineData("The rebels vowed to return to the capital on Saturday.", "Saturday", "2019-05-18")]
    // Without the infinitive the past verb decides: "agreed to a ceasefire" is the agreement itself.
    [InlineData("The firm sold its shipping unit in September.", "September", "2018-09")]
    [InlineData("Sarraj and Haftar agreed to a ceasefire in Moscow on Monday.", "Monday", "2019-05-13")]
    [InlineData("Haftar agreed to the UN plan on Monday.", "Monday", "2019-05-13")]
    public void Reads_an_expression_inside_an_intended_act_as_future(string text, string expression, string value) =>
        Assert.Equal(value, ValueOf(text, expression));

    [Fact]
    public void Does_not_take_un_adjectives_for_past_verbs()
    {
        // "unspecified" is an adjective; "would be paid" looks ahead.
        Assert.Equal("2020-01", ValueOf("The bonus would be paid on a still unspecified date in January.", "January", NovemberThursday));
    }
}
