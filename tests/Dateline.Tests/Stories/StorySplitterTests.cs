using Dateline.Stories;

namespace Dateline.Tests.Stories;

/// <summary>The story split on made-up article profiles: two sub-topics in one story part, one sub-topic stays whole.</summary>
public class StorySplitterTests
{
    private static readonly StorySplitter Splitter = new(new StoryLinker());

    private static StoryProfile Article(string id, string[] words, string[] entities) =>
        StoryProfileBuilder.Build(id, new DateOnly(2019, 5, 15), words.GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count()), entities.Select(e => (e, 2)), [], []);

    // Two meetings about one war: shared words ("ceasefire", "libya") joined them; their people and places differ.
    private static StoryProfile Paris(int i) => Article($"p{i}", ["ceasefire", "libya", "meet", "paris", "elysee", "offensive", "commander", $"paris{i}"], ["Emmanuel Macron", "Khalifa Haftar"]);

    private static StoryProfile Rome(int i) => Article($"r{i}", ["ceasefire", "libya", "meet", "rome", "aid", "unity", "government", $"rome{i}"], ["Giuseppe Conte", "Fayez al-Sarraj"]);

    [Fact]
    public void Two_sub_topics_in_one_story_split_and_the_half_without_the_first_article_leaves()
    {
        var members = new[] { Paris(1), Rome(1), Paris(2), Rome(2), Rome(3), Paris(3) };
        var split = Splitter.Split(members);
        Assert.NotNull(split);
        Assert.Equal([1, 3, 4], split.Leaving);
        Assert.Equal(3, split.Staying);
        Assert.True(split.Cross < Splitter.Options.SplitBelow);
        Assert.Contains("two groups of 3 and 3 articles", split.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void One_sub_topic_stays_whole()
    {
        Assert.Null(Splitter.Split([Paris(1), Paris(2), Paris(3), Paris(4), Paris(5), Paris(6)]));
    }

    [Fact]
    public void A_half_smaller_than_three_articles_does_not_leave()
    {
        Assert.Null(Splitter.Split([Paris(1), Paris(2), Paris(3), Paris(4), Rome(1), Rome(2)]));
    }

    [Fact]
    public void A_story_is_looked_at_only_at_its_check_sizes()
    {
        Assert.False(Splitter.Options.ChecksAt(5));
        Assert.True(Splitter.Options.ChecksAt(6));
        Assert.False(Splitter.Options.ChecksAt(25));
        Assert.Equal(24, Splitter.Options.LargestCheck);
    }
}
