using System.Text.RegularExpressions;

namespace Dateline.Time;

/// <summary>
/// One named recognition rule: a regex for the extent and a resolver for the value. A resolver
/// returns null to reject a match it cannot read ("May" the modal verb).
/// </summary>
internal sealed record TimePattern(string Name, Regex Regex, Func<Match, ResolutionContext, Resolution?> Resolve);
