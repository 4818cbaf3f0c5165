namespace Dateline.Web.Desk;

/// <summary>
/// An edge of a network: kind "event" (events of one PLOVER <see cref="Type"/> from source to target, each happening
/// counted once in <see cref="Weight"/>, dated <see cref="First"/>..<see cref="Last"/>, with their ids) or "co-mention"
/// (the number of articles naming both).
/// </summary>
public sealed record NetworkEdge(string Source, string Target, int Weight, string Kind)
{
    public string? Type { get; init; }
    public string? First { get; init; }
    public string? Last { get; init; }
    public IReadOnlyList<string> Events { get; init; } = [];
}
