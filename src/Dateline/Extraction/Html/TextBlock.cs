using AngleSharp.Dom;

namespace Dateline.Extraction.Html;

/// <summary>One run of text inside a block element (a paragraph, heading, list item, or a div's loose text).</summary>
internal sealed class TextBlock(IElement owner, int index)
{
    public IElement Owner { get; } = owner;
    public int Index { get; } = index;
    public List<(IText Node, bool InLink, bool InCaption)> Nodes { get; } = [];
    public List<TextPiece> Pieces { get; } = [];
    public string Text { get; set; } = "";
    public int LinkChars { get; set; }
    public int CaptionChars { get; set; }
    public bool IsListItem => Owner.LocalName is "li" or "dd" or "dt";
    public bool IsHeading => HtmlVocabulary.HeadingTags.Contains(Owner.LocalName);
    public bool IsCaption => CaptionChars * 2 > Text.Length;
    public int SourceStart => Pieces.Count == 0 ? 0 : Pieces[0].SourceStart;
    public int SourceEnd => Pieces.Count == 0 ? 0 : Pieces[^1].SourceStart + Pieces[^1].SourceLength;
}

/// <summary>A piece of block text with its source range; a space separator goes before it when <see cref="SpaceBefore"/>.</summary>
internal sealed record TextPiece(string Text, int SourceStart, int SourceLength, bool SpaceBefore);
