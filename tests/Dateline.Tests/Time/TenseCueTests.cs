using Dateline.Time;

namespace Dateline.Tests.Time;

/// <summary>
/// Direction of bare weekdays and months from the clause's tense. Publication date: Thursday 16 May 2019.
/// All sentences are made up.
/// </summary>
public class TenseCueTests
{
    private static readonly DateOnly Thursday = new(2019, 5, 16);

    private static string ValueOf(string text, string expression)
    {
        var found = TimeExpressionFinder.Find(text, Thursday);
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
}
