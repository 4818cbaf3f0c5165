using Dateline.Time;

namespace Dateline.Tests.Time;

public class CalendarPointTests
{
    [Theory]
    [InlineData(9000, 20, 9999)] // 2,000 years on: the calendar's last day, not an exception that loses the article (GUM speech text)
    [InlineData(50, -2, 1)]
    public void Moving_past_either_end_of_the_calendar_stops_at_the_end(int year, int centuries, int expectedYear) =>
        Assert.Equal(expectedYear, CalendarPoint.Add(new DateOnly(year, 6, 1), centuries, TimePrecision.Century).Year);
}
