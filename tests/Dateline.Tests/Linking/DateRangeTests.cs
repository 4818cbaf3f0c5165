using Dateline.Linking;

namespace Dateline.Tests.Linking;

public sealed class DateRangeTests
{
    [Theory]
    [InlineData("2019-05-16", "2019-05-16", true)]
    [InlineData("2019-05-16", "2019-W20", true)]
    [InlineData("2019-05-16", "2019-W21", false)]
    [InlineData("2019-05-16", "2019-05", true)]
    [InlineData("2019-05-16", "2019-Q2", true)]
    [InlineData("2019-05-16", "2019-SU", false)]
    [InlineData("2019-05-16", "2019", true)]
    [InlineData("2019-05-16", "201X", true)]
    [InlineData("2019-05-16", "2018-11-13", false)]
    [InlineData("2019-05-16", "2019-05-15", false)]
    [InlineData("2019-05-16", null, true)]
    [InlineData("2019-05-16", "PRESENT_REF", true)]
    [InlineData("2019-05-16T10:00", "2019-05-16", true)]
    public void Dates_are_compatible_when_their_days_overlap(string a, string? b, bool compatible) =>
        Assert.Equal(compatible, DateRange.Compatible(DateRange.Parse(a), DateRange.Parse(b)));

    [Fact]
    public void An_iso_week_is_monday_to_sunday()
    {
        var week = DateRange.Parse("2019-W21")!.Value;
        Assert.Equal((new DateOnly(2019, 5, 20), new DateOnly(2019, 5, 26)), (week.First, week.Last));
    }

    [Fact]
    public void Impossible_days_are_not_dates() => Assert.Null(DateRange.Parse("2019-02-30"));
}
