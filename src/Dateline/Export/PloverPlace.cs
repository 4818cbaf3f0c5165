namespace Dateline.Export;

/// <summary>Where the event happened: the place most reports give, its ISO3 country, and coordinates when a gazetteer gave them.</summary>
public sealed record PloverPlace(string Text, string? Country, double? Latitude, double? Longitude);
