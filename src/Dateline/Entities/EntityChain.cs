using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Dateline.Entities;

/// <summary>One entity within an article: its best name, type, and the mentions (indices into EntityMentions) that refer to it.</summary>
public sealed record EntityChain(int Id, string Name, [property: JsonConverter(typeof(JsonStringEnumConverter<EntityType>))] EntityType Type, ImmutableArray<int> Mentions)
{
    public string? Acronym { get; init; }

    public string? Role { get; init; }

    public string? Country { get; init; }

    public string? KnowledgeId { get; init; }
}
