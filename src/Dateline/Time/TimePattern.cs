using System.Text.RegularExpressions;

namespace Dateline.Time;

/// <summary>
/// One named recognition rule: a regex for the extent and a resolver for the value. A resolver
/// returns null to reject a match it cannot read ("May" the modal verb).
/// </summary>
internal sealed record TimePattern(string Name, Regex Regex, Func<Match, ResolutionContext, Resolution?> Resolve)
{
    /// <summary>
    /// A cheap regex for a word every match contains ("years" for "more than two years ago"). When set, the
    /// finder runs <see cref="Regex"/> only in a window of <see cref="Lookback"/> characters before each
    /// trigger, keeping matches that cover it: same matches, a fraction of the scanning.
    /// </summary>
    public Regex? Trigger { get; init; }

    public int Lookback { get; init; } = 80;
}
