using System.Collections.Immutable;
using Dateline.Events;

namespace Dateline.Model;

public sealed partial record Document
{
    /// <summary>PLOVER-shaped event mentions coded from the body, in text order (the "events" layer).</summary>
    public ImmutableArray<EventMention> EventMentions { get; init; } = [];
}
