using Dateline.Linking;
using Dateline.Storage;

namespace Dateline.Export;

/// <summary>
/// Reads an <see cref="ExportSet"/> out of a store: the cross-document events (those whose main status is in
/// <c>statuses</c>, or all when it is empty), their participants' entities (in one graph transaction), then each
/// article the kept events cite, once. The one place exports touch the store, so the CLI and the desk share it.
/// </summary>
public static class ExportReader
{
    /// <param name="left">How many events the status filter left out.</param>
    public static ExportSet Read(IArticleStore store, IReadOnlyCollection<string> statuses, out int left)
    {
        var (all, entities) = store.Graph(session =>
        {
            var reader = new GraphReader(session);
            var events = reader.Events();
            var found = new Dictionary<long, ExportEntity>();
            foreach (var id in events.SelectMany(e => e.Participants).Select(p => p.Entity).OfType<long>().Distinct())
                if (reader.Entity(id) is { } entity)
                    found[id] = new ExportEntity(entity.Id, entity.Name, entity.Type, entity.Country);
            return (events, found);
        });
        IReadOnlyList<EventView> kept = statuses.Count == 0
            ? all
            : [.. all.Where(e => ExportedEvent.MainStatus(e) is { } s && statuses.Contains(s, StringComparer.Ordinal))];
        left = all.Count - kept.Count;
        var articles = new Dictionary<long, ExportArticle>();
        foreach (var id in kept.SelectMany(e => e.Mentions).Select(m => m.Article.Article).Distinct())
            if (store.Get(id) is { } stored)
                articles[id] = ExportArticles.From(stored);
        return new ExportSet(kept, articles, entities);
    }
}
