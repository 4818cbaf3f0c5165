using System.Collections.Frozen;
using Dateline.Linking;
using Dateline.Storage;

namespace Dateline.Web.Desk;

/// <summary>
/// What the desk lists at one moment, read from the store's article rows and the cross-document graph's node
/// profiles (no link, no document): article rows, entities (merged ones kept as redirects), events as summaries
/// (their sentences are read per request), stories newest first, and each entity's events.
/// </summary>
public sealed record DeskSnapshot(
    string Version,
    IReadOnlyList<ArticleSummary> Articles,
    FrozenDictionary<long, ArticleSummary> ArticlesById,
    IReadOnlyList<(long Id, EntityProfile Profile)> Entities,
    FrozenDictionary<long, EntityProfile> EntitiesById,
    IReadOnlyList<EventView> Events,
    FrozenDictionary<long, EventView> EventsById,
    FrozenDictionary<long, DateOnly?> EventDays,
    FrozenDictionary<long, IReadOnlyList<EventView>> EventsByEntity,
    IReadOnlyList<(long Id, StoredStory Profile)> Stories)
{
    /// <summary>An entity id followed through the user's merges to the entity that absorbed it; null when unknown.</summary>
    public long? Canonical(long id)
    {
        for (int hops = 0; hops < 16; hops++)
        {
            if (!EntitiesById.TryGetValue(id, out var p)) return null;
            if (p.MergedInto is not long next) return id;
            id = next;
        }
        return id;
    }

    /// <summary>An article as the graph's views cite it: id, outlet (else URL), publication day, whether it is a syndicated copy.</summary>
    public ArticleRef Ref(long article) =>
        ArticlesById.TryGetValue(article, out var a)
            ? new ArticleRef(article, a.Outlet ?? a.Url, DeskDates.Day(a.Published)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), a.NearDuplicate is not null)
            : new ArticleRef(article, null, null);
}
