using System.Collections.Immutable;
using Dateline.Model;

namespace Dateline.Extraction;

/// <summary>
/// What an extractor finds in a source text: the clean body (with its map back to the source),
/// paragraphs, captions kept apart, every removal with its reason, the metadata the page itself
/// carries, and diagnostics ("extract.no-body", ...).
/// </summary>
public sealed record ExtractedArticle(
    string Text,
    OffsetMap Map,
    ImmutableArray<TextSpan> Paragraphs,
    ImmutableArray<Caption> Captions,
    ImmutableArray<Removal> Removals,
    ArticleMetadata Metadata,
    ImmutableArray<Diagnostic> Diagnostics);
