using System.Collections.Immutable;

namespace Dateline.Language;

/// <summary>
/// A CoNLL-U sentence: its words, its surface tokens (to rebuild the raw text), whether it starts a
/// new document or paragraph, and its id and "# text" comment when present.
/// </summary>
public sealed record ConlluSentence(
    string? Id,
    string? Text,
    bool NewDocument,
    bool NewParagraph,
    ImmutableArray<ConlluWord> Words,
    ImmutableArray<ConlluToken> SurfaceTokens);
