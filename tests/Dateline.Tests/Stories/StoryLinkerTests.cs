using Dateline.Stories;

namespace Dateline.Tests.Stories;

/// <summary>Story linking on made-up article profiles: same story joins, another story or the same words a year later do not.</summary>
public class StoryLinkerTests
{
    private static readonly StoryLinker Linker = new();

    private static StoryProfile Article(string id, DateOnly? published, string[] words, string[] entities, params string[] dates) =>
        StoryProfileBuilder.Build(id, published,
            words.GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count()),
            entities.Select(e => (e, 2)), dates, []);

    private static readonly string[] LibyaTalks = ["ceasefire", "talks", "tripoli", "offensive", "envoy", "militia", "ceasefire", "talks"];
    private static readonly string[] Football = ["goal", "striker", "league", "match", "penalty", "coach", "goal"];

    private static readonly StorySummary Libya = StorySummary.Start("s1",
        Article("a1", new DateOnly(2019, 5, 16), LibyaTalks, ["Khalifa Haftar", "Giuseppe Conte"], "2019-05-16"));

    [Fact]
    public void A_second_report_of_the_same_talks_joins_the_story()
    {
        var second = Article("a2", new DateOnly(2019, 5, 17), [.. LibyaTalks, "rome"], ["Khalifa Haftar", "Giuseppe Conte", "Rome"], "2019-05-16");
        var decision = Linker.Link(second, [Libya]);
        Assert.Equal("s1", decision.StoryId);
        Assert.Contains("dates agree", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_on_another_subject_starts_a_story()
    {
        var match = Article("a3", new DateOnly(2019, 5, 17), Football, ["Juventus"], "2019-05-16");
        Assert.True(Linker.Link(match, [Libya]).IsNew);
    }

    [Fact]
    public void The_same_words_about_the_same_people_a_year_later_start_a_story()
    {
        var later = Article("a4", new DateOnly(2020, 5, 20), LibyaTalks, ["Khalifa Haftar", "Giuseppe Conte"], "2020-05-20");
        var decision = Linker.Link(later, [Libya]);
        Assert.True(decision.IsNew);
        Assert.Contains("days from the story", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_publication_dates_clashing_years_in_the_text_keep_stories_apart()
    {
        var undatedStory = StorySummary.Start("s2", Article("b1", null, LibyaTalks, ["Khalifa Haftar"], "2011"));
        var other = Article("b2", null, LibyaTalks, ["Khalifa Haftar"], "2019");
        var same = Article("b3", null, LibyaTalks, ["Khalifa Haftar"], "2011-03");
        Assert.True(Linker.Score(other, undatedStory).Score < Linker.Score(same, undatedStory).Score);
    }

    [Fact]
    public void A_story_summary_stays_bounded_however_many_articles_join()
    {
        var story = Libya;
        for (int i = 0; i < 300; i++)
            story = story.Add(Article($"x{i}", new DateOnly(2019, 5, 17), [.. LibyaTalks, $"word{i}", $"term{i}"], [$"Person {i}"], $"2019-05-{1 + (i % 28):00}"));
        Assert.Equal(301, story.ArticleCount);
        Assert.True(story.Terms.Length <= StorySummary.MaxTerms);
        Assert.True(story.Entities.Length <= StorySummary.MaxEntities);
        Assert.True(story.Dates.Count <= StorySummary.MaxDates);
        Assert.Equal(new DateOnly(2019, 5, 16), story.FirstPublished);
    }

    [Fact]
    public void Idf_weighs_rare_terms_above_common_ones_and_profiles_have_unit_length()
    {
        var stats = new TermStatistics();
        for (int i = 0; i < 10; i++) stats.Add(["government", i == 0 ? "haftar" : "budget"]);
        var profile = StoryProfileBuilder.Build("a", null, new Dictionary<string, int> { ["government"] = 1, ["haftar"] = 1 }, [], [], [], stats);
        Assert.Equal("haftar", profile.Terms[0].Term);
        Assert.Equal(1.0, Math.Sqrt(profile.Terms.Sum(t => t.Weight * t.Weight)), 6);
    }

    [Fact]
    public void Blocking_keys_are_the_heaviest_terms_and_entities()
    {
        var keys = StoryKeys.For(Article("a1", null, LibyaTalks, ["Khalifa Haftar"]));
        Assert.Contains("t:ceasefire", keys);
        Assert.Contains("e:khalifa haftar", keys);
        Assert.True(keys.Count <= StoryKeys.TermKeys + StoryKeys.EntityKeys);
    }

    [Fact]
    public void Content_words_leave_out_function_words_and_light_verbs()
    {
        var tf = StoryProfileBuilder.CountTerms([("the", "DET"), ("say", "VERB"), ("Haftar", "PROPN"), ("ceasefire", "NOUN"), ("ceasefire", "NOUN"), ("2019", "NUM")]);
        Assert.Equal(["ceasefire", "haftar"], tf.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2, tf["ceasefire"]);
    }

    [Fact]
    public void A_person_is_keyed_by_surname_so_a_short_and_a_full_name_share_a_key()
    {
        var document = new Dateline.Model.Document
        {
            Source = new Dateline.Model.SourceInfo("a.txt", Dateline.Model.SourceFormat.PlainText, "utf-8", "", 0),
            SourceText = "",
            Text = "",
            EntityChains =
            [
                new Dateline.Entities.EntityChain(0, "Khalifa Haftar", Dateline.Entities.EntityType.PER, [0, 1]),
                new Dateline.Entities.EntityChain(1, "Government of National Accord", Dateline.Entities.EntityType.ORG, [2]),
                new Dateline.Entities.EntityChain(2, "Italian", Dateline.Entities.EntityType.MISC, [3]),
            ],
        };
        Assert.Equal([("Haftar", 2), ("Government of National Accord", 1)], StoryProfileBuilder.Entities(document));
    }
}
