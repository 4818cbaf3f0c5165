namespace Dateline.Web.Desk;

/// <summary>An actor of a network: the entity's id (an actor no entity stands for, "officials", gets "n:" and its name), and the edges' weight.</summary>
public sealed record NetworkNode(string Id, string Name, string? Type, int Weight)
{
    public bool Entity { get; init; }
    public string? Country { get; init; }
}
