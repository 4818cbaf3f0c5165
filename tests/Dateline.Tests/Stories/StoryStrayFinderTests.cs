using Dateline.Stories;

namespace Dateline.Tests.Stories;

/// <summary>The stray repair on made-up article profiles: one Rome article in a Paris story moves to the Rome story (or
/// alone when there is none); a story of one sub-topic keeps all its articles.</summary>
public class StoryStrayFinderTests
{
    private static readonly StoryLinker Linker = new();
    private static readonly StoryStrayFinder Finder = new(Linker);

    private static StoryProfile Article(string id, string[] words, string[] entities) =>
        StoryProfileBuilder.Build(id, new DateOnly(2019, 5, 15), words.GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count()), entities.Select(e => (e, 2)), [], []);

    private static StoryProfile Paris(int i) => Article($"p{i}", ["ceasefire", "libya", "meet", "paris", "elysee", "offensive", "commander", $"paris{i}"], ["Emmanuel Macron", "Khalifa Haftar"]);

    private static StoryProfile Rome(int i) => Article($"r{i}", ["ceasefire", "libya", "meet", "rome", "aid", "unity", "government", $"rome{i}"], ["Giuseppe Conte", "Fayez al-Sarraj"]);

    private static StorySummary Story(string id, params StoryProfile[] articles) =>
        articles.Skip(1).Aggregate(StorySummary.Start(id, articles[0]), (s, a) => s.Add(a));

    [Fact]
    public void A_stray_article_moves_to_the_story_it_fits()
    {
        var rome = Story("rome", Rome(1), Rome(2), Rome(3));
        var move = Finder.Find([Paris(1), Paris(2), Rome(4), Paris(3), Paris(4), Paris(5)], _ => [rome]);
        Assert.NotNull(move);
        Assert.Equal(2, move.Member);
        Assert.Equal("rome", move.ToStory);
        Assert.True(move.Other >= move.Own + Finder.Options.Margin);
        Assert.Contains("against story rome", move.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stray_article_no_other_story_takes_leaves_alone()
    {
        var move = Finder.Find([Paris(1), Paris(2), Paris(3), Rome(1), Paris(4), Paris(5)], _ => []);
        Assert.NotNull(move);
        Assert.Equal(3, move.Member);
        Assert.Null(move.ToStory);
        Assert.Contains("no other story takes it", move.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_story_of_one_sub_topic_keeps_its_articles_even_when_another_story_is_near()
    {
        var rome = Story("rome", Rome(1), Rome(2), Rome(3));
        Assert.Null(Finder.Find([Paris(1), Paris(2), Paris(3), Paris(4), Paris(5), Paris(6)], _ => [rome]));
    }

    [Fact]
    public void The_first_article_of_a_story_never_moves()
    {
        var rome = Story("rome", Rome(1), Rome(2), Rome(3));
        var move = Finder.Find([Rome(4), Paris(1), Paris(2), Paris(3), Paris(4), Paris(5)], _ => [rome]);
        Assert.True(move is null || move.Member != 0);
    }
}
