using System.Collections.Immutable;

namespace Dateline.Model;

/// <summary>
/// One piece of a derived text copied from the source. When the piece was copied verbatim the
/// lengths are equal and offsets inside it map one to one; when it was decoded or normalised
/// (an HTML entity, NFC) offsets inside it map to the source piece as a whole.
/// </summary>
public readonly record struct OffsetSegment(int Start, int Length, int SourceStart, int SourceLength)
{
    public int End => Start + Length;
    public int SourceEnd => SourceStart + SourceLength;
    public bool IsVerbatim => Length == SourceLength;
}

/// <summary>Maps offsets in a derived text (clean body, caption) back to the source text.</summary>
public sealed class OffsetMap
{
    public static readonly OffsetMap Empty = new([]);

    public OffsetMap(ImmutableArray<OffsetSegment> segments) => Segments = segments;

    /// <summary>Segments in increasing order of Start; gaps are inserted separators with no source.</summary>
    public ImmutableArray<OffsetSegment> Segments { get; }

    /// <summary>The source span that a span of the derived text came from (covering every segment it touches).</summary>
    public TextSpan ToSource(TextSpan span)
    {
        int? start = null, end = null;
        foreach (var seg in Segments)
        {
            if (seg.End <= span.Start) continue;
            if (seg.Start >= span.End) break;
            int s = seg.IsVerbatim ? seg.SourceStart + Math.Max(0, span.Start - seg.Start) : seg.SourceStart;
            int e = seg.IsVerbatim ? seg.SourceStart + Math.Min(seg.Length, span.End - seg.Start) : seg.SourceEnd;
            start ??= s;
            end = e;
        }
        return start is int a && end is int b ? new TextSpan(a, b) : new TextSpan(0, 0);
    }

    /// <summary>The source offset of one derived offset, or -1 when it falls in an inserted separator.</summary>
    public int ToSource(int offset)
    {
        int lo = 0, hi = Segments.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var seg = Segments[mid];
            if (offset < seg.Start) hi = mid - 1;
            else if (offset >= seg.End) lo = mid + 1;
            else return seg.IsVerbatim ? seg.SourceStart + (offset - seg.Start) : seg.SourceStart;
        }
        return -1;
    }
}
