using Dateline.Model;

namespace Dateline.Extraction.Html;

/// <summary>A region left out whole (a &lt;nav&gt;, a comment section), with the mark that pruned it ("tag:nav", "class:comments").</summary>
internal sealed record PrunedRegion(TextSpan Span, string Mark, string Text);
