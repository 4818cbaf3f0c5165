using Dateline.Model;
using Dateline.Pipeline;

namespace Dateline.Events;

/// <summary>The "events" layer: <see cref="EventCoder"/> over a document that has tokens with parses, entities and time expressions.</summary>
public sealed class EventStage(EventCoder? coder = null) : IDocumentStage
{
    private readonly EventCoder _coder = coder ?? new EventCoder();

    public string Name => "events";

    public IReadOnlyList<string> Needs { get; } = ["tokens", "deps", "entities", "timexes"];

    public IReadOnlyList<string> Provides { get; } = ["events"];

    public Document Process(Document document)
    {
        // Without a parse there is nothing to read arguments from: an empty layer (the language stage reports why).
        if (document.Tokens.IsDefaultOrEmpty) return document;
        return document with { EventMentions = [.. _coder.Find(document)] };
    }
}
