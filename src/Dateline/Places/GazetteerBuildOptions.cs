namespace Dateline.Places;

/// <summary>
/// What `dateline gazetteer build` keeps: places of at least <see cref="MinPopulation"/> people, plus every
/// capital, seat of government and first-order seat whatever its size; <see cref="BuiltOn"/> is the date written in the header.
/// </summary>
public sealed record GazetteerBuildOptions
{
    public long MinPopulation { get; init; } = 5000;

    public required DateOnly BuiltOn { get; init; }

    /// <summary>The command that rebuilds the file, written into its header.</summary>
    public string RebuildCommand { get; init; } = "./dateline gazetteer build --from /tmp/gazetteer/package --out data/gazetteer/places.tsv.gz";
}
