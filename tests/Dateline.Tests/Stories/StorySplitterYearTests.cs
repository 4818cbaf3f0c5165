using Dateline.Stories;

namespace Dateline.Tests.Stories;

/// <summary>The story split's year clash (issue #7): two happenings of one kind in other years (two pirate attacks off
/// Somalia, 2008 and 2011) share words and actors, so their halves score too close for the plain threshold.</summary>
public class StorySplitterYearTests
{
    private static readonly StorySplitter Splitter = new(new StoryLinker());

    private static readonly StorySplitter WithoutYears = new(new StoryLinker(), StorySplitOptions.Default with { YearClashAllowance = 0 });

    private static StoryProfile Article(string id, string[] words, string[] entities, string[] dates) =>
        StoryProfileBuilder.Build(id, null, words.GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count()), entities.Select(e => (e, 2)), dates, []);

    // One navy, one sea, pirates both times; the ships and the haul differ.
    private static StoryProfile Sinking(int i, params string[] dates) =>
        Article($"s{i}", ["pirate", "navy", "gulf", "ship", "sink", "mother", "fire", "tabar", $"s{i}"], ["Indian Navy", "Somalia", "INS Tabar"], dates);

    private static StoryProfile Capture(int i, params string[] dates) =>
        Article($"c{i}", ["pirate", "navy", "gulf", "ship", "capture", "arrest", "rifle", "sukanya", $"c{i}"], ["Indian Navy", "Lakshadweep", "INS Sukanya"], dates);

    private static StoryProfile[] Story(string[] sinkingDates, string[] captureDates) =>
        [Sinking(1, sinkingDates), Capture(1, captureDates), Sinking(2, sinkingDates), Capture(2, captureDates), Capture(3, captureDates), Sinking(3, sinkingDates)];

    [Fact]
    public void Halves_that_share_the_actors_score_between_the_plain_threshold_and_the_raised_one()
    {
        var h = Splitter.Halves(Story([], ["2011-11-12"]));
        Assert.NotNull(h);
        Assert.InRange(h.Cross, Splitter.Options.SplitBelow, Splitter.Options.Below(yearClash: true) - 1e-9);
    }

    [Fact]
    public void Halves_of_one_kind_split_when_one_names_a_year_the_other_never_does()
    {
        var split = Splitter.Split(Story([], ["2011-11-12"]));
        Assert.NotNull(split);
        Assert.Equal([1, 3, 4], split.Leaving);
        Assert.Contains("2011 named by 3 of the leaving 3, by none of the others", split.Explanation, StringComparison.Ordinal);
        Assert.Null(WithoutYears.Split(Story([], ["2011-11-12"])));
    }

    [Fact]
    public void Halves_that_name_the_same_year_stay_together()
    {
        Assert.Null(Splitter.Split(Story(["2011"], ["2011-11-12"])));
        Assert.Null(Splitter.Halves(Story(["2011"], ["2011-11-12"]))!.YearClash);
    }

    [Fact]
    public void A_story_that_runs_over_new_year_is_no_year_clash()
    {
        var h = Splitter.Halves(Story(["2025-12-28"], ["2026-01-03"]));
        Assert.NotNull(h);
        Assert.Null(h.YearClash);
    }

    [Fact]
    public void Halves_years_apart_clash_even_when_both_name_dates()
    {
        var h = Splitter.Halves(Story(["2008-11-19"], ["2011-11-12"]));
        Assert.NotNull(h);
        Assert.NotNull(h.YearClash);
    }
}
