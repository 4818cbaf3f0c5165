namespace Dateline.Web.Desk;

/// <summary>PRODUCT.md's event date: calendar value, precision (day, week, month, year), and the words it was read from when known.</summary>
public sealed record EventDate(string? Value, string? Precision, string? Text);
