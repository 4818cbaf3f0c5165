using System.Collections.Immutable;
using Dateline.Time;

namespace Dateline.Model;

public sealed partial record Document
{
    /// <summary>TIMEX3 time expressions over <see cref="Text"/>, in text order (the "timexes" layer).</summary>
    public ImmutableArray<TimeExpression> TimeExpressions { get; init; } = [];
}
