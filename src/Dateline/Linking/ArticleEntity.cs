using Dateline.Entities;

namespace Dateline.Linking;

/// <summary>An entity chain of one article as the cross-document matcher sees it: best name, every spelling, type and what the text said of it.</summary>
public sealed record ArticleEntity(int Chain, EntityType Type, string Name, IReadOnlyList<string> Spellings, string? Country, string? Role, string? KnowledgeId, string? Acronym);
