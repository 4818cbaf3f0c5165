using Dateline.Entities;

namespace Dateline.Web.Desk;

/// <summary>An actor or place the desk knows: aggregated over the articles whose entity chains name it.</summary>
public sealed record DeskEntity(string Id, string Name, string Type)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string? KnowledgeId { get; init; }
    public string? Country { get; init; }
    public string? Role { get; init; }
    public int Mentions { get; init; }
    public IReadOnlyList<long> Articles { get; init; } = [];

    public static string TypeName(EntityType type) => type switch
    {
        EntityType.PER => "person",
        EntityType.ORG => "organisation",
        EntityType.LOC => "place",
        EntityType.GPE => "place",
        _ => "other",
    };
}
