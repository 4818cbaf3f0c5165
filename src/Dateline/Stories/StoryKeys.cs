namespace Dateline.Stories;

/// <summary>
/// Blocking keys for candidate stories: an article is indexed under its heaviest terms and entities, and its
/// candidates are the stories indexed under the same keys. The store keeps, per key, the most recent stories
/// only (8: `CrossDocumentLinker.StoryCandidatesPerKey`), so fetching candidates costs the same in a store of 100 or 10 million articles; time decay
/// in the linker makes older stories unlikely winners anyway.
/// </summary>
public static class StoryKeys
{
    public const int TermKeys = 8;
    public const int EntityKeys = 4;

    public static IReadOnlyList<string> For(StoryProfile article) =>
    [
        .. article.Terms.Take(TermKeys).Select(t => "t:" + t.Term),
        .. article.Entities.Take(EntityKeys).Select(e => "e:" + e.Term),
    ];
}
