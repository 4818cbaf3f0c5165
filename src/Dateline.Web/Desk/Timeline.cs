namespace Dateline.Web.Desk;

/// <summary>An actor's timeline: each happening it took part in once, in date order, and (drawn grey) the articles that name it.</summary>
public sealed record Timeline(TimelineActor Actor, IReadOnlyList<TimelineMark> Events, IReadOnlyList<TimelineArticle> Articles);
