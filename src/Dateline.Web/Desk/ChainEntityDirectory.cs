namespace Dateline.Web.Desk;

public sealed class ChainEntityDirectory(DeskIndex index) : IEntityDirectory
{
    public IReadOnlyList<DeskEntity> All() => index.Current.Entities;

    public DeskEntity? Find(string id) => index.Current.EntitiesById.GetValueOrDefault(id);

    public DeskEntity? Resolve(string actor)
    {
        var snapshot = index.Current;
        if (snapshot.EntitiesById.TryGetValue(actor, out var e)) return e;
        return snapshot.EntitiesByName.GetValueOrDefault(actor.Trim());
    }
}
