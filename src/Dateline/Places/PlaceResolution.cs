namespace Dateline.Places;

/// <summary>The place chosen for a name, how many places bear that name, and why this one ("GeoNames: Rome, IT, pop 2.3M; largest of 3 candidates").</summary>
public sealed record PlaceResolution(GazetteerPlace Place, int Candidates, string Reason);
