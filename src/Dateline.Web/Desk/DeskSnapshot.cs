using System.Collections.Frozen;
using Dateline.Storage;

namespace Dateline.Web.Desk;

/// <summary>What the desk knows of the store at one moment: article rows, entities, events and stories, indexed.</summary>
public sealed record DeskSnapshot(
    int Version,
    IReadOnlyList<ArticleSummary> Articles,
    FrozenDictionary<long, ArticleSummary> ArticlesById,
    IReadOnlyList<DeskEntity> Entities,
    FrozenDictionary<string, DeskEntity> EntitiesById,
    FrozenDictionary<string, DeskEntity> EntitiesByName,
    FrozenDictionary<long, IReadOnlyList<string>> EntitiesByArticle,
    IReadOnlyList<DeskEvent> Events,
    FrozenDictionary<string, DeskEvent> EventsById,
    IReadOnlyList<DeskStory> Stories);
