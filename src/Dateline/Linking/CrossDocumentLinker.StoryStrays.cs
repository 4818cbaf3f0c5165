using System.Globalization;
using Dateline.Stories;

namespace Dateline.Linking;

/// <summary>
/// Stray articles (issue #7): at the story's check sizes, after the split, an article that fits its story far less than
/// another story its keys reach (or far less than the story's other articles fit it) moves there, or to a story of its
/// own (<see cref="Stories.StoryStrayFinder"/>); its mentions leave their events and are linked again there, as the
/// split does. At most <see cref="StoryStrayOptions.MaxMoves"/> articles per check; bounded by the story (≤ 24 kept
/// profiles) and the candidates its members' keys read, never by the store.
/// </summary>
public static partial class CrossDocumentLinker
{
    /// <summary>The stray repair run at the split's check sizes (chosen on the ECB+ training topics; `dateline eval coref`
    /// runs the same one).</summary>
    public static StoryStrayFinder StoryStrays { get; } = new(StoryLinker);

    /// <summary>Moves the strays of <paramref name="storyId"/>; returns the story <paramref name="articleId"/> is in
    /// afterwards when it was moved, else null.</summary>
    private static long? MoveStrays(GraphCache graph, long storyId, long articleId)
    {
        var session = graph.Session;
        long? result = null;
        for (int k = 0; k < StoryStrays.Options.MaxMoves; k++)
        {
            var story = graph.Story(storyId);
            var links = session.LinksOfNode(storyId).Where(l => l.Kind == GraphKinds.Story).OrderBy(l => l.ArticleId).ToList();
            var details = links.Select(l => GraphJson.Read<StoryLinkDetail>(l.Detail)).ToList();
            // A story linked before profiles were kept (or counted differently) is left as it is.
            if (links.Count != story.Articles || details.Any(d => d.Profile is null)) break;
            string own = storyId.ToString(CultureInfo.InvariantCulture);
            if (StoryStrays.Find([.. details.Select(d => d.Profile!)], p =>
                    [.. graph.Stories(StoryKeys.For(p)).Where(c => c.Id != storyId && c.Story.Summary is not null)
                        .Select(c => c.Story.Summary! with { Id = c.Id.ToString(CultureInfo.InvariantCulture) })]) is not { } move)
                break;

            var (link, detail) = (links[move.Member], details[move.Member]);
            var profile = detail.Profile!;
            long to = move.ToStory is { } id ? long.Parse(id, CultureInfo.InvariantCulture)
                : graph.NewStory(new StoredStory { Title = detail.Title ?? $"article {link.ArticleId}", SplitFrom = storyId });
            var target = graph.Story(to);
            story.History.Add($"article {link.ArticleId} moved to story {to} at {links.Count} articles: it {move.Explanation}");
            target.History.Add($"article {link.ArticleId} moved in from story {storyId}: it {move.Explanation}");

            var stay = Enumerable.Range(0, links.Count).Where(i => i != move.Member).Select(i => (links[i], details[i])).ToList();
            Rebuild(graph, storyId, stay);
            var targetLinks = session.LinksOfNode(to).Where(l => l.Kind == GraphKinds.Story).OrderBy(l => l.ArticleId).ToList();
            var targetDetails = targetLinks.Select(l => GraphJson.Read<StoryLinkDetail>(l.Detail)).ToList();
            var moved = detail with
            {
                Reason = $"moved from story {storyId} (its history says why); it had joined story {storyId}: {detail.Reason}",
                Profile = targetLinks.Count + 1 <= StorySplitter.Options.LargestCheck ? profile : null,
            };
            if (targetLinks.Count + 1 <= StorySplitter.Options.LargestCheck && targetDetails.All(d => d.Profile is not null))
                // Small enough to have kept every profile: made again from them, oldest first, as the eval does.
                Rebuild(graph, to, [.. targetLinks.Zip(targetDetails).Append((link with { NodeId = to }, moved)).OrderBy(m => m.Item1.ArticleId)]);
            else
            {
                target.Articles++;
                target.Summary = target.Summary is { } summary ? summary.Add(profile) : StorySummary.Start(to.ToString(CultureInfo.InvariantCulture), profile);
                foreach (var a in session.LinksOfArticle(link.ArticleId, GraphKinds.Entity)
                             .Where(l => GraphJson.Read<EntityLinkDetail>(l.Detail).Type is "PER" or "ORG").Select(l => graph.Canonical(l.NodeId)).Distinct())
                    target.Entities[a] = target.Entities.GetValueOrDefault(a) + 1;
                if (detail.Published is { } day)
                {
                    if (target.First is null || string.CompareOrdinal(day, target.First) < 0) target.First = day;
                    if (target.Last is null || string.CompareOrdinal(day, target.Last) > 0) target.Last = day;
                }
            }
            graph.TouchStory(to, StoryKeys.For(profile));
            session.MoveLinks(storyId, to, [(link.ArticleId, link.Item)]);
            session.UpdateLinkDetail(link with { NodeId = to }, GraphJson.Write(moved));
            Relink(graph, [(link.ArticleId, detail)], to, $"linked again after moving from story {storyId}: ");
            if (link.ArticleId == articleId) result = to;
        }
        return result;
    }
}
