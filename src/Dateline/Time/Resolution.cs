namespace Dateline.Time;

/// <summary>What a pattern's resolver returns for one match: the TIMEX3 attributes and the reason.</summary>
internal sealed record Resolution(TimexType Type, string Value, TimePrecision Precision, string Reason)
{
    public string? Mod { get; init; }
    public string? Quant { get; init; }
    public string? Freq { get; init; }
    public string? EndValue { get; init; }
    public string? Anchor { get; init; }
    public TimeAnchorKind AnchorKind { get; init; }

    /// <summary>The calendar point this expression establishes, which later "two days later" may anchor on.</summary>
    public CalendarPoint? Point { get; init; }

    /// <summary>When the resolver keeps only part of the match ("two days" of "two days after the vote"): the new end.</summary>
    public int? End { get; init; }

    /// <summary>When the resolver drops a leading part of the match ("about" in "about three days"): the new start.</summary>
    public int? Start { get; init; }
}
