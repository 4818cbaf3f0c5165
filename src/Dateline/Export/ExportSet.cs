using Dateline.Knowledge;
using Dateline.Linking;

namespace Dateline.Export;

/// <summary>
/// What an export writes, read out of the store beforehand so the writers stay pure: the cross-document events
/// (<see cref="GraphReader.Events"/>), the articles their mentions cite (with the details only the stored
/// document knows: URL, length, sentence numbers, offsets of actors and trigger), the participants' entities,
/// and optionally the CAMEO→PLOVER table that checks and completes the events' CAMEO codes.
/// </summary>
public sealed record ExportSet(
    IReadOnlyList<EventView> Events,
    IReadOnlyDictionary<long, ExportArticle> Articles,
    IReadOnlyDictionary<long, ExportEntity> Entities)
{
    /// <summary>The CAMEO→PLOVER table given by `--cameo-table`; null: the codes the trigger lexicon gave are used as they are.</summary>
    public CameoTable? Cameo { get; init; }

    /// <summary>Countries and capitals: which place names are countries or cities, which actor-code parts are country codes.</summary>
    public KnowledgeBase Knowledge { get; init; } = KnowledgeBase.Empty;

    public ExportArticle? Article(long id) => Articles.GetValueOrDefault(id);

    /// <summary>What the stored document says about one mention (null when the article was not read).</summary>
    public ExportMentionDetail? Detail(MentionView mention) =>
        Articles.GetValueOrDefault(mention.Article.Article)?.Mentions.GetValueOrDefault(mention.EventId);

    public ExportEntity? Entity(long? id) => id is long x ? Entities.GetValueOrDefault(x) : null;
}
