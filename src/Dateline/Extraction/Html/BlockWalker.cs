using AngleSharp.Dom;
using Dateline.Model;

namespace Dateline.Extraction.Html;

/// <summary>
/// Walks the DOM in document order and cuts it into text blocks at block-level elements and
/// line breaks, skipping invisible elements and pruning page furniture (<see cref="HtmlHeuristics.BoilerplateMark"/>).
/// A region that holds a body hint, or that wraps the headline and most of the page's text, is never pruned.
/// </summary>
internal sealed class BlockWalker
{
    private readonly IDocument _document;
    private readonly HashSet<IElement> _protected = [];
    private readonly IElement? _headline;
    private readonly int _pageChars;
    private TextBlock? _current;

    public BlockWalker(IDocument document, IReadOnlyList<IElement> hints)
    {
        _document = document;
        foreach (var hint in hints)
            for (var e = hint; e is not null; e = e.ParentElement) _protected.Add(e);
        _headline = document.QuerySelector("h1");
        _pageChars = document.Body?.TextContent.Length ?? 0;
    }

    public List<TextBlock> Blocks { get; } = [];

    public List<PrunedRegion> Pruned { get; } = [];

    public void Walk()
    {
        if (_document.Body is { } body) Visit(body, body, false, false, 0);
        Flush();
    }

    private void Visit(INode node, IElement owner, bool inLink, bool inCaption, int depth)
    {
        if (depth > HtmlArticleExtractor.MaxDepth) return;
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                if (_current is null || _current.Owner != owner)
                {
                    Flush();
                    _current = new TextBlock(owner, Blocks.Count);
                }
                _current.Nodes.Add((text, inLink, inCaption));
                continue;
            }
            if (child is not IElement element) continue;
            var tag = element.LocalName;
            if (HtmlVocabulary.SkippedTags.Contains(tag) || HtmlHeuristics.IsHidden(element)) continue;
            if (tag == "br" || tag == "hr") { Flush(); continue; }
            if (PruneMark(element) is { } mark)
            {
                Flush();
                Pruned.Add(new PrunedRegion(RegionSpan(element), mark, BlockText(element)));
                continue;
            }
            bool caption = inCaption || HtmlHeuristics.IsCaptionElement(element);
            if (HtmlVocabulary.BlockTags.Contains(tag))
            {
                Flush();
                Visit(element, element, inLink, caption, depth + 1);
                Flush();
            }
            else
            {
                Visit(element, owner, inLink || tag == "a", caption, depth + 1);
            }
        }
    }

    private void Flush()
    {
        if (_current is null) return;
        if (_current.Nodes.Any(n => !string.IsNullOrWhiteSpace(n.Node.Data))) Blocks.Add(_current);
        _current = null;
    }

    /// <summary>The boilerplate mark that prunes this element, unless it is protected.</summary>
    private string? PruneMark(IElement element)
    {
        if (_protected.Contains(element)) return null;
        var mark = HtmlHeuristics.BoilerplateMark(element);
        if (mark is null) return null;
        if (!mark.StartsWith("class:", StringComparison.Ordinal)) return mark;
        // Class words are weaker evidence than tags: "article-ad-marker" on the <article>, "content-with-sidebar" wrappers.
        bool holdsHeadline = _headline is not null && element.Contains(_headline);
        int chars = element.TextContent.Length;
        if (HtmlHeuristics.IsCommentMark(mark))
            return holdsHeadline && chars >= _pageChars * HtmlHeuristics.WrapperTextShare ? null : mark;
        if (holdsHeadline || element.LocalName == "article" || chars >= _pageChars * HtmlHeuristics.WeakMarkTextShare) return null;
        // A layout class ("l-sidebar-fixed", "has-ad-slot") on the story's wrapper: real furniture holds little prose.
        if (HtmlHeuristics.ProseChars(element) >= HtmlHeuristics.FurnitureMaxProseChars) return null;
        return mark;
    }

    /// <summary>Visible text of a region with a space at every block boundary ("Most read" + "Story one" stay apart).</summary>
    internal static string BlockText(IElement element)
    {
        var sb = new System.Text.StringBuilder();
        void Visit(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText t) { sb.Append(t.Data); continue; }
                if (child is not IElement e || HtmlVocabulary.SkippedTags.Contains(e.LocalName)) continue;
                bool block = HtmlVocabulary.BlockTags.Contains(e.LocalName) || e.LocalName == "br";
                if (block) sb.Append(' ');
                Visit(e);
                if (block) sb.Append(' ');
            }
        }
        Visit(element);
        return HtmlArticleExtractor.Normalise(sb.ToString());
    }

    /// <summary>From the element's start tag to the start of whatever follows it in the source.</summary>
    private static TextSpan RegionSpan(IElement element)
    {
        int start = HtmlArticleExtractor.ElementStart(element);
        int end = int.MaxValue; // clamped to the source length by the extractor
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.NextElementSibling is { } next)
            {
                end = HtmlArticleExtractor.ElementStart(next);
                break;
            }
        }
        return new TextSpan(start, end);
    }
}
