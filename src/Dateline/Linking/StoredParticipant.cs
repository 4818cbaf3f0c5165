namespace Dateline.Linking;

/// <summary>A participant of a cross-document event: the stored entity (null for an actor that is not a named entity, "officials"), its name and code, its side, and the articles naming it.</summary>
public sealed class StoredParticipant
{
    public long? Entity { get; set; }

    public string Name { get; set; } = "";

    public string? Code { get; set; }

    /// <summary>"source" or "target".</summary>
    public string Side { get; set; } = "";

    public List<long> Articles { get; set; } = [];

    /// <summary>
    /// Articles that name it on the other side: a meeting one report tells as "Pinotti met Haftar" and another as "Haftar
    /// met Pinotti" keeps the first report's sides, and these articles are cited as the other reading.
    /// </summary>
    public List<long> OtherSide { get; set; } = [];
}
