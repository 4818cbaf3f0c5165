namespace Dateline.Linking;

/// <summary>The kinds of cross-document node.</summary>
public static class GraphKinds
{
    public const string Entity = "entity";
    public const string Event = "event";
    public const string Story = "story";

    /// <summary>An event emptied when its reports moved to another story: its id says where they went (<see cref="RetiredEvent"/>).</summary>
    public const string RetiredEvent = "event-retired";
}
