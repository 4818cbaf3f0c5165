namespace Dateline.Web.Desk;

/// <summary>An actor's timeline: its events in date order, and (drawn grey) the articles that mention it.</summary>
public sealed record Timeline(TimelineActor Actor, IReadOnlyList<TimelineMark> Events, IReadOnlyList<TimelineArticle> Articles);

public sealed record TimelineActor(string? Id, string Name, string? Type);

/// <summary>One mark per event: its type, day and how many sentences (sources) report it.</summary>
public sealed record TimelineMark(string Id, string Event, string? Date, DateOnly? Day, IReadOnlyList<string> Source, IReadOnlyList<string> Target, int Sources);

public sealed record TimelineArticle(long Id, string? Title, string? Outlet, string? Published);
