namespace Dateline.Linking;

/// <summary>A source or target of an article's event: the stored entity (null when the actor is not a named entity), name, code and side.</summary>
public sealed record ArticleEventParticipant(long? Entity, string Name, string? Code, string Side);
