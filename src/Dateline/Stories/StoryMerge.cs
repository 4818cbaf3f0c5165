namespace Dateline.Stories;

/// <summary>
/// Two stories <see cref="StoryMergeFinder"/> merges: the story whose articles move (the smaller), the one they join,
/// their score against each other (the lower of the two directions), and why.
/// </summary>
public sealed record StoryMerge(string Moving, string Into, double Score, string Explanation);
