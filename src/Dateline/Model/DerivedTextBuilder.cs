using System.Collections.Immutable;
using System.Text;

namespace Dateline.Model;

/// <summary>
/// Builds a derived text (clean body, a caption) out of pieces of the source, recording where
/// every piece came from, so that offsets in the result always lead back to the source.
/// </summary>
public sealed class DerivedTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly ImmutableArray<OffsetSegment>.Builder _segments = ImmutableArray.CreateBuilder<OffsetSegment>();

    public int Length => _text.Length;

    /// <summary>Appends text that stands for source[sourceStart, sourceStart + sourceLength).</summary>
    public void Append(string text, int sourceStart, int sourceLength)
    {
        if (text.Length == 0) return;
        _segments.Add(new OffsetSegment(_text.Length, text.Length, sourceStart, sourceLength));
        _text.Append(text);
    }

    /// <summary>Appends a separator (paragraph break, space) that has no counterpart in the source.</summary>
    public void AppendSeparator(string separator) => _text.Append(separator);

    public bool EndsWith(char c) => _text.Length > 0 && _text[^1] == c;

    public (string Text, OffsetMap Map) Build() => (_text.ToString(), new OffsetMap(_segments.ToImmutable()));
}
