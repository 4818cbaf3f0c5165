using Dateline.Linking;

namespace Dateline.Web.Desk;

/// <summary>
/// A story of the cross-document graph: articles clustered by shared events and actors, syndicated copies with
/// their original. <see cref="Id"/> is the graph's story id; <see cref="Published"/> the day of its newest article;
/// <see cref="Members"/> each article with why it joined.
/// </summary>
public sealed record DeskStory(long Id, string? Title, string? Published, IReadOnlyList<long> Articles, IReadOnlyList<string> Outlets)
{
    public string? First { get; init; }
    public string? Last { get; init; }

    /// <summary>The people and organisations its articles name most.</summary>
    public IReadOnlyList<string> Actors { get; init; } = [];
    public IReadOnlyList<StoryArticleView> Members { get; init; } = [];

    /// <summary>When the story was split and why (the story split; empty for most stories).</summary>
    public IReadOnlyList<string> History { get; init; } = [];

    public static DeskStory From(StoryView s) =>
        new(s.Id, s.Title, s.Last, [.. s.Articles.Select(a => a.Article.Article)],
            [.. s.Articles.Select(a => a.Article.Outlet).OfType<string>().Distinct(StringComparer.Ordinal)])
        {
            First = s.First,
            Last = s.Last,
            Actors = s.Actors,
            Members = s.Articles,
            History = s.History,
        };
}
