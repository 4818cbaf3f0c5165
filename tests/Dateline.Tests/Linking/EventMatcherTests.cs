using Dateline.Linking;

namespace Dateline.Tests.Linking;

public sealed class EventMatcherTests
{
    private static ArticleEvent Meeting(string? date, string? place = "Rome", string status = "happened", string type = "CONSULT", long source = 1, long target = 2, bool assumed = false) =>
        new("e1", type, "meeting", "040",
            [new ArticleEventParticipant(source, $"#{source}", null, "source"), new ArticleEventParticipant(target, $"#{target}", null, "target")],
            date, "day", assumed, place, place is null ? null : "ITA", status);

    private static EventProfile Stored(string date, string place = "Rome", string status = "happened", string type = "CONSULT", long source = 1, long target = 2)
    {
        var p = new EventProfile { Type = type, Cameo = "040" };
        p.Participants.Add(new EventParticipant { Entity = source, Name = $"#{source}", Side = "source", Articles = [10] });
        p.Participants.Add(new EventParticipant { Entity = target, Name = $"#{target}", Side = "target", Articles = [10] });
        p.Dates.Add(new DetailVersion { Value = date, Qualifier = "day", Articles = [10] });
        p.Places.Add(new DetailVersion { Value = place, Qualifier = "ITA", Articles = [10] });
        p.Statuses.Add(new DetailVersion { Value = status, Articles = [10] });
        return p;
    }

    [Fact]
    public void The_same_meeting_from_another_outlet_joins() =>
        Assert.Equal(5, EventMatcher.Match(Meeting("2019-05-16"), [(5, Stored("2019-05-16"))])?.EventId);

    [Fact]
    public void A_meeting_of_the_same_people_a_year_apart_is_another_event() =>
        Assert.Null(EventMatcher.Match(Meeting("2018-05-16"), [(5, Stored("2019-05-16"))]));

    [Fact]
    public void A_week_and_a_day_inside_it_are_one_meeting() =>
        Assert.Equal(5, EventMatcher.Match(Meeting("2019-W20", place: null), [(5, Stored("2019-05-16"))])?.EventId);

    [Fact]
    public void Meetings_have_no_direction() =>
        Assert.NotNull(EventMatcher.Match(Meeting("2019-05-16", source: 2, target: 1), [(5, Stored("2019-05-16"))]));

    [Fact]
    public void An_accusation_keeps_its_direction() =>
        Assert.Null(EventMatcher.Match(Meeting("2019-05-16", type: "ACCUSE", source: 2, target: 1), [(5, Stored("2019-05-16", type: "ACCUSE"))]));

    [Fact]
    public void A_denial_is_not_merged_with_a_report_that_it_happened() =>
        Assert.Null(EventMatcher.Match(Meeting("2019-05-16", status: "denied"), [(5, Stored("2019-05-16"))]));

    [Fact]
    public void A_day_apart_in_the_same_place_with_the_same_people_is_a_date_disagreement()
    {
        var match = EventMatcher.Match(Meeting("2019-05-15"), [(5, Stored("2019-05-16"))]);
        Assert.Equal(5, match?.EventId);
        Assert.Contains("disagree", match!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_countries_are_different_meetings()
    {
        var elsewhere = Meeting("2019-05-16") with { Place = "Paris", PlaceCountry = "FRA" };
        Assert.Null(EventMatcher.Match(elsewhere, [(5, Stored("2019-05-16"))]));
    }
}
