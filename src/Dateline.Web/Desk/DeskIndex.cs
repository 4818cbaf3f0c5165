using System.Collections.Frozen;
using Dateline.Storage;

namespace Dateline.Web.Desk;

/// <summary>
/// The desk's in-memory view of the store, built from every stored document (entity chains, event layer,
/// near-duplicate links) and rebuilt when the article count changes (checked at most every two seconds), so
/// list, timeline and network requests never scan the store.
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
                int count = gate.Read(s => s.Count());
                if (_current is null || _current.Version != count) _current = Build(count);
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

    private DeskSnapshot Build(int count)
    {
        var rows = new List<ArticleSummary>(count);
        for (int offset = 0; ; offset += 1000)
        {
            var page = gate.Read(s => s.List(offset, 1000));
            rows.AddRange(page);
            if (page.Count < 1000) break;
        }
        var articles = rows
            .OrderByDescending(r => r.Published ?? "", StringComparer.Ordinal)
            .ThenByDescending(r => r.Id)
            .ToList();

        var entities = new Dictionary<string, EntityBuilder>(StringComparer.Ordinal);
        var byArticle = new Dictionary<long, IReadOnlyList<string>>();
        var events = new List<DeskEvent>();
        foreach (var row in rows)
        {
            var stored = gate.Read(s => s.Get(row.Id));
            if (stored is null) continue;
            var doc = stored.Document;
            var ids = new List<string>();
            foreach (var chain in doc.EntityChains)
            {
                if (string.IsNullOrWhiteSpace(chain.Name)) continue;
                string type = DeskEntity.TypeName(chain.Type);
                string id = EntityIds.For(type, chain.Name);
                if (id.Length == 0) continue;
                if (!entities.TryGetValue(id, out var b)) entities[id] = b = new EntityBuilder(id, chain.Name, type);
                b.Articles.Add(row.Id);
                b.Mentions += chain.Mentions.Length;
                b.KnowledgeId ??= chain.KnowledgeId;
                b.Country ??= chain.Country;
                b.Role ??= chain.Role;
                if (chain.Acronym is { Length: > 0 } acronym) b.Aliases.Add(acronym);
                foreach (int m in chain.Mentions)
                    if (m >= 0 && m < doc.EntityMentions.Length) b.Aliases.Add(doc.EntityMentions[m].Text);
                if (!ids.Contains(id)) ids.Add(id);
            }
            byArticle[row.Id] = ids;
            events.AddRange(EventLayerReader.Read(row.Id, doc));
        }

        var entityList = entities.Values
            .Select(b => b.Build())
            .OrderByDescending(e => e.Articles.Count).ThenByDescending(e => e.Mentions).ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
        var byName = new Dictionary<string, DeskEntity>(StringComparer.OrdinalIgnoreCase);
        // Most-cited first, so a shared alias ("Haftar") resolves to the entity most articles mean.
        foreach (var e in entityList)
        {
            byName.TryAdd(e.Name, e);
            foreach (var a in e.Aliases) byName.TryAdd(a, e);
        }
        events.Sort((a, b) => Nullable.Compare(a.Day, b.Day) is int c && c != 0 ? c : string.CompareOrdinal(a.Id, b.Id));

        return new DeskSnapshot(
            count,
            articles,
            rows.ToFrozenDictionary(r => r.Id),
            entityList,
            entityList.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal),
            byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            byArticle.ToFrozenDictionary(),
            events,
            events.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal),
            Stories(articles));
    }

    /// <summary>One story per article and its near-duplicate copies (links followed to the first stored), newest first.</summary>
    private static List<DeskStory> Stories(List<ArticleSummary> newestFirst)
    {
        var byId = newestFirst.ToDictionary(a => a.Id);
        long Root(ArticleSummary a)
        {
            var seen = new HashSet<long>();
            while (a.NearDuplicate is { } link && byId.TryGetValue(link.OriginalId, out var up) && seen.Add(a.Id)) a = up;
            return a.Id;
        }
        var groups = new Dictionary<long, List<ArticleSummary>>();
        var order = new List<long>();
        foreach (var a in newestFirst)
        {
            long root = Root(a);
            if (!groups.TryGetValue(root, out var g)) { groups[root] = g = []; order.Add(root); }
            g.Add(a);
        }
        return order.Select(root =>
        {
            var g = groups[root];
            var lead = byId[root];
            return new DeskStory(root, lead.Title ?? g.Select(x => x.Title).FirstOrDefault(t => t is not null), g[0].Published,
                [root, .. g.Where(x => x.Id != root).Select(x => x.Id)],
                g.Select(x => x.Outlet).Where(o => o is not null).Select(o => o!).Distinct(StringComparer.Ordinal).ToList());
        }).ToList();
    }

    private sealed class EntityBuilder(string id, string name, string type)
    {
        public HashSet<long> Articles { get; } = [];
        public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);
        public int Mentions { get; set; }
        public string? KnowledgeId { get; set; }
        public string? Country { get; set; }
        public string? Role { get; set; }

        public DeskEntity Build() => new(id, name, type)
        {
            Aliases = Aliases.Where(a => !string.Equals(a, name, StringComparison.Ordinal)).ToList(),
            KnowledgeId = KnowledgeId,
            Country = Country,
            Role = Role,
            Mentions = Mentions,
            Articles = Articles.OrderBy(x => x).ToList(),
        };
    }
}
