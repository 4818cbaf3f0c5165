using System.Collections.Immutable;
using System.Text;

namespace Dateline.Model;

/// <summary>
/// Builds a derived text (clean body, a caption) out of pieces of the source, recording where
/// every piece came from, so that offsets in the result always lead back to the source.
/// Pieces are normalised on the way in (NFC, odd spaces to ' ', invisible characters dropped)
/// without losing offsets: a changed piece becomes its own segment.
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
        if (text.Length == sourceLength && !TextNormalizer.NeedsWork(text))
        {
            AddSegment(text, sourceStart, sourceLength);
            return;
        }
        if (text.Length != sourceLength)
        {
            // Already decoded (an HTML entity, a JSON escape): one segment for the whole piece.
            AddSegment(TextNormalizer.Normalize(text), sourceStart, sourceLength);
            return;
        }
        // Verbatim piece with characters to fix: keep untouched runs verbatim, fix the rest one by one.
        int runStart = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (TextNormalizer.IsDropped(c))
            {
                Flush(text, runStart, i, sourceStart);
                runStart = i + 1;
            }
        }
        Flush(text, runStart, text.Length, sourceStart);
    }

    /// <summary>
    /// Adds source[from, to) normalised. Word by word, so that a change (NFC joining "u" + combining
    /// diaeresis into "ü") makes only that word a coarse segment; every other character maps one to one.
    /// </summary>
    private void Flush(string text, int from, int to, int sourceStart)
    {
        int wordStart = from;
        for (int i = from; i <= to; i++)
        {
            if (i < to && text[i] != ' ') continue;
            int end = i < to ? i + 1 : to;
            if (end > wordStart)
            {
                var piece = text.Substring(wordStart, end - wordStart);
                AddSegment(TextNormalizer.Normalize(piece), sourceStart + wordStart, end - wordStart);
            }
            wordStart = end;
        }
    }

    private void AddSegment(string text, int sourceStart, int sourceLength)
    {
        if (text.Length == 0) return;
        // Merge with the previous segment when both are verbatim and contiguous, to keep maps small.
        if (_segments.Count > 0)
        {
            var last = _segments[^1];
            if (last.IsVerbatim && text.Length == sourceLength && last.End == _text.Length && last.SourceEnd == sourceStart)
            {
                _segments[^1] = last with { Length = last.Length + text.Length, SourceLength = last.SourceLength + sourceLength };
                _text.Append(text);
                return;
            }
        }
        _segments.Add(new OffsetSegment(_text.Length, text.Length, sourceStart, sourceLength));
        _text.Append(text);
    }

    /// <summary>Appends a separator (paragraph break, space) that has no counterpart in the source.</summary>
    public void AppendSeparator(string separator) => _text.Append(separator);

    public bool EndsWith(char c) => _text.Length > 0 && _text[^1] == c;

    public (string Text, OffsetMap Map) Build() => (_text.ToString(), new OffsetMap(_segments.ToImmutable()));
}
