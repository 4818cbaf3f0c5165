namespace Dateline.Linking;

/// <summary>
/// What an event id holds once the event is gone: a story split moved all its reports to events of the new story. Ids
/// a user exported or bookmarked keep answering: why the event ended and which events now hold its reports.
/// </summary>
public sealed record RetiredEvent
{
    public required string Reason { get; init; }

    /// <summary>The events that hold the retired event's reports now, lowest id first (empty when none was coded again).</summary>
    public IReadOnlyList<long> Successors { get; init; } = [];

    /// <summary>The story the reports moved to.</summary>
    public long? Story { get; init; }
}
