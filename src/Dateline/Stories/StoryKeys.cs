namespace Dateline.Stories;

/// <summary>
/// Blocking keys for candidate stories: an article is indexed under its heaviest terms and entities, and its
/// candidates are the stories indexed under the same keys. The store keeps, per key, the most recent stories
/// only (8: `CrossDocumentLinker.StoryCandidatesPerKey`), so fetching candidates costs the same in a store of 100 or 10 million articles; time decay
/// in the linker makes older stories unlikely winners anyway.
/// </summary>
public static class StoryKeys
{
    public static int TermKeys { get; } = Env("PROTO_TK", 8);
    public static int EntityKeys { get; } = Env("PROTO_EK", 4);
    private static readonly int CodeKeys = Env("PROTO_CK", 0);
    private static readonly int PairKeys = Env("PROTO_PK", 0);

    private static int Env(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), System.Globalization.CultureInfo.InvariantCulture, out int v) ? v : fallback;

    public static IReadOnlyList<string> For(StoryProfile article) =>
    [
        .. article.Terms.Take(TermKeys).Select(t => "t:" + t.Term),
        .. article.Entities.Take(EntityKeys).Select(e => "e:" + e.Term),
        .. article.EventKeys.Select(k => k.Split('|')[0]).GroupBy(c => c, StringComparer.Ordinal).OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal).Take(CodeKeys).Select(g => "c:" + g.Key),
        .. article.EventKeys.Take(PairKeys).Select(k => "x:" + k),
    ];
}
