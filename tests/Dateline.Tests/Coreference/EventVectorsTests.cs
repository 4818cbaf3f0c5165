using System.Collections.Immutable;
using Dateline.Coreference;
using Dateline.Language;

namespace Dateline.Tests.Coreference;

/// <summary>
/// GloVe cosines as features of the learned event decision (session 10): a trigger near the event's other triggers
/// counts for the join, a trigger near the event's sentence words (another happening those sentences tell) against it.
/// </summary>
public class EventVectorsTests
{
    private static readonly WordVectors Glove = WordVectors.BuiltIn;

    private static ImmutableDictionary<string, int> Lemmas(params string[] lemmas) =>
        lemmas.ToImmutableDictionary(l => l, _ => 1, StringComparer.Ordinal);

    private static ImmutableDictionary<string, double> Context(params string[] words) =>
        words.ToImmutableDictionary(w => w, _ => 1.0 / words.Length, StringComparer.Ordinal);

    private static EventProfile Report(string id, string doc, string lemma, string[] context) => new()
    {
        Id = id,
        DocumentId = doc,
        StoryId = "s1",
        Trigger = lemma,
        TriggerLemma = lemma,
        TriggerPos = "VERB",
        ArticleActors = ["ent:1"],
        Context = [.. context],
    };

    private static double Feature(double[] x, string name) => x[EventPairFeatures.Names.ToList().IndexOf(name)];

    [Fact]
    public void A_trigger_is_nearer_an_event_told_with_a_synonym_than_one_told_with_an_unrelated_word()
    {
        double near = EventVectors.TriggerMax(Glove, "die", Lemmas("dead", "election"));
        double far = EventVectors.TriggerMax(Glove, "die", Lemmas("election", "vote"));
        Assert.True(near > 0.4, $"die/dead {near:0.00}");
        Assert.True(near > far + 0.2, $"die/dead {near:0.00} against die/election {far:0.00}");
    }

    [Fact]
    public void The_trigger_cosine_leaves_out_the_mention_s_own_lemma_and_words_the_table_does_not_hold()
    {
        Assert.Equal(0, EventVectors.TriggerMax(Glove, "die", Lemmas("die")));
        Assert.Equal(0, EventVectors.TriggerMax(Glove, "die", Lemmas("qqzxv")));
        Assert.Equal(0, EventVectors.TriggerMax(Glove, "qqzxv", Lemmas("dead")));
        Assert.Equal(0, EventVectors.TriggerMax(WordVectors.Empty, "die", Lemmas("dead")));
    }

    [Fact]
    public void A_trigger_is_nearer_the_sentence_words_of_its_own_kind_of_story_than_of_another()
    {
        double crime = EventVectors.TriggerContext(Glove, "shooting", Context("police", "gunman", "suspect", "wounded"));
        double talks = EventVectors.TriggerContext(Glove, "shooting", Context("minister", "ceasefire", "negotiations", "treaty"));
        Assert.True(crime > talks + 0.1, $"crime {crime:0.00} against talks {talks:0.00}");
        Assert.Equal(0, EventVectors.TriggerContext(Glove, "shooting", Context()));
        Assert.Equal(0, EventVectors.TriggerContext(Glove, "qqzxv", Context("police")));
    }

    [Fact]
    public void The_cosines_on_a_small_table_are_those_of_its_vectors()
    {
        // Three words in two dimensions: "a" and "b" 45 degrees apart, "c" at right angles to "a".
        var table = new WordVectors(["a", "b", "c"], [1, 0, 1, 1, 0, 1], 2);
        Assert.Equal(Math.Sqrt(0.5), EventVectors.TriggerMax(table, "a", Lemmas("b", "c")), 5);
        Assert.Equal(0, EventVectors.TriggerMax(table, "a", Lemmas("c")), 5);
    }

    [Fact]
    public void An_unrelated_trigger_carries_its_vector_cosines_into_the_crossed_features_and_a_same_lemma_does_not()
    {
        var dead = EventClusterSummary.Start("ev1", Report("a1:e1", "a1", "dead", ["actor", "found", "hotel"]));
        var o = new EventLinkerOptions();
        var die = EventPairFeatures.Compute(Report("a2:e1", "a2", "die", ["actor", "hotel", "overdose"]), dead, TriggerRelations.Empty, o)!;
        Assert.Equal(1, Feature(die, "trigger.unrelated"));
        Assert.True(Feature(die, "vec.trigger_max") > 0.4);
        Assert.Equal(Feature(die, "vec.trigger_max"), Feature(die, "vec.trigger_max_unrelated"));
        Assert.Equal(Feature(die, "vec.trigger_context"), Feature(die, "vec.trigger_context_unrelated"));

        var same = EventPairFeatures.Compute(Report("a3:e1", "a3", "dead", ["actor", "hotel"]), dead, TriggerRelations.Empty, o)!;
        Assert.Equal(0, Feature(same, "trigger.unrelated"));
        Assert.Equal(0, Feature(same, "vec.trigger_max"));
        Assert.Equal(0, Feature(same, "vec.trigger_context_unrelated"));
    }

    [Fact]
    public void The_shipped_decision_prefers_a_synonym_trigger_to_an_unrelated_one_with_the_same_other_evidence()
    {
        var model = EventDecisionModel.BuiltIn!;
        var dead = EventClusterSummary.Start("ev1", Report("a1:e1", "a1", "dead", ["actor", "found", "hotel"]));
        var o = new EventLinkerOptions();
        double Join(string lemma) => model.Probability(EventPairFeatures.Compute(Report("a2:e1", "a2", lemma, ["actor", "hotel"]), dead, TriggerRelations.Empty, o)!);
        Assert.True(Join("die") > Join("elect"), $"die {Join("die"):0.00} against elect {Join("elect"):0.00}");
    }
}
