using System.Collections.Immutable;

namespace Dateline.Places;

/// <summary>
/// One populated place of the gazetteer (a GeoNames record): its id, name, alternate names, ISO 3166-1
/// alpha-2 country, first-level division code, coordinates (WGS84 degrees), population and GeoNames
/// feature code ("PPLC" a capital, "PPLA" a first-order seat, "PPL" any other).
/// </summary>
public sealed record GazetteerPlace(
    int Id,
    string Name,
    ImmutableArray<string> AlternateNames,
    string CountryCode,
    string Admin1,
    double Latitude,
    double Longitude,
    long Population,
    string FeatureCode)
{
    /// <summary>A national capital (GeoNames PPLC).</summary>
    public bool IsCapital => FeatureCode == "PPLC";

    /// <summary>The seat of a first-order division (GeoNames PPLA, e.g. a state or province capital).</summary>
    public bool IsRegionalSeat => FeatureCode == "PPLA";
}
