namespace Dateline.Stories;

/// <summary>
/// One article <see cref="StoryStrayFinder"/> moves: its index among the story's members, the story it goes to (null:
/// a story of its own), its score against its own story without it and against the other, and why.
/// </summary>
public sealed record StoryStrayMove(int Member, string? ToStory, double Own, double Other, string Explanation);
