using Dateline.Coreference;
using Dateline.Time;

namespace Dateline.Tests.Coreference;

/// <summary>Event dates at their precisions: a day lies inside its week, month and year; two days are two happenings.</summary>
public class TimexCompatibilityTests
{
    [Theory]
    [InlineData("2019-05-16", "2019-05-16", TimexRelation.Same)]
    [InlineData("2019-05-16", "2019-W20", TimexRelation.Inside)]
    [InlineData("2019-05-16", "2019-05", TimexRelation.Inside)]
    [InlineData("2019-05-16", "2019", TimexRelation.Inside)]
    [InlineData("2019-05-16", "2019-Q2", TimexRelation.Inside)]
    [InlineData("2019-05-16", "2019-SP", TimexRelation.Inside)]
    [InlineData("2019-05-16", "201X", TimexRelation.Inside)]
    [InlineData("2019-05-16T10:30", "2019-05-16", TimexRelation.Same)]
    [InlineData("2019-W20", "2019-05-16", TimexRelation.Contains)]
    [InlineData("2019", "2019-05", TimexRelation.Contains)]
    [InlineData("2019-W22", "2019-06", TimexRelation.Overlaps)]
    [InlineData("2019-05-16", "2019-05-17", TimexRelation.Disjoint)]
    [InlineData("2019-05-16", "2019-W21", TimexRelation.Disjoint)]
    [InlineData("2019-05", "2019-06", TimexRelation.Disjoint)]
    [InlineData("2018", "2019-05-16", TimexRelation.Disjoint)]
    [InlineData("2019-W20-4", "2019-05-16", TimexRelation.Same)]
    [InlineData("2019-05-18", "2019-W20-WE", TimexRelation.Inside)]
    [InlineData("2019-12-30", "2020-W01", TimexRelation.Inside)]
    [InlineData("2020-01-15", "2019-WI", TimexRelation.Inside)]
    [InlineData("2019-05-16", "PRESENT_REF", TimexRelation.Unknown)]
    [InlineData("XXXX-WXX-4", "2019-05-16", TimexRelation.Unknown)]
    [InlineData("2019-05-16", null, TimexRelation.Unknown)]
    [InlineData("2019-02-30", "2019-02", TimexRelation.Unknown)]
    public void Relates_two_timex_values_as_calendar_intervals(string a, string? b, TimexRelation expected) =>
        Assert.Equal(expected, TimexCompatibility.Compare(a, b));

    [Theory]
    [InlineData("2019-05-16", "2019-W20", true)]
    [InlineData("2019-05-16", "2019-05-17", false)]
    [InlineData("2019", "2020", false)]
    [InlineData("2019-05-16", "PAST_REF", true)]
    public void Only_known_disjoint_dates_are_incompatible(string a, string b, bool compatible) =>
        Assert.Equal(compatible, TimexCompatibility.AreCompatible(a, b));

    [Theory]
    [InlineData("2019-05-16", TimePrecision.Day, 1)]
    [InlineData("2019-W20", TimePrecision.Week, 7)]
    [InlineData("2019-05", TimePrecision.Month, 31)]
    [InlineData("2020-02", TimePrecision.Month, 29)]
    [InlineData("2019-Q2", TimePrecision.Quarter, 91)]
    [InlineData("2019-H2", TimePrecision.Half, 184)]
    [InlineData("2019", TimePrecision.Year, 365)]
    [InlineData("201X", TimePrecision.Decade, 3652)]
    public void Parses_each_precision_to_its_days(string value, TimePrecision precision, int days)
    {
        var interval = TimexCompatibility.Parse(value);
        Assert.NotNull(interval);
        Assert.Equal(precision, interval.Value.Precision);
        Assert.Equal(days, interval.Value.Days);
    }

    [Theory]
    [InlineData("2019-05-16", "2019-05-17", 1)]
    [InlineData("2019-05-16", "2019-05-26", 10)]
    [InlineData("2019-05-16", "2019-W20", 0)]
    [InlineData("2019-05-31", "2019-07", 31)]
    public void Measures_the_gap_between_dates(string a, string b, int gap) =>
        Assert.Equal(gap, TimexCompatibility.GapDays(a, b));
}
