namespace Dateline.Web.Desk;

public sealed record TimelineArticle(long Id, string? Title, string? Outlet, string? Published);
