using Dateline.Extraction;
using Dateline.Model;

namespace Dateline.Tests.Extraction;

/// <summary>Checks that an extraction leads back to its source: verbatim pieces, removals, captions.</summary>
internal static class SourceMapAssert
{
    public static void MapsBackToSource(string source, ExtractedArticle article)
    {
        foreach (var seg in article.Map.Segments)
        {
            Assert.InRange(seg.SourceStart, 0, source.Length);
            Assert.InRange(seg.SourceEnd, seg.SourceStart, source.Length);
            if (seg.IsVerbatim)
                Assert.Equal(source.Substring(seg.SourceStart, seg.SourceLength), article.Text.Substring(seg.Start, seg.Length));
        }
        // Every character of the body is either a mapped piece or an inserted separator (whitespace).
        for (int i = 0; i < article.Text.Length; i++)
            if (article.Map.ToSource(i) < 0) Assert.True(char.IsWhiteSpace(article.Text[i]), $"unmapped non-space at {i}");
        foreach (var p in article.Paragraphs)
            Assert.Equal(p.Of(article.Text).Trim(), p.Of(article.Text));
        foreach (var r in article.Removals)
        {
            var inSource = r.Source.Of(source);
            Assert.True(WordsInOrder(inSource, r.Text), $"removal '{r.Text}' not found at {r.Source}: '{inSource}'");
        }
        foreach (var c in article.Captions)
            Assert.True(WordsInOrder(c.Source.Of(source), c.Text), $"caption '{c.Text}' not found at {c.Source}");
    }

    /// <summary>Each word of <paramref name="text"/> (up to the cap's ellipsis) appears in <paramref name="source"/>, in order.</summary>
    private static bool WordsInOrder(string source, string text)
    {
        int pos = 0;
        foreach (var word in text.TrimEnd('…').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).SkipLast(1))
        {
            if (word.Contains('&', StringComparison.Ordinal)) continue;
            int at = source.IndexOf(word, pos, StringComparison.Ordinal);
            if (at < 0) return false;
            pos = at + word.Length;
        }
        return true;
    }
}
