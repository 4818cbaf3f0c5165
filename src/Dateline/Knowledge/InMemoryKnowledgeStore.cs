using System.Collections.Immutable;

namespace Dateline.Knowledge;

/// <summary>The knowledge store held in memory: dictionaries from lower-cased names to entries.</summary>
public sealed class InMemoryKnowledgeStore : IKnowledgeStore
{
    private readonly Dictionary<string, KnownActor> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _actorIdsByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, KnownOrganisation> _organisations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _organisationIdsByName = new(StringComparer.OrdinalIgnoreCase);

    public int ActorCount => _actors.Count;

    public int OrganisationCount => _organisations.Count;

    public void AddActor(KnownActor actor)
    {
        if (_actors.TryGetValue(actor.Id, out var existing))
            actor = existing with
            {
                Aliases = [.. existing.Aliases.Union(actor.Aliases, StringComparer.OrdinalIgnoreCase)],
                Roles = [.. existing.Roles.Union(actor.Roles)],
            };
        _actors[actor.Id] = actor;
        foreach (var name in actor.Aliases.Add(actor.Name))
        {
            if (!_actorIdsByName.TryGetValue(name, out var ids))
                _actorIdsByName[name] = ids = [];
            if (!ids.Contains(actor.Id, StringComparer.Ordinal))
                ids.Add(actor.Id);
        }
    }

    public void AddOrganisation(KnownOrganisation organisation)
    {
        if (_organisations.TryGetValue(organisation.Id, out var existing))
            organisation = existing with
            {
                Acronyms = [.. existing.Acronyms.Union(organisation.Acronyms, StringComparer.Ordinal)],
                Aliases = [.. existing.Aliases.Union(organisation.Aliases, StringComparer.OrdinalIgnoreCase)],
                Members = [.. existing.Members.Union(organisation.Members, StringComparer.Ordinal)],
            };
        _organisations[organisation.Id] = organisation;
        foreach (var name in organisation.Acronyms.AddRange(organisation.Aliases).Add(organisation.Name))
            _organisationIdsByName.TryAdd(name, organisation.Id);
    }

    public IReadOnlyList<KnownActor> FindActors(string name) =>
        _actorIdsByName.TryGetValue(name.Trim(), out var ids) ? [.. ids.Select(id => _actors[id])] : [];

    public IReadOnlyList<(KnownActor Actor, ActorRole Role)> RolesOn(string name, DateOnly date) =>
        [.. FindActors(name).SelectMany(a => a.RolesOn(date).Select(r => (a, r)))];

    public IReadOnlyList<KnownActor> HoldersOn(string office, string? country, DateOnly date) =>
        [.. _actors.Values.Where(a => a.Roles.Any(r => r.IsActiveOn(date)
            && r.Office is not null && r.Office.Contains(office, StringComparison.OrdinalIgnoreCase)
            && (country is null || string.Equals(r.Country, country, StringComparison.OrdinalIgnoreCase))))
            .OrderBy(a => a.Id, StringComparer.Ordinal)];

    public KnownOrganisation? FindOrganisation(string nameOrAcronym) =>
        _organisationIdsByName.TryGetValue(nameOrAcronym.Trim(), out var id) ? _organisations[id] : null;
}
