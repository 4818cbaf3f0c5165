namespace Dateline.Web.Desk;

/// <summary>The actors one actor deals with: event partners (kind "event") and co-mentions in the same articles (kind "co-mention").</summary>
public sealed record Network(TimelineActor Actor, IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges);

public sealed record NetworkNode(string Id, string Name, string? Type, int Weight);

public sealed record NetworkEdge(string Source, string Target, int Weight, string Kind);
