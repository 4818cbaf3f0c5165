using Dateline.Web.Desk;

namespace Dateline.IntegrationTests;

public sealed class DeskDatesTests
{
    [Theory]
    [InlineData("2019-05-16", "2019-05-16")]
    [InlineData("2019-05", "2019-05-01")]
    [InlineData("2019", "2019-01-01")]
    [InlineData("2019-W20", "2019-05-13")]
    [InlineData("2019-W60", null)]
    [InlineData("2019-SU", null)]
    [InlineData("", null)]
    public void Draws_calendar_values_at_their_first_day(string value, string? day) =>
        Assert.Equal(day is null ? null : DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), DeskDates.Day(value));
}
