namespace Dateline.Events;

/// <summary>
/// A source or target actor: the words in the sentence, their span over Document.Text, the entity chain
/// they belong to (when the entity stage found one), a best name, ISO3 country, sector (GOV, MIL, REB,
/// IGO, ...), a CAMEO-style actor code ("LBYMIL") and why those codes were chosen.
/// </summary>
public sealed record EventActor
{
    public required string Text { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    /// <summary>Index into Document.EntityChains, null for an actor that is not a named entity ("officials").</summary>
    public int? Chain { get; init; }

    public required string Name { get; init; }

    public string? Country { get; init; }

    public string? Sector { get; init; }

    /// <summary>Country and sector joined ("ITAGOV"), or a dictionary code ("IGOUNO").</summary>
    public string? Code { get; init; }

    /// <summary>How the actor and its codes were found ("nsubj; role Prime Minister -> GOV; country from role").</summary>
    public string? Reason { get; init; }
}
