namespace Dateline.Export;

/// <summary>A source or target actor of a cross-document event: its name, the entity it was resolved to (id, type, ISO3 country), its CAMEO-style code, and the articles that name it in this role.</summary>
public sealed record PloverActor
{
    public required string Name { get; init; }

    public long? Entity { get; init; }

    public string? Type { get; init; }

    public string? Country { get; init; }

    public string? Code { get; init; }

    public IReadOnlyList<long> Articles { get; init; } = [];
}
