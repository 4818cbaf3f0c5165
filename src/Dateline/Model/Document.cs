using System.Collections.Immutable;

namespace Dateline.Model;

/// <summary>
/// One article. Immutable: a stage returns a new document with its layer added (<c>with</c>).
/// <see cref="SourceText"/> is the decoded input and is never modified; <see cref="Text"/> is the
/// clean body, built from pieces of the source and mapped back by <see cref="TextMap"/>. Every
/// later layer (sentences, tokens, mentions, time expressions, events) is a list of spans over
/// <see cref="Text"/>. Stages that add a layer declare it in their own partial file
/// (Document.Language.cs, Document.Time.cs, ...), so the core stays small.
/// </summary>
public sealed partial record Document
{
    public required SourceInfo Source { get; init; }

    /// <summary>The decoded input (HTML markup, JSON record or plain text), never modified.</summary>
    public required string SourceText { get; init; }

    public ArticleMetadata Metadata { get; init; } = ArticleMetadata.Empty;

    /// <summary>The clean article body: paragraphs separated by a blank line.</summary>
    public string Text { get; init; } = "";

    /// <summary>Maps offsets in <see cref="Text"/> to offsets in <see cref="SourceText"/>.</summary>
    public OffsetMap TextMap { get; init; } = OffsetMap.Empty;

    /// <summary>Paragraph spans over <see cref="Text"/>.</summary>
    public ImmutableArray<TextSpan> Paragraphs { get; init; } = [];

    public ImmutableArray<Caption> Captions { get; init; } = [];

    public ImmutableArray<Removal> Removals { get; init; } = [];

    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>The exact text of a span of the body: what a citation quotes.</summary>
    public string Quote(TextSpan span) => span.Of(Text);

    public Document WithDiagnostic(Diagnostic diagnostic) => this with { Diagnostics = Diagnostics.Add(diagnostic) };
}
