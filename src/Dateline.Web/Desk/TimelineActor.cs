namespace Dateline.Web.Desk;

public sealed record TimelineActor(string? Id, string Name, string? Type);
