using System.Globalization;

namespace Dateline.Time;

/// <summary>
/// The state of one pass over a text: the publication anchor, and the reference time the text
/// itself has moved to ("On 3 May ... two days later" anchors on 3 May). Updated in text order.
/// </summary>
internal sealed class ResolutionContext(string text, TimeAnchor? anchor)
{
    public string Text { get; } = text;

    public TimeAnchor? Anchor { get; } = anchor;

    /// <summary>The last calendar point the text mentioned (any granularity).</summary>
    public CalendarPoint? Reference { get; set; }

    /// <summary>Where <see cref="Reference"/> was mentioned, to say so in reasons.</summary>
    public string? ReferenceText { get; set; }

    /// <summary>The last quarter the text mentioned: "the quarter", "the year-earlier quarter" refer to it.</summary>
    public CalendarPoint? LastQuarter { get; set; }

    public bool KnowsDay => Anchor is { KnowsDay: true };

    public bool KnowsYear => Anchor is not null;

    public DateOnly Day => Anchor!.Date;

    public string AnchorIso => Anchor!.Iso;

    public string AnchorDescription => Anchor switch
    {
        null => "no anchor",
        { Kind: TimeAnchorKind.Publication } => $"publication date {Anchor.Iso}",
        _ => $"inferred publication date {Anchor.Iso} ({Anchor.Evidence}, confidence {Anchor.Confidence.ToString("0.##", CultureInfo.InvariantCulture)})",
    };

    /// <summary>Where <see cref="Reference"/> was mentioned (offset), to keep some rules within its sentence.</summary>
    public int ReferenceStart { get; set; } = -1;

    /// <summary>Set when a sub-phrase is resolved on its own ("Friday" in "5 p.m. Friday"): the direction of the whole.</summary>
    public TemporalDirection? DirectionOverride { get; init; }

    public TemporalDirection DirectionAt(int start, int end) => DirectionOverride ?? TenseCues.At(Text, start, end);

    /// <summary>A resolution anchored on the publication date (or its inference).</summary>
    public Resolution OnAnchor(TimexType type, CalendarPoint point, string what, string? value = null) =>
        new(type, value ?? point.Format(), Precision(point.Granularity, value), $"{what}, anchored on {AnchorDescription}")
        {
            Anchor = AnchorIso,
            AnchorKind = Anchor!.Kind,
            Point = point,
        };

    /// <summary>A resolution anchored on the text's reference time, falling back to the publication date.</summary>
    public Resolution? OnReference(TimexType type, Func<CalendarPoint, CalendarPoint> move, TimePrecision granularity, string what)
    {
        // A reference at least as fine as the unit moved by ("3 May" for "two days later"); a coarser one cannot anchor it.
        if (Reference is { } reference && reference.Granularity >= granularity)
        {
            var p = move(reference);
            return new(type, p.Format(), p.Granularity, $"{what}, anchored on the date set earlier in the text ({ReferenceText} = {reference.Format()})")
            {
                Anchor = reference.Format(),
                AnchorKind = TimeAnchorKind.Text,
                Point = p,
            };
        }
        if (Anchor is null || (!KnowsDay && granularity > TimePrecision.Year))
            return null;
        return OnAnchor(type, move(CalendarPoint.Of(Day, granularity)), what);
    }

    private static TimePrecision Precision(TimePrecision granularity, string? value) =>
        value is not null && value.Contains('T', StringComparison.Ordinal) && value.Length > 10 ? TimePrecision.PartOfDay : granularity;
}
