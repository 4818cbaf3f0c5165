using System.Collections.Immutable;
using System.Globalization;
using Dateline.Coreference;
using Dateline.Entities;
using Dateline.Ingest;
using Dateline.Model;

namespace Dateline.Tests.Coreference;

/// <summary>
/// The trigger's own agent and patient, read from hand-built parses (fixed tags, heads and relations), and what the
/// event decision makes of them on made-up reports of a made-up arrest.
/// </summary>
public class EventArgumentsTests
{
    private static Document Parsed(params string[] rows) => HandParsed.Sentence(rows);

    /// <summary>The document with one person named by the tokens <paramref name="first"/>..<paramref name="last"/>.</summary>
    private static Document WithPerson(Document doc, int first, int last, string name)
    {
        var span = new TextSpan(doc.Tokens[first].Start, doc.Tokens[last].End);
        return doc with
        {
            EntityMentions = [new EntityMention { Span = span, Text = doc.Text[span.Start..span.End], Type = EntityType.PER, Chain = 0, Name = name }],
            EntityChains = [new EntityChain(0, name, EntityType.PER, [0])],
        };
    }

    [Fact]
    public void A_verb_trigger_takes_its_subject_as_agent_and_its_object_as_patient_but_no_pronoun_or_light_noun()
    {
        // "Police arrested Dora Vell and it charged people ."
        var doc = Parsed("Police/NOUN/police/1/nsubj", "arrested/VERB/arrest/-1/root", "Dora/PROPN/Dora/1/obj", "Vell/PROPN/Vell/2/flat",
            "and/CCONJ/and/6/cc", "it/PRON/it/6/nsubj", "charged/VERB/charge/1/conj", "people/NOUN/people/6/obj", "./PUNCT/./1/punct");
        Assert.Equal(["a:police", "p:vell"], EventArguments.Read(doc, 1).ToArray());
        Assert.Empty(EventArguments.Read(doc, 6));
    }

    [Fact]
    public void A_passive_subject_is_the_patient_and_the_by_phrase_the_agent()
    {
        // "Vell was arrested by police"
        var doc = Parsed("Vell/PROPN/Vell/2/nsubj:pass", "was/AUX/be/2/aux:pass", "arrested/VERB/arrest/-1/root", "by/ADP/by/4/case", "police/NOUN/police/2/obl:agent");
        Assert.Equal(["p:vell", "a:police"], EventArguments.Read(doc, 2).ToArray());
    }

    [Fact]
    public void A_noun_trigger_takes_its_possessor_and_of_phrase_as_patients_and_its_by_phrase_as_agent()
    {
        // "Vell 's arrest by police" and "the shooting of Vell"
        var arrest = Parsed("Vell/PROPN/Vell/2/nmod:poss", "'s/PART/'s/0/case", "arrest/NOUN/arrest/-1/root", "by/ADP/by/4/case", "police/NOUN/police/2/nmod");
        Assert.Equal(["p:vell", "a:police"], EventArguments.Read(arrest, 2).ToArray());
        var shooting = Parsed("the/DET/the/1/det", "shooting/NOUN/shooting/-1/root", "of/ADP/of/3/case", "Vell/PROPN/Vell/1/nmod");
        Assert.Equal(["p:vell"], EventArguments.Read(shooting, 1).ToArray());
    }

    [Fact]
    public void A_relative_clause_takes_the_noun_it_modifies_as_agent_and_a_second_verb_the_first_ones_subject()
    {
        // "the gunman who shot Vell" and "the gunman fled and surrendered"
        var clause = Parsed("the/DET/the/1/det", "gunman/NOUN/gunman/-1/root", "who/PRON/who/3/nsubj", "shot/VERB/shoot/1/acl:relcl", "Vell/PROPN/Vell/3/obj");
        Assert.Equal(["p:vell", "a:gunman"], EventArguments.Read(clause, 3).ToArray());
        var both = Parsed("the/DET/the/1/det", "gunman/NOUN/gunman/2/nsubj", "fled/VERB/flee/-1/root", "and/CCONJ/and/4/cc", "surrendered/VERB/surrender/2/conj");
        Assert.Equal(["a:gunman"], EventArguments.Read(both, 4).ToArray());
    }

    [Fact]
    public void A_name_in_an_entity_mention_also_gives_the_entitys_key()
    {
        var doc = WithPerson(Parsed("Police/NOUN/police/1/nsubj", "arrested/VERB/arrest/-1/root", "Dora/PROPN/Dora/1/obj", "Vell/PROPN/Vell/2/flat"), 2, 3, "Dora Vell");
        Assert.Equal(["a:police", "p:vell", "p:ent:Dora Vell"], EventArguments.Read(doc, 1, (chain, name, _) => "ent:" + (chain?.Name ?? name)).ToArray());
    }

    private static EventProfile Report(string id, string lemma, params string[] arguments) => new()
    {
        Id = id,
        DocumentId = id.Split(':')[0],
        StoryId = "s1",
        Trigger = lemma,
        TriggerLemma = lemma,
        TriggerPos = "VERB",
        Arguments = [.. arguments],
        Context = ["police", "singer", "court"],
    };

    [Fact]
    public void The_same_patient_is_a_feature_of_the_pair_and_the_shipped_decision_weighs_it_up()
    {
        var arrest = EventClusterSummary.Start("ev1", Report("a1:e1", "arrest", "a:police", "p:vell"));
        double[] Features(EventProfile m) => EventPairFeatures.Compute(m, arrest, TriggerRelations.Empty, new EventLinkerOptions())!;
        int patient = EventPairFeatures.Names.ToList().IndexOf("args.patient_share"), agent = EventPairFeatures.Names.ToList().IndexOf("args.agent_share");
        var same = Features(Report("a2:e1", "arrest", "p:vell"));
        var other = Features(Report("a3:e1", "arrest", "p:moor"));
        Assert.Equal(1, same[patient]);
        Assert.Equal(0, other[patient]);
        // A role counts only against the same role: the patient elsewhere is no shared agent.
        Assert.Equal(0, Features(Report("a4:e1", "arrest", "a:vell"))[agent]);
        var model = EventDecisionModel.BuiltIn!;
        Assert.True(model.Probability(same) > model.Probability(other));
    }

    [Fact]
    public void Merging_two_entities_moves_their_argument_counts_with_the_role()
    {
        var summary = EventClusterSummary.Start("ev1", Report("a1:e1", "arrest", "a:ent:1", "p:ent:2"));
        var merged = summary.Rekey("ent:2", "ent:9");
        Assert.Equal(1, merged.Arguments["p:ent:9"]);
        Assert.False(merged.Arguments.ContainsKey("p:ent:2"));
        Assert.Equal(1, merged.Arguments["a:ent:1"]);
    }
}
