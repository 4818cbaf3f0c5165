using Dateline.Coreference;

namespace Dateline.Tests.Coreference;

/// <summary>
/// The learned join decision: deterministic training, its weights file, and the shipped model on made-up reports of
/// made-up meetings (the product's vetoes still hold; the explanation names what weighed).
/// </summary>
public class EventDecisionModelTests
{
    private static EventProfile Meeting(string id, string doc, string lemma, string? time, string? type = "CONSULT", string place = "Rome", string[]? context = null, params string[] participants) => new()
    {
        Id = id,
        DocumentId = doc,
        StoryId = "s1",
        Trigger = lemma,
        TriggerLemma = lemma,
        TriggerPos = "VERB",
        EventClass = type,
        Time = time,
        Place = place,
        PlaceCountry = place == "Paris" ? "FRA" : "ITA",
        PlaceStated = true,
        Participants = [.. participants.Select(p => new EventParticipant(p.ToLowerInvariant(), p))],
        ArticleActors = ["conte", "haftar"],
        Context = [.. context ?? ["minister", "talks", "libya", "ceasefire"]],
    };

    private static EventLinker Learned => new(relations: TriggerRelations.Empty, model: EventDecisionModel.BuiltIn);

    private static readonly EventClusterSummary RomeMeeting =
        EventClusterSummary.Start("ev1", Meeting("a1:e1", "a1", "meet", "2019-05-16", participants: ["Haftar", "Conte"]));

    [Fact]
    public void The_shipped_model_loads_with_one_weight_per_feature()
    {
        var model = EventDecisionModel.BuiltIn;
        Assert.NotNull(model);
        Assert.Equal(EventPairFeatures.Count, model.Weights.Count);
        Assert.InRange(model.Threshold, 0.05, 0.95);
    }

    [Fact]
    public void A_second_report_of_the_same_meeting_joins_and_the_explanation_names_the_weightiest_features()
    {
        var second = Meeting("a2:e1", "a2", "meet", "2019-05-16", participants: ["Conte", "Haftar"]);
        var decision = Learned.Link(second, [RomeMeeting]);
        Assert.Equal("ev1", decision.ClusterId);
        Assert.Contains("trigger 'meet' vs meet", decision.Explanation, StringComparison.Ordinal);
        Assert.Contains("actors.share 1.00 (+", decision.Explanation, StringComparison.Ordinal);
        Assert.Contains(" ≥ ", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_product_vetoes_still_hold_under_the_learned_decision()
    {
        var later = Meeting("a3:e1", "a3", "meet", "2020-05-14", participants: ["Haftar", "Conte"]);
        var decision = Learned.Link(later, [RomeMeeting]);
        Assert.True(decision.IsNew);
        Assert.Contains("every candidate vetoed (ev1: dates", decision.Explanation, StringComparison.Ordinal);
        var paris = Meeting("a4:e1", "a4", "meet", "2019-05-16", place: "Paris", participants: ["Haftar", "Conte"]);
        decision = Learned.Link(paris, [RomeMeeting]);
        Assert.True(decision.IsNew);
        Assert.Contains("country FRA ≠ ITA", decision.Explanation, StringComparison.Ordinal);
        var attack = Meeting("a5:e1", "a5", "meet", "2019-05-16", type: "ASSAULT", participants: ["Haftar", "Conte"]);
        decision = Learned.Link(attack, [RomeMeeting]);
        Assert.True(decision.IsNew);
        Assert.Contains("type ASSAULT ≠ CONSULT", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unrelated_trigger_with_nothing_else_in_common_starts_a_new_event()
    {
        var other = Meeting("a6:e1", "a6", "arrest", null, type: null, context: ["police", "suspect", "jewellery"]) with { ArticleActors = ["police"] };
        var decision = Learned.Link(other, [RomeMeeting]);
        Assert.True(decision.IsNew);
        Assert.Contains("trigger.unrelated", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Training_is_deterministic_and_learns_which_evidence_separates_the_pairs()
    {
        // Made-up pairs: the same lemma joins unless the context disagrees; an unrelated trigger never joins.
        var samples = new List<(double[] X, bool Y)>();
        var rng = new Random(7);
        for (int i = 0; i < 400; i++)
        {
            var x = new double[EventPairFeatures.Count];
            x[0] = 1;
            bool same = i % 2 == 0;
            double ctx = rng.NextDouble();
            x[Index("trigger.same_lemma")] = same ? 1 : 0;
            x[Index("trigger.unrelated")] = same ? 0 : 1;
            x[Index("context")] = ctx;
            samples.Add((x, same && ctx > 0.3));
        }
        var a = EventDecisionModel.Train(samples, 1, 0.5);
        var b = EventDecisionModel.Train(samples, 1, 0.5);
        Assert.Equal(a.Weights, b.Weights);
        Assert.True(a.Weights[Index("trigger.same_lemma")] > a.Weights[Index("trigger.unrelated")]);
        Assert.True(a.Weights[Index("context")] > 0);
        Assert.Equal(0, a.Weights[Index("size.log")]);
    }

    [Fact]
    public void A_model_written_and_read_back_decides_the_same()
    {
        var model = EventDecisionModel.BuiltIn!;
        var text = new StringWriter();
        model.Write(text);
        var back = EventDecisionModel.Read(new StringReader(text.ToString()));
        Assert.Equal(model.Threshold, back.Threshold);
        for (int j = 0; j < model.Weights.Count; j++) Assert.Equal(model.Weights[j], back.Weights[j], 6);
    }

    [Fact]
    public void An_unknown_feature_in_the_weights_file_is_reported_with_its_line()
    {
        var ex = Assert.Throws<InvalidDataException>(() => EventDecisionModel.Read(new StringReader("threshold\t0.3\nbias\t-1\nmoon.phase\t2\n")));
        Assert.Contains("line 3", ex.Message, StringComparison.Ordinal);
    }

    private static int Index(string name) => EventPairFeatures.Names.ToList().IndexOf(name);
}
