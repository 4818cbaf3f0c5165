using System.Collections.Immutable;
using Dateline.Entities;

namespace Dateline.Model;

public sealed partial record Document
{
    /// <summary>Named-entity mentions in the body, spans over <see cref="Text"/>, in text order.</summary>
    public ImmutableArray<EntityMention> EntityMentions { get; init; } = [];

    /// <summary>Mentions in the headline and captions (Part "title"/"caption"), spans over that text.</summary>
    public ImmutableArray<EntityMention> OtherEntityMentions { get; init; } = [];

    /// <summary>The entities of the body, each linking its mentions within the article.</summary>
    public ImmutableArray<EntityChain> EntityChains { get; init; } = [];
}
