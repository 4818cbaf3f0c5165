using Dateline.Entities;

namespace Dateline.Linking;

/// <summary>
/// An entity chain of one article as the cross-document matcher sees it: best name, the names it is matched on
/// (<see cref="Spellings"/>: without titles), type and what the text said of it. <see cref="Written"/> holds every
/// mention as written ("Marshal Haftar", "the unity government"), shown to users but never matched on.
/// </summary>
public sealed record ArticleEntity(int Chain, EntityType Type, string Name, IReadOnlyList<string> Spellings, string? Country, string? Role, string? KnowledgeId, string? Acronym)
{
    public IReadOnlyList<string> Written { get; init; } = [];
}
