using System.Text.Json;
using Dateline.Linking;

namespace Dateline.Knowledge;

/// <summary>
/// Imported knowledge kept in a store (`dateline knowledge import --db`): each actor and organisation is a node of
/// the cross-document graph (kinds <see cref="ActorKind"/> and <see cref="OrganisationKind"/>, the entry as JSON),
/// found through indexed keys ("id:Q123", "n:roberta pinotti"), so both stores hold it without a schema of their own
/// and a lookup never scans. Works inside one <see cref="IGraphSession"/> transaction.
/// </summary>
public sealed class StoredKnowledge(IGraphSession session) : IKnowledgeStore
{
    public const string ActorKind = "known-actor";
    public const string OrganisationKind = "known-organisation";

    // A name several entries share ("John Smith") reads at most this many of them.
    private const int PerName = 64;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public int ActorCount => session.CountNodes(ActorKind);

    public int OrganisationCount => session.CountNodes(OrganisationKind);

    public void AddActor(KnownActor actor)
    {
        if (Find<KnownActor>(ActorKind, IdKey(actor.Id)).FirstOrDefault() is var (node, existing) && existing is not null)
        {
            actor = existing with
            {
                Aliases = [.. existing.Aliases.Union(actor.Aliases, StringComparer.OrdinalIgnoreCase)],
                Roles = [.. existing.Roles.Union(actor.Roles)],
            };
            session.UpdateNode(node, JsonSerializer.Serialize(actor, Json));
            session.AddKeys(node, ActorKind, actor.Aliases.Add(actor.Name).Select(NameKey));
            return;
        }
        var id = session.InsertNode(ActorKind, JsonSerializer.Serialize(actor, Json));
        session.AddKeys(id, ActorKind, actor.Aliases.Add(actor.Name).Select(NameKey).Prepend(IdKey(actor.Id)));
    }

    public void AddOrganisation(KnownOrganisation organisation)
    {
        if (Find<KnownOrganisation>(OrganisationKind, IdKey(organisation.Id)).FirstOrDefault() is var (node, existing) && existing is not null)
        {
            organisation = existing with
            {
                Acronyms = [.. existing.Acronyms.Union(organisation.Acronyms, StringComparer.Ordinal)],
                Aliases = [.. existing.Aliases.Union(organisation.Aliases, StringComparer.OrdinalIgnoreCase)],
                Members = [.. existing.Members.Union(organisation.Members, StringComparer.Ordinal)],
            };
            session.UpdateNode(node, JsonSerializer.Serialize(organisation, Json));
        }
        else
            node = session.InsertNode(OrganisationKind, JsonSerializer.Serialize(organisation, Json));
        session.AddKeys(node, OrganisationKind, organisation.Acronyms.AddRange(organisation.Aliases).Add(organisation.Name).Select(NameKey).Prepend(IdKey(organisation.Id)));
    }

    public IReadOnlyList<KnownActor> FindActors(string name) =>
        [.. Find<KnownActor>(ActorKind, NameKey(name)).Select(f => f.Entry).OfType<KnownActor>().OrderBy(a => a.Id, StringComparer.Ordinal)];

    public IReadOnlyList<(KnownActor Actor, ActorRole Role)> RolesOn(string name, DateOnly date) =>
        [.. FindActors(name).SelectMany(a => a.RolesOn(date).Select(r => (a, r)))];

    /// <summary>Reads every stored actor: an office is not a key, so this is the one lookup that scans.</summary>
    public IReadOnlyList<KnownActor> HoldersOn(string office, string? country, DateOnly date) =>
        [.. AllActors().Where(a => a.Roles.Any(r => r.IsActiveOn(date)
            && r.Office is not null && r.Office.Contains(office, StringComparison.OrdinalIgnoreCase)
            && (country is null || string.Equals(r.Country, country, StringComparison.OrdinalIgnoreCase))))
            .OrderBy(a => a.Id, StringComparer.Ordinal)];

    public KnownOrganisation? FindOrganisation(string nameOrAcronym) =>
        Find<KnownOrganisation>(OrganisationKind, NameKey(nameOrAcronym)).Select(f => f.Entry).OfType<KnownOrganisation>()
            .OrderBy(o => o.Id, StringComparer.Ordinal).FirstOrDefault();

    /// <summary>Every stored actor (what ingest turns into its actor dictionary), in import order.</summary>
    public IReadOnlyList<KnownActor> AllActors()
    {
        var count = session.CountNodes(ActorKind);
        return [.. session.ListNodes(ActorKind, 0, count).Reverse().Select(n => Read<KnownActor>(n.Profile)).OfType<KnownActor>()];
    }

    private IEnumerable<(long Node, T? Entry)> Find<T>(string kind, string key) where T : class =>
        session.FindNodes(kind, [key], PerName).Select(id => (id, session.GetNode(id) is { } n ? Read<T>(n.Profile) : null));

    private static T? Read<T>(string json) where T : class => JsonSerializer.Deserialize<T>(json, Json);

    private static string IdKey(string id) => "id:" + id;

    private static string NameKey(string name) => "n:" + string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
