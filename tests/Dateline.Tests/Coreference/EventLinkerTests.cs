using Dateline.Coreference;

namespace Dateline.Tests.Coreference;

/// <summary>
/// Cross-document event linking on made-up reports of made-up meetings: two outlets reporting one meeting join,
/// the same people meeting a year later do not, another type of event does not.
/// </summary>
public class EventLinkerTests
{
    private static readonly EventLinker Linker = new(relations: TriggerRelations.Empty);

    private static EventProfile Meeting(string id, string doc, string trigger, string lemma, string? time, string? type = "CONSULT",
        string? story = "s1", string place = "Rome", params string[] participants) => new()
    {
        Id = id,
        DocumentId = doc,
        StoryId = story,
        Trigger = trigger,
        TriggerLemma = lemma,
        EventClass = type,
        Time = time,
        Place = place,
        PlaceCountry = place == "Paris" ? "FRA" : "ITA",
        PlaceStated = true,
        Participants = [.. participants.Select(p => new EventParticipant(p.ToLowerInvariant(), p))],
        Context = ["minister", "talks", "libya", "ceasefire"],
    };

    private static readonly EventClusterSummary RomeMeeting =
        EventClusterSummary.Start("ev1", Meeting("a1:e1", "a1", "met", "meet", "2019-05-16", participants: ["Haftar", "Conte"]));

