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
}
