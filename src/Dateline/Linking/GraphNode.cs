namespace Dateline.Linking;

/// <summary>A cross-document node as stored: an entity, an event or a story, its kind and its profile (JSON).</summary>
public sealed record GraphNode(long Id, string Kind, string Profile);
