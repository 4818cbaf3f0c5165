namespace Dateline.Coreference;

/// <summary>A participant of an event mention: a stable entity key (the store's resolved entity id, or a
/// normalised name) and the name as the report gives it, for explanations.</summary>
public sealed record EventParticipant(string Key, string Name);
