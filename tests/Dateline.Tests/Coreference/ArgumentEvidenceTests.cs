using System.Collections.Immutable;
using Dateline.Coreference;
using Dateline.Ingest;
using Dateline.Model;

namespace Dateline.Tests.Coreference;

/// <summary>
/// The trigger's own arguments as coreference evidence: read from hand-built parses (fixed tags, heads and relations),
/// compared between made-up mentions of a made-up earthquake, and weighed by the linker.
/// </summary>
public class ArgumentEvidenceTests
{
    /// <summary>A one-sentence document from "form/UPOS/lemma/head/deprel" rows (heads are 0-based, -1 for the root).</summary>
    private static Document Parsed(params string[] rows)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var text = new System.Text.StringBuilder();
        foreach (var row in rows)
        {
            var f = row.Split('/');
            if (text.Length > 0) text.Append(' ');
            int start = text.Length;
            text.Append(f[0]);
            tokens.Add(new Token(start, text.Length, f[0], f[1], f[1], f[2], int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture), f[4], 0));
        }
        var body = text.ToString();
        return new Document
        {
            Source = new SourceInfo("made-up.txt", SourceFormat.PlainText, "utf-8", ContentHash.Of(body), body.Length),
            SourceText = body,
            Text = body,
            Tokens = tokens.ToImmutable(),
            Sentences = [new Sentence(0, body.Length, 0, tokens.Count)],
        };
    }

    [Fact]
    public void A_verb_trigger_takes_the_heads_of_its_subject_object_and_obliques_not_their_modifiers_or_pronouns()
    {
        // "A 6.1 quake struck Zembla near Ostrava and it shook towns ."
        var doc = Parsed("A/DET/a/2/det", "6.1/NUM/6.1/2/nummod", "quake/NOUN/quake/3/nsubj", "struck/VERB/strike/-1/root",
            "Zembla/PROPN/Zembla/3/obj", "near/ADP/near/6/case", "Ostrava/PROPN/Ostrava/3/obl", "and/CCONJ/and/9/cc",
            "it/PRON/it/9/nsubj", "shook/VERB/shake/3/conj", "towns/NOUN/town/9/obj", "./PUNCT/./3/punct");
        Assert.Equal(["quake", "zembla", "ostrava"], EventProfileBuilder.Arguments(doc, 3).ToArray());
        Assert.Equal(["town"], EventProfileBuilder.Arguments(doc, 9).ToArray());
    }

    [Fact]
    public void A_noun_trigger_also_keeps_its_number_and_adjective_modifiers_and_a_name_is_keyed_by_its_last_word()
    {
        // "the deadly 6.1 earthquake of Zembla" and "Dora Vell entered rehab".
        var quake = Parsed("the/DET/the/3/det", "deadly/ADJ/deadly/3/amod", "6.1/NUM/6.1/3/nummod", "earthquake/NOUN/earthquake/-1/root",
            "of/ADP/of/5/case", "Zembla/PROPN/Zembla/3/nmod");
        Assert.Equal(["deadly", "6.1", "zembla"], EventProfileBuilder.Arguments(quake, 3).ToArray());
        var rehab = Parsed("Dora/PROPN/Dora/2/nsubj", "Vell/PROPN/Vell/0/flat", "entered/VERB/enter/-1/root", "rehab/NOUN/rehab/2/obj");
        Assert.Equal(["vell", "rehab"], EventProfileBuilder.Arguments(rehab, 2).ToArray());
    }

    [Fact]
    public void A_clause_takes_the_noun_it_modifies_and_a_second_verb_the_subject_of_the_first()
    {
        // "the earthquake that struck Zembla" and "the quake struck and killed 34".
        var clause = Parsed("the/DET/the/1/det", "earthquake/NOUN/earthquake/-1/root", "that/PRON/that/3/nsubj", "struck/VERB/strike/1/acl:relcl", "Zembla/PROPN/Zembla/3/obj");
        Assert.Equal(["zembla", "earthquake"], EventProfileBuilder.Arguments(clause, 3).ToArray());
        var both = Parsed("the/DET/the/1/det", "quake/NOUN/quake/2/nsubj", "struck/VERB/strike/-1/root", "and/CCONJ/and/4/cc", "killed/VERB/kill/2/conj", "34/NUM/34/4/obj");
        Assert.Equal(["34", "quake"], EventProfileBuilder.Arguments(both, 4).ToArray());
    }

    private static EventProfile Mention(string id, string lemma, params string[] arguments) => new()
    {
        Id = id,
        DocumentId = id.Split(':')[0],
        StoryId = "s1",
        Trigger = lemma,
        TriggerLemma = lemma,
        Arguments = [.. arguments],
        Context = ["zembla", "tremor", "town"],
    };

    [Fact]
    public void Arguments_are_shared_by_related_forms_and_a_trigger_named_as_the_others_argument_is_a_crossing()
    {
        var struck = EventClusterSummary.Start("ev1", Mention("a1:e1", "strike", "quake", "zembla"));
        var hit = ArgumentEvidence.Compare(Mention("a2:e1", "hit", "earthquake", "zembla", "coast"), struck);
        Assert.Equal(2, hit.Shared);
        Assert.Equal(2, hit.Of);
        Assert.Equal(["earthquake", "zembla"], hit.Words);
        Assert.False(hit.Clash);

        var noun = ArgumentEvidence.Compare(Mention("a3:e1", "earthquake", "6.1"), struck);
        Assert.Equal(0, noun.Shared);
        Assert.NotNull(noun.Crossing);
        Assert.False(noun.Clash);

        var other = ArgumentEvidence.Compare(Mention("a4:e1", "strike", "worker", "factory"), struck);
        Assert.True(other.Clash);
        Assert.Equal(0, ArgumentEvidence.Compare(Mention("a5:e1", "strike"), struck).Of);
    }

    [Fact]
    public void Shared_arguments_add_to_the_score_and_say_so()
    {
        var killed = EventClusterSummary.Start("ev1", Mention("a1:e1", "kill", "gunman", "student"));
        var again = Mention("a2:e1", "kill", "gunman", "teacher");
        var without = new EventLinker(new EventLinkerOptions { ArgumentWeight = 0 }, TriggerRelations.Empty).Score(again, killed);
        var with = new EventLinker(new EventLinkerOptions { ArgumentWeight = 0.5 }, TriggerRelations.Empty).Score(again, killed);
        Assert.Equal(without.Score + 0.25, with.Score, 6);
        Assert.Contains("arguments 1/2 shared (gunman)", with.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("arguments", without.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Unrelated_triggers_stay_apart_whatever_their_arguments_share_unless_the_veto_is_lifted()
    {
        var struck = EventClusterSummary.Start("ev1", Mention("a1:e1", "strike", "quake", "zembla"));
        var hit = Mention("a2:e1", "hit", "earthquake", "zembla");
        Assert.True(double.IsNegativeInfinity(new EventLinker(EventLinkerOptions.Default, TriggerRelations.Empty).Score(hit, struck).Score));
        var lifted = new EventLinker(new EventLinkerOptions { ArgumentLift = 0.8 }, TriggerRelations.Empty).Score(hit, struck);
        Assert.False(double.IsNegativeInfinity(lifted.Score));
        Assert.Contains("but arguments shared (earthquake, zembla)", lifted.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void An_events_arguments_stay_bounded_however_many_mentions_join()
    {
        var summary = EventClusterSummary.Start("ev1", Mention("a0:e1", "strike", "quake"));
        for (int i = 1; i < 200; i++) summary = summary.Add(Mention($"a{i}:e1", "strike", $"town{i}", "quake"));
        Assert.True(summary.Arguments.Count <= EventClusterSummary.MaxContext);
        Assert.Equal(200, summary.Arguments["quake"]);
    }
}
