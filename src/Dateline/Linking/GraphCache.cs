namespace Dateline.Linking;

/// <summary>
/// The profiles one article's linking reads and changes, loaded once and written back once at the end.
/// Entities merged by the user are followed to the entity they were merged into.
/// </summary>
internal sealed class GraphCache(IGraphSession session)
{
    private readonly Dictionary<long, EntityProfile> _entities = [];
    private readonly Dictionary<long, StoredEvent> _events = [];
    private readonly Dictionary<long, StoredStory> _stories = [];
    private readonly HashSet<long> _dirty = [];

    public IGraphSession Session => session;

    public EntityProfile Entity(long id) => Load(_entities, id);

    public StoredEvent Event(long id) => Load(_events, id);

    public StoredStory Story(long id) => Load(_stories, id);

    /// <summary>Stored entities holding any of the keys, merged ones replaced by the entity they went into.</summary>
    public IReadOnlyList<(long Id, EntityProfile Profile)> Entities(IReadOnlyCollection<string> keys) =>
        [.. session.FindNodes(GraphKinds.Entity, keys, CrossDocumentLinker.EntityCandidatesPerKey).Select(Canonical).Distinct().Select(id => (id, Entity(id)))];

    public IReadOnlyList<(long Id, StoredEvent Profile)> Events(IReadOnlyCollection<string> keys) =>
        [.. session.FindNodes(GraphKinds.Event, keys, CrossDocumentLinker.EventCandidatesPerKey).Select(id => (id, Event(id)))];

    public IReadOnlyList<(long Id, StoredStory Story)> Stories(IReadOnlyCollection<string> keys) =>
        [.. session.FindNodes(GraphKinds.Story, keys, CrossDocumentLinker.StoryCandidatesPerKey).Select(id => (id, Story(id)))];

    public long Canonical(long id)
    {
        for (int hops = 0; hops < 16 && Entity(id).MergedInto is long next; hops++) id = next;
        return id;
    }

    public long NewEntity(EntityProfile p) => Insert(_entities, GraphKinds.Entity, p);

    public long NewEvent(StoredEvent p) => Insert(_events, GraphKinds.Event, p);

    public long NewStory(StoredStory p) => Insert(_stories, GraphKinds.Story, p);

    public void TouchEntity(long id, IEnumerable<string>? keys = null) => Touch(id, GraphKinds.Entity, keys);

    public void TouchEvent(long id, IEnumerable<string>? keys = null) => Touch(id, GraphKinds.Event, keys);

    public void TouchStory(long id, IEnumerable<string>? keys = null) => Touch(id, GraphKinds.Story, keys);

    /// <summary>Drops a node the caller deleted, so <see cref="Save"/> does not write it back.</summary>
    public void Forget(long id)
    {
        _entities.Remove(id);
        _events.Remove(id);
        _stories.Remove(id);
        _dirty.Remove(id);
    }

    public void Save()
    {
        foreach (var id in _dirty)
        {
            string json = _entities.TryGetValue(id, out var en) ? GraphJson.Write(en)
                : _events.TryGetValue(id, out var ev) ? GraphJson.Write(ev)
                : GraphJson.Write(_stories[id]);
            session.UpdateNode(id, json);
        }
        _dirty.Clear();
    }

    /// <summary>Marks a profile for writing back; keys are written at once, so the article's next mention already finds the node.</summary>
    private void Touch(long id, string kind, IEnumerable<string>? keys)
    {
        _dirty.Add(id);
        if (keys is not null) session.AddKeys(id, kind, keys);
    }

    private long Insert<T>(Dictionary<long, T> cache, string kind, T profile)
    {
        long id = session.InsertNode(kind, GraphJson.Write(profile));
        cache[id] = profile;
        return id;
    }

    private T Load<T>(Dictionary<long, T> cache, long id)
    {
        if (cache.TryGetValue(id, out var p)) return p;
        var node = session.GetNode(id) ?? throw new InvalidOperationException($"graph node {id} is missing");
        return cache[id] = GraphJson.Read<T>(node.Profile);
    }
}