    [Fact]
    public void The_same_meeting_reported_by_a_second_outlet_joins_and_says_why()
    {
        var second = Meeting("a2:e1", "a2", "held talks with", "hold", "2019-W20", participants: ["Conte", "Haftar"]);
        var decision = Linker.Link(second, [RomeMeeting]);
        Assert.Equal("ev1", decision.ClusterId);
        Assert.Contains("same type CONSULT", decision.Explanation, StringComparison.Ordinal);
        Assert.Contains("participants 2/2 shared", decision.Explanation, StringComparison.Ordinal);
        Assert.Contains("2019-W20 ⊃ 2019-05-16 compatible", decision.Explanation, StringComparison.Ordinal);
        Assert.Contains("same place Rome", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_people_meeting_a_year_later_start_a_new_event()
    {
        var later = Meeting("a3:e1", "a3", "met", "meet", "2020-05-14", participants: ["Haftar", "Conte"]);
        var decision = Linker.Link(later, [RomeMeeting]);
        Assert.True(decision.IsNew);
        Assert.Contains("incompatible", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_different_days_are_two_meetings_even_in_one_week()
    {
        var nextDay = Meeting("a4:e1", "a4", "met", "meet", "2019-05-17", participants: ["Haftar", "Conte"]);
        Assert.True(Linker.Link(nextDay, [RomeMeeting]).IsNew);
    }

    [Fact]
    public void An_event_of_another_type_does_not_join()
    {
        var attack = Meeting("a5:e1", "a5", "attacked", "attack", "2019-05-16", type: "ASSAULT", participants: ["Haftar"]);
        var decision = Linker.Link(attack, [RomeMeeting]);
        Assert.True(decision.IsNew);
        Assert.Contains("type ASSAULT ≠ CONSULT", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unrelated_trigger_of_unknown_type_does_not_join()
    {
        var other = Meeting("a6:e1", "a6", "resigned", "resign", "2019-05-16", type: null, participants: ["Conte"]);
        Assert.True(Linker.Link(other, [RomeMeeting]).IsNew);
    }

    [Fact]
    public void A_meeting_stated_in_another_country_is_another_event()
    {
        var paris = Meeting("a8:e1", "a8", "met", "meet", "2019-05-16", place: "Paris", participants: ["Haftar", "Conte"]);
        var decision = Linker.Link(paris, [RomeMeeting]);
        Assert.True(decision.IsNew);
        Assert.Contains("country FRA ≠ ITA", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Places_that_sentences_merely_name_cost_a_little_but_do_not_veto()
    {
        // ECB+-like: neither place is the coder's reading of the event, only the first place each sentence names.
        var named = EventClusterSummary.Start("ev1", Meeting("a1:e1", "a1", "met", "meet", "2019-05-16", participants: ["Haftar", "Conte"]) with { PlaceStated = false });
        var other = Meeting("a8:e1", "a8", "met", "meet", "2019-05-16", place: "Paris", participants: ["Haftar", "Conte"]) with { PlaceStated = false };
        var decision = Linker.Link(other, [named]);
        Assert.Equal("ev1", decision.ClusterId);
        Assert.Contains("country FRA ≠ ITA", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_the_event_states_vetoes_a_mention_placed_elsewhere_by_its_sentence()
    {
        // "met Conte in Rome" (stated) against "Haftar met Macron twice in 2017 ... the French president" (France named).
        var named = Meeting("a8:e1", "a8", "met", "meet", null, place: "Paris", participants: ["Haftar"]) with { PlaceStated = false };
        Assert.True(Linker.Link(named, [RomeMeeting]).IsNew);
    }

    [Fact]
    public void A_mention_from_another_story_does_not_join_when_stories_are_required()
    {
        var elsewhere = Meeting("a7:e1", "a7", "met", "meet", "2019-05-16", story: "s2", participants: ["Haftar", "Conte"]);
        Assert.True(Linker.Link(elsewhere, [RomeMeeting]).IsNew);
        var relaxed = new EventLinker(new EventLinkerOptions { RequireSameStory = false }, TriggerRelations.Empty);
        Assert.Equal("ev1", relaxed.Link(elsewhere, [RomeMeeting]).ClusterId);
    }

    [Fact]
    public void The_best_candidate_wins_whatever_the_order_of_candidates()
    {
        var weaker = EventClusterSummary.Start("ev0", Meeting("a0:e1", "a0", "met", "meet", "2019-05", place: "Paris", participants: ["Salame"]));
        var second = Meeting("a2:e1", "a2", "met", "meet", "2019-05-16", participants: ["Conte", "Haftar"]);
        Assert.Equal("ev1", Linker.Link(second, [weaker, RomeMeeting]).ClusterId);
        Assert.Equal("ev1", Linker.Link(second, [RomeMeeting, weaker]).ClusterId);
    }

    [Fact]
    public void No_candidate_means_a_new_event()
    {
        var decision = Linker.Link(RomeMeetingMention, []);
        Assert.True(decision.IsNew);
        Assert.Equal(0, decision.Score);
    }

    private static readonly EventProfile RomeMeetingMention = Meeting("a9:e1", "a9", "met", "meet", "2019-05-16");

    [Fact]
    public void A_cluster_summary_stays_bounded_however_many_mentions_join()
    {
        var summary = RomeMeeting;
        for (int i = 0; i < 200; i++)
            summary = summary.Add(Meeting($"b{i}:e1", $"b{i}", "met", "meet", "2019-05-16", participants: [$"Person{i}"]) with { Context = [$"word{i}", $"other{i}"] });
        Assert.Equal(201, summary.MentionCount);
        Assert.True(summary.Participants.Count <= EventClusterSummary.MaxItems);
        Assert.True(summary.Documents.Count <= EventClusterSummary.MaxItems);
        Assert.True(summary.Context.Count <= EventClusterSummary.MaxContext);
    }

    [Fact]
    public void Blocking_keys_meet_for_two_reports_of_one_meeting_and_look_at_neighbouring_months()
    {
        var first = Meeting("a1:e1", "a1", "met", "meet", "2019-05-31", participants: ["Haftar"]);
        var second = Meeting("a2:e1", "a2", "met", "meet", "2019-06-01", story: "s9", participants: ["Haftar"]);
        Assert.NotEmpty(EventKeys.ForLookup(second).Intersect(EventKeys.ForMention(first)));
        Assert.Contains("s:s1|t:meet", EventKeys.ForMention(first));
    }

    [Theory]
    [InlineData("meet", "meet", 1.0)]
    [InlineData("shooting", "shoot", TriggerForms.RelatedForm)]
    [InlineData("quake", "earthquake", TriggerForms.RelatedForm)]
    [InlineData("injure", "injury", TriggerForms.RelatedForm)]
    [InlineData("meet", "attack", 0.0)]
    [InlineData("die", "death", 0.0)]
    public void Trigger_forms_relate_inflections_and_compounds_only(string a, string b, double expected) =>
        Assert.Equal(expected, TriggerForms.Similarity(a, b), 6);

    [Fact]
    public void The_shipped_trigger_pair_table_loads_and_relates_learned_synonyms()
    {
        var table = TriggerRelations.BuiltIn;
        Assert.True(table.Count > 100);
        Assert.True(table.Similarity("die", "death") > 0.5);
        Assert.True(table.Similarity("say", "say") < 1);
        Assert.Equal(0, table.Similarity("zebra", "parliament"));
    }

    [Fact]
    public void A_malformed_trigger_pair_line_is_reported_with_its_number()
    {
        var e = Assert.Throws<InvalidDataException>(() => TriggerRelations.Read(new StringReader("# comment\ndie\tdeath\tx\t3\n")));
        Assert.Contains("line 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rekeying_a_merged_participant_moves_its_counts_and_name_and_a_split_moves_its_share()
    {
        var two = RomeMeeting.Add(Meeting("a2:e1", "a2", "met", "meet", "2019-05-16", participants: ["Haftar", "Conte"]));
        var merged = two.Rekey("haftar", "hiftar");
        Assert.False(merged.Participants.ContainsKey("haftar"));
        Assert.Equal(2, merged.Participants["hiftar"]);
        Assert.Equal("Haftar", merged.ParticipantNames["hiftar"]);
        Assert.Equal(2, merged.Participants["conte"]);

        var split = two.Rekey("haftar", "hiftar", share: 0.5);
        Assert.Equal(1, split.Participants["haftar"]);
        Assert.Equal(1, split.Participants["hiftar"]);
        Assert.Same(two, two.Rekey("conte", "conte"));
    }
}
