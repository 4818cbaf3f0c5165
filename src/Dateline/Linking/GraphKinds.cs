namespace Dateline.Linking;

/// <summary>The kinds of cross-document node.</summary>
public static class GraphKinds
{
    public const string Entity = "entity";
    public const string Event = "event";
    public const string Story = "story";
}
