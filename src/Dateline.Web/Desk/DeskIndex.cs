using System.Collections.Frozen;
using System.Globalization;
using Dateline.Linking;
using Dateline.Storage;

namespace Dateline.Web.Desk;

/// <summary>
/// The desk's lists, read from the store's article rows and the cross-document graph's node profiles (one query per
/// 500 nodes, no document opened), and read again when the store changes: the article count or the number of
/// entities, events or stories, or the count of user corrections (checked at most every two seconds). Everything a page shows in detail (an entity's
/// spellings and articles, an event's sentences, a story's articles) is read from the graph per request.
/// </summary>
public sealed class DeskIndex(StoreGate gate)
{
    private static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(2);
    private readonly Lock _lock = new();
    private DeskSnapshot? _current;
    private DateTime _checkedAt;

    public DeskSnapshot Current
    {
        get
        {
            var now = DateTime.UtcNow;
            var snapshot = _current;
            if (snapshot is not null && now - _checkedAt < RecheckAfter) return snapshot;
            lock (_lock)
            {
                if (_current is not null && now - _checkedAt < RecheckAfter) return _current;
                string version = gate.Read(Version);
                if (_current is null || _current.Version != version) _current = Build();
                _checkedAt = DateTime.UtcNow;
                return _current;
            }
        }
    }

    /// <summary>Forget the snapshot (after an upload), so the next request sees the new articles.</summary>
    public void Invalidate()
    {
        lock (_lock) _current = null;
    }

    private static string Version(IArticleStore s) => s.Count().ToString(CultureInfo.InvariantCulture) + "/" +
        s.Graph(g => string.Join('/', g.CountNodes(GraphKinds.Entity), g.CountNodes(GraphKinds.Event), g.CountNodes(GraphKinds.Story),
            g.GetMarker(GraphMarkers.Corrections) ?? 0));

    private DeskSnapshot Build() => gate.Read(store =>
    {
        // Version first: a change landing during the build makes the next check rebuild, never the reverse.
        string version = Version(store);
        var rows = new List<ArticleSummary>();
        for (int offset = 0; ; offset += 1000)
        {
            var page = store.List(offset, 1000);
            rows.AddRange(page);
            if (page.Count < 1000) break;
        }
        var articles = rows
            .OrderByDescending(r => r.Published ?? "", StringComparer.Ordinal)
            .ThenByDescending(r => r.Id)
            .ToList();
        var (entities, events, stories) = store.Graph(g =>
        {
            var reader = new GraphReader(g);
            return (reader.AllEntities().ToList(), reader.AllEvents().ToList(), reader.AllStories().ToList());
        });
        var partial = new DeskSnapshot(version, articles, rows.ToFrozenDictionary(r => r.Id), [], FrozenDictionary<long, EntityProfile>.Empty,
            [], FrozenDictionary<long, EventView>.Empty, FrozenDictionary<long, DateOnly?>.Empty, FrozenDictionary<long, IReadOnlyList<EventView>>.Empty, []);

        var profiles = entities.ToDictionary(e => e.Id, e => e.Profile);
        string? EntityName(long id)
        {
            for (int hops = 0; hops < 16 && profiles.TryGetValue(id, out var p); hops++)
            {
                if (p.MergedInto is not long next) return p.Name;
                id = next;
            }
            return null;
        }
        var views = events.Select(e => GraphReader.Summary(e.Id, e.Profile, partial.Ref, EntityName)).ToList();
        var days = views.ToFrozenDictionary(e => e.Id, e => DeskEvents.Day(e, partial));
        var eventViews = views.OrderBy(e => days[e.Id] ?? DateOnly.MaxValue).ThenBy(e => e.Id).ToList();
        var byEntity = new Dictionary<long, List<EventView>>();
        foreach (var e in eventViews)
            foreach (var id in e.Participants.Select(p => p.Entity).OfType<long>().Distinct())
            {
                if (!byEntity.TryGetValue(id, out var list)) byEntity[id] = list = [];
                list.Add(e);
            }
        return partial with
        {
            Entities = [.. entities.Where(e => e.Profile.MergedInto is null).OrderByDescending(e => e.Profile.Articles).ThenBy(e => e.Id)],
            EntitiesById = entities.ToFrozenDictionary(e => e.Id, e => e.Profile),
            Events = eventViews,
            EventsById = eventViews.ToFrozenDictionary(e => e.Id),
            EventDays = days,
            EventsByEntity = byEntity.ToFrozenDictionary(kv => kv.Key, kv => (IReadOnlyList<EventView>)kv.Value),
            // Newest first: by the last article's day, then the newest story.
            Stories = [.. stories.OrderByDescending(s => s.Profile.Last ?? "", StringComparer.Ordinal).ThenByDescending(s => s.Id)],
        };
    });
}
