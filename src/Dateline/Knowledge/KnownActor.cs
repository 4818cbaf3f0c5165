using System.Collections.Immutable;

namespace Dateline.Knowledge;

/// <summary>A person or group from an imported source (Wikidata office holders, Phoenix actor dictionaries), with dated roles.</summary>
public sealed record KnownActor(string Id, string Name, ImmutableArray<string> Aliases, ImmutableArray<ActorRole> Roles, string Source)
{
    public IEnumerable<ActorRole> RolesOn(DateOnly date) => Roles.Where(r => r.IsActiveOn(date));
}
