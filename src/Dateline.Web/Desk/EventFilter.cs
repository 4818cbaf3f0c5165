namespace Dateline.Web.Desk;

/// <summary>The /api/events filters, already validated.</summary>
public sealed record EventFilter(string? Actor, string? Type, DateOnly? From, DateOnly? To, string? Text);
