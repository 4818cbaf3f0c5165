using System.Collections.Immutable;
using Dateline.Events;

namespace Dateline.Model;

public sealed partial record Document
{
    /// <summary>PLOVER-shaped event mentions coded from the body, in text order (the "events" layer).</summary>
    public ImmutableArray<EventMention> EventMentions { get; init; } = [];

    /// <summary>
    /// Events only a headline or caption reports (the body does not): spans over that part's text, each citation naming
    /// its part. Kept apart from <see cref="EventMentions"/>, whose spans are over the body (as OtherEntityMentions).
    /// </summary>
    public ImmutableArray<EventMention> OtherEventMentions { get; init; } = [];
}
