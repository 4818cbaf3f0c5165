using System.Collections.Immutable;

namespace Dateline.Model;

public sealed partial record Document
{
    /// <summary>Sentences over <see cref="Text"/>, in order; each names its first token and token count.</summary>
    public ImmutableArray<Sentence> Sentences { get; init; } = [];

    /// <summary>Word tokens over <see cref="Text"/>, in order, with tags, lemma and dependency head (document-wide index).</summary>
    public ImmutableArray<Token> Tokens { get; init; } = [];
}
