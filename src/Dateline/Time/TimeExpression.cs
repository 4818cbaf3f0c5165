using Dateline.Model;

namespace Dateline.Time;

/// <summary>
/// One TIMEX3 time expression found in <see cref="Document.Text"/>: its span and text, type, TimeML
/// value ("2019-05-13", "2019-W19", "P1M", "XXXX-WXX-4"), precision, the anchor it was resolved
/// against, and why ("weekday, past tense, anchored on publication date 2019-05-16").
/// </summary>
public sealed record TimeExpression
{
    public required TextSpan Span { get; init; }

    public required string Text { get; init; }

    public required TimexType Type { get; init; }

    /// <summary>The TIMEX3 value attribute.</summary>
    public required string Value { get; init; }

    public required TimePrecision Precision { get; init; }

    /// <summary>The ISO value of the anchor used ("2019-05-16"), null when none was needed or known.</summary>
    public string? Anchor { get; init; }

    public TimeAnchorKind AnchorKind { get; init; }

    /// <summary>The pattern and the reasoning that produced the value, for people.</summary>
    public required string Reason { get; init; }

    /// <summary>The name of the rule that matched ("weekday", "relative-unit", ...).</summary>
    public required string Rule { get; init; }

    /// <summary>TIMEX3 mod: BEFORE, AFTER, MORE_THAN, LESS_THAN, APPROX, START, MID, END, ...</summary>
    public string? Mod { get; init; }

    /// <summary>TIMEX3 quant for sets: "EVERY", "EACH".</summary>
    public string? Quant { get; init; }

    /// <summary>TIMEX3 freq for sets: "2X" in "twice a week".</summary>
    public string? Freq { get; init; }

    /// <summary>For ranges ("12-13 November"): the value of the last unit; <see cref="Value"/> is the first.</summary>
    public string? EndValue { get; init; }
}
