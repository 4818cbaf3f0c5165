namespace Dateline.Web.Desk;

/// <summary>
/// The actors one actor deals with (the first node is the actor): the graph's network of its events (edges of kind
/// "event": typed, dated, counted, each happening once) and the actors named in the same articles (kind "co-mention").
/// </summary>
public sealed record Network(TimelineActor Actor, IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges);
