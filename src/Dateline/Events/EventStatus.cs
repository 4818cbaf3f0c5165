namespace Dateline.Events;

/// <summary>The status values of <see cref="EventMention.Status"/> (strings in JSON, stable).</summary>
public static class EventStatus
{
    public const string Happened = "happened";
    public const string Planned = "planned";
    public const string Denied = "denied";
    public const string Negated = "negated";
    public const string Hypothetical = "hypothetical";

    /// <summary>Reported by a party to the event or with a claim verb ("X claimed", "X said he urged").</summary>
    public const string Claimed = "claimed";
}
