namespace Dateline.Stories;

/// <summary>What <see cref="StoryLinker.Link"/> decided: join <see cref="StoryId"/>, or start a story when null; the best score and why.</summary>
public sealed record StoryLinkDecision(string? StoryId, double Score, string Explanation)
{
    public bool IsNew => StoryId is null;
}
