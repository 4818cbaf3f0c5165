namespace Dateline.Web.Desk;

/// <summary>A story: for now one article and its near-duplicate copies (the first stored is the story's id).</summary>
public sealed record DeskStory(long Id, string? Title, string? Published, IReadOnlyList<long> Articles, IReadOnlyList<string> Outlets);
