namespace Dateline.Web.Desk;

/// <summary>
/// The entities the desk lists. Today <see cref="ChainEntityDirectory"/> aggregates names from each article's
/// in-article chains; cross-document entity resolution will replace it behind this interface.
/// </summary>
public interface IEntityDirectory
{
    IReadOnlyList<DeskEntity> All();

    DeskEntity? Find(string id);

    /// <summary>The entity an actor parameter names: an id, else a name or alias (case ignored).</summary>
    DeskEntity? Resolve(string actor);
}
