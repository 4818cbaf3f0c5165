namespace Dateline.Knowledge;

/// <summary>
/// What name resolution needs from imported knowledge: actors with dated roles and organisations
/// with acronyms and members. <see cref="InMemoryKnowledgeStore"/> serves tests and one-shot runs;
/// the SQLite store implements the same contract. Name lookups ignore case.
/// </summary>
public interface IKnowledgeStore
{
    int ActorCount { get; }

    int OrganisationCount { get; }

    /// <summary>Adds an actor, merging with an existing one of the same id (aliases and roles are united).</summary>
    void AddActor(KnownActor actor);

    void AddOrganisation(KnownOrganisation organisation);

    IReadOnlyList<KnownActor> FindActors(string name);

    /// <summary>The roles a name held on a date ("Roberta Pinotti" on 2017-05-01 -> Minister of Defence, ITA).</summary>
    IReadOnlyList<(KnownActor Actor, ActorRole Role)> RolesOn(string name, DateOnly date);

    /// <summary>Who held an office in a country on a date ("Minister of Defence", "ITA", 2017-05-01 -> Roberta Pinotti).</summary>
    IReadOnlyList<KnownActor> HoldersOn(string office, string? country, DateOnly date);

    KnownOrganisation? FindOrganisation(string nameOrAcronym);
}
