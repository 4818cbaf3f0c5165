using System.Collections.Immutable;
using Dateline.Entities;
using Dateline.Events;
using Dateline.Ingest;
using Dateline.Knowledge;
using Dateline.Model;

namespace Dateline.Tests.Events;

/// <summary>
/// The coder's filters and fallbacks on hand-built parses (fixed tags, heads and relations), so they hold whatever the
/// shipped parser does; the trigger lexicons are small made-up ones.
/// </summary>
public class CoderFilterTests
{
    private static Document Parsed(params string[] rows) => HandParsed.Sentence(rows);

    private static Trigger Verb(string lemmas, string cameo, params string[] targets) =>
        new([.. lemmas.Split(' ')], false, CameoVerbImporter.PloverType(cameo), null, [], cameo, "subj", [.. targets], 0.9);

    private static EventCoder Coder(params Trigger[] triggers) => new(new TriggerLexicon(triggers));

    [Fact]
    public void A_speech_verb_reporting_another_event_of_its_sentence_is_attribution_not_a_row()
    {
        // "Officials met envoys , ministers said ." with both 'meet' and 'say' as triggers.
        var doc = Parsed("Officials/NOUN/official/1/nsubj", "met/VERB/meet/-1/root", "envoys/NOUN/envoy/1/obj", ",/PUNCT/,/5/punct",
            "ministers/NOUN/minister/5/nsubj", "said/VERB/say/1/parataxis", "./PUNCT/./1/punct");
        var events = Coder(Verb("meet", "040", "obj"), Verb("say", "010", "obj")).Find(doc);
        Assert.Equal(["040"], events.Select(e => e.Cameo));
    }

    [Fact]
    public void A_speech_verb_with_nobody_addressed_is_a_statement_not_an_event()
    {
        // "Ministers said on Monday ." : PLOVER codes no statement event.
        var doc = Parsed("Ministers/NOUN/minister/1/nsubj", "said/VERB/say/-1/root", "./PUNCT/./1/punct");
        Assert.Empty(Coder(Verb("say", "023", "obj")).Find(doc));
        var head = doc.Tokens[1];
        Assert.True(EventCoder.IsBareStatement(head, Verb("say", "023", "obj"), []));
        // A multiword trigger headed by a speech verb names its own event ("declared a ceasefire").
        Assert.False(EventCoder.IsBareStatement(head with { Lemma = "declare" }, Verb("declare ceasefire", "0871", "with"), []));
    }

    [Fact]
    public void A_speech_verb_does_not_take_the_subject_of_what_it_reports_as_its_target()
    {
        // "Ministers said it was different ." : 'it' is not whom the ministers addressed.
        var doc = Parsed("Ministers/NOUN/minister/1/nsubj", "said/VERB/say/-1/root", "it/PRON/it/4/nsubj", "was/AUX/be/4/cop",
            "different/ADJ/different/1/ccomp", "./PUNCT/./1/punct");
        Assert.Empty(Coder(Verb("say", "023", "obj")).Find(doc));
    }

    [Fact]
    public void A_target_less_event_in_a_subordinate_clause_of_a_complete_event_is_background()
    {
        // "Officials met envoys after soldiers fought ." : 'fought' has no target and hangs in an adverbial clause.
        var doc = Parsed("Officials/NOUN/official/1/nsubj", "met/VERB/meet/-1/root", "envoys/NOUN/envoy/1/obj", "after/SCONJ/after/5/mark",
            "soldiers/NOUN/soldier/5/nsubj", "fought/VERB/fight/1/advcl", "./PUNCT/./1/punct");
        var events = Coder(Verb("meet", "040", "obj"), Verb("fight", "190", "obj")).Find(doc);
        Assert.Equal(["040"], events.Select(e => e.Cameo));
    }

    [Theory]
    [InlineData("xcomp")]
    [InlineData("ccomp")]
    [InlineData("advcl")]
    public void What_a_request_asks_for_is_its_content_not_an_event(string relation)
    {
        // "Ministers urged envoys to fight rebels ." : the fighting is asked for, not done.
        var doc = Parsed("Ministers/NOUN/minister/1/nsubj", "urged/VERB/urge/-1/root", "envoys/NOUN/envoy/1/obj", "to/PART/to/4/mark",
            $"fight/VERB/fight/1/{relation}", "rebels/NOUN/rebel/4/obj", "./PUNCT/./1/punct");
        var events = Coder(Verb("urge", "102", "obj"), Verb("fight", "190", "obj")).Find(doc);
        Assert.Equal(["102"], events.Select(e => e.Cameo));
    }

    [Fact]
    public void A_speech_verb_a_dictionary_codes_as_a_request_still_only_reports_what_happened()
    {
        // "Ministers said envoys fought rebels ." with 'say' imported as 023 (a REQUEST code): the fight stays, the saying goes.
        var doc = Parsed("Ministers/NOUN/minister/1/nsubj", "said/VERB/say/-1/root", "envoys/NOUN/envoy/3/nsubj",
            "fought/VERB/fight/1/ccomp", "rebels/NOUN/rebel/3/obj", "./PUNCT/./1/punct");
        var events = Coder(Verb("say", "023", "obj"), Verb("fight", "190", "obj")).Find(doc);
        Assert.Equal(["190"], events.Select(e => e.Cameo));
    }

    [Fact]
    public void A_noun_trigger_that_another_verb_acts_on_is_not_a_fresh_event()
    {
        // "Ministers condemned the offensive ." : the condemnation is the event, not an offensive by someone.
        var doc = Parsed("Ministers/NOUN/minister/1/nsubj", "condemned/VERB/condemn/-1/root", "the/DET/the/3/det",
            "offensive/NOUN/offensive/1/obj", "./PUNCT/./1/punct");
        var offensive = new Trigger(["offensive"], true, "ASSAULT", null, [], "190", "poss", [], 0.9);
        var events = Coder(Verb("condemn", "122", "obj"), offensive).Find(doc);
        Assert.DoesNotContain(events, e => e.Cameo == "190");
    }

    [Fact]
    public void Coordinated_subjects_the_parser_hung_on_the_verb_all_act()
    {
        // "Ministers , and generals welcomed envoys ." parsed with two nsubj on 'welcomed' and an 'and' between them.
        var doc = Parsed("Ministers/NOUN/minister/4/nsubj", ",/PUNCT/,/4/punct", "and/CCONJ/and/4/cc", "generals/NOUN/general/4/nsubj",
            "welcomed/VERB/welcome/-1/root", "envoys/NOUN/envoy/4/obj", "./PUNCT/./4/punct");
        var e = Assert.Single(Coder(Verb("welcome", "041", "obj")).Find(doc));
        Assert.Equal(["Ministers", "generals"], e.Source.Select(s => s.Text));
    }

    [Fact]
    public void A_coordinating_word_after_the_second_subject_still_joins_the_subjects()
    {
        // "Ministers , generals and envoys welcomed officials ." with 'envoys' a conjunct of 'generals'.
        var doc = Parsed("Ministers/NOUN/minister/5/nsubj", ",/PUNCT/,/2/punct", "generals/NOUN/general/5/nsubj", "and/CCONJ/and/4/cc",
            "envoys/NOUN/envoy/2/conj", "welcomed/VERB/welcome/-1/root", "officials/NOUN/official/5/obj", "./PUNCT/./5/punct");
        var e = Assert.Single(Coder(Verb("welcome", "041", "obj")).Find(doc));
        Assert.Equal(["Ministers", "generals", "envoys"], e.Source.Select(s => s.Text));
    }

    [Fact]
    public void Two_subjects_without_a_coordinating_word_are_not_taken_together()
    {
        // "after meeting envoys , generals welcomed ministers" misparsed with 'envoys' as a second subject: the nearest named one acts.
        var doc = Parsed("envoys/NOUN/envoy/3/nsubj", ",/PUNCT/,/3/punct", "generals/NOUN/general/3/nsubj",
            "welcomed/VERB/welcome/-1/root", "ministers/NOUN/minister/3/obj", "./PUNCT/./3/punct");
        var e = Assert.Single(Coder(Verb("welcome", "041", "obj")).Find(doc));
        Assert.Single(e.Source);
    }

    [Fact]
    public void A_verb_the_parse_left_without_a_subject_takes_the_first_actor_no_preposition_introduces()
    {
        // "The government condemned the raid in Ithilen and promised aid to villagers ." with 'promised' hung on 'Ithilen'.
        var doc = Parsed("The/DET/the/1/det", "government/NOUN/government/2/nsubj", "condemned/VERB/condemn/-1/root", "the/DET/the/4/det",
            "raid/NOUN/raid/2/obj", "in/ADP/in/6/case", "ministers/NOUN/minister/4/nmod", "and/CCONJ/and/8/cc", "promised/VERB/promise/6/conj",
            "aid/NOUN/aid/8/obj", "to/ADP/to/11/case", "officials/NOUN/official/8/obl", "./PUNCT/./2/punct");
        var events = Coder(Verb("promise", "050", "obj", "to")).Find(doc);
        var e = Assert.Single(events);
        Assert.Equal("The government", Assert.Single(e.Source).Text);
        Assert.Equal("officials", Assert.Single(e.Target).Text);
        Assert.Contains("word order", e.Confidence.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_preposition_like_verb_takes_no_subject_by_word_order()
    {
        // "Ministers fired , according to officials ." : 'according' is no clause of its own.
        var doc = Parsed("Ministers/NOUN/minister/1/nsubj", "fired/VERB/fire/-1/root", ",/PUNCT/,/1/punct", "according/VERB/accord/5/case",
            "to/ADP/to/3/fixed", "officials/NOUN/official/1/obl", "./PUNCT/./1/punct");
        Assert.Empty(Coder(Verb("accord", "075", "with")).Find(doc));
    }

    [Theory]
    [InlineData("Gondor", "GON", "Gondor", "GON", true)]
    [InlineData("Gondor", "GON", "gondor", "GON", true)]
    [InlineData("government", "GONGOV", "government", "ARNGOV", false)]
    [InlineData("Gondor", null, "Gondor", null, false)]
    public void An_actor_with_the_same_name_and_code_is_the_same_actor(string name1, string? code1, string name2, string? code2, bool same)
    {
        var a = new EventActor { Text = name1, Start = 0, End = 6, Name = name1, Code = code1 };
        var b = new EventActor { Text = name2, Start = 20, End = 26, Name = name2, Code = code2 };
        Assert.Equal(same, EventCoder.SameActor(a, b));
    }

    [Fact]
    public void The_same_actor_on_both_sides_leaves_the_event_without_that_target()
    {
        // "Ministers met ministers ." (same name, same code): no event has one actor on both sides.
        var doc = Parsed("Ministers/NOUN/minister/1/nsubj", "met/VERB/meet/-1/root", "ministers/NOUN/minister/1/obj", "./PUNCT/./1/punct");
        var e = Assert.Single(Coder(Verb("meet", "040", "obj")).Find(doc));
        Assert.DoesNotContain(e.Target, t => e.Source.Any(s => EventCoder.SameActor(s, t)));
    }

    /// <summary>The document with a PER mention over the words from <paramref name="first"/> to <paramref name="last"/> (token indexes).</summary>
    private static Document WithPerson(Document doc, int first, int last)
    {
        var span = new TextSpan(doc.Tokens[first].Start, doc.Tokens[last].End);
        var text = doc.Text[span.Start..span.End];
        return doc with
        {
            EntityMentions = [new EntityMention { Span = span, Text = text, Type = EntityType.PER, Name = text }],
            EntityChains = [],
        };
    }

    [Theory]
    // The parse makes the title the subject and hangs the name on it by a loose relation ('dep', 'orphan').
    [InlineData("President/PROPN/President/3/nsubj Emmanuel/PROPN/Emmanuel/0/dep Macron/PROPN/Macron/1/flat met/VERB/meet/-1/root Gondor/PROPN/Gondor/3/obj ./PUNCT/./3/punct")]
    [InlineData("President/PROPN/President/3/nsubj Emmanuel/PROPN/Emmanuel/2/compound Macron/PROPN/Macron/0/orphan met/VERB/meet/-1/root Gondor/PROPN/Gondor/3/obj ./PUNCT/./3/punct")]
    public void A_name_tagged_without_its_title_is_the_actor_whichever_word_the_parse_heads(string rows)
    {
        var doc = WithPerson(Parsed(rows.Split(' ')), 1, 2);
        var e = Assert.Single(Coder(Verb("meet", "040", "obj")).Find(doc));
        Assert.Equal("Emmanuel Macron", Assert.Single(e.Source).Text);
    }

    [Fact]
    public void A_person_right_after_a_title_the_parse_left_apart_is_the_target()
    {
        // "Gondor held talks with President Emmanuel Macron ." with 'Emmanuel' an orphan of 'with' and the title a modifier
        // of it: the target is read by word order at the title word, which stands for the name after it.
        var doc = WithPerson(Parsed("Gondor/PROPN/Gondor/1/nsubj", "held/VERB/hold/-1/root", "talks/NOUN/talk/1/obj", "with/ADP/with/2/nmod",
            "President/PROPN/President/5/nmod:desc", "Emmanuel/PROPN/Emmanuel/3/orphan", "Macron/PROPN/Macron/5/flat", "./PUNCT/./1/punct"), 5, 6);
        var e = Assert.Single(Coder(Verb("hold talks", "040", "with")).Find(doc));
        Assert.Equal("Emmanuel Macron", Assert.Single(e.Target).Text);
    }

    [Fact]
    public void A_title_with_no_name_beside_it_stays_a_title_actor()
    {
        // "The president met Gondor ." : no name after the title, so no person is borrowed from elsewhere.
        var doc = Parsed("The/DET/the/1/det", "president/NOUN/president/2/nsubj", "met/VERB/meet/-1/root", "Gondor/PROPN/Gondor/2/obj", "./PUNCT/./2/punct");
        var e = Assert.Single(Coder(Verb("meet", "040", "obj")).Find(doc));
        Assert.Equal("The president", Assert.Single(e.Source).Text);
    }

    [Fact]
    public void The_addressee_of_an_urge_parsed_as_indirect_object_is_the_target_not_the_actor_of_what_is_urged()
    {
        // "Gondor urges leaders to press Mordor ." : the request goes to the leaders; Mordor is what they are to press.
        var doc = Parsed("Gondor/PROPN/Gondor/1/nsubj", "urges/VERB/urge/-1/root", "leaders/NOUN/leader/1/iobj", "to/PART/to/4/mark",
            "press/VERB/press/1/xcomp", "Mordor/PROPN/Mordor/4/obj", "./PUNCT/./1/punct");
        var e = Assert.Single(Coder(Verb("urge", "100", "obj")).Find(doc));
        Assert.Equal("leaders", Assert.Single(e.Target).Text);
    }

    [Fact]
    public void A_word_of_an_earlier_multiword_trigger_starts_no_event_of_its_own()
    {
        // "Gondor allowed Arnor to leave ." with "allow leave" (066) and "leave" (012): one event, the longer pattern's.
        var doc = Parsed("Gondor/PROPN/Gondor/1/nsubj", "allowed/VERB/allow/-1/root", "Arnor/PROPN/Arnor/1/obj", "to/PART/to/4/mark",
            "leave/VERB/leave/1/xcomp", "./PUNCT/./1/punct");
        var events = Coder(Verb("allow leave", "066", "obj"), Verb("leave", "012", "obj")).Find(doc);
        Assert.Equal(["066"], events.Select(e => e.Cameo));
    }

    [Fact]
    public void An_aside_between_commas_does_not_end_the_phrase_the_target_is_read_from()
    {
        // "Arnor restored , it seems , ties with Gondor ." with the parse hanging 'ties' on 'seems'.
        var doc = Parsed("Arnor/PROPN/Arnor/1/nsubj", "restored/VERB/restore/-1/root", ",/PUNCT/,/4/punct", "it/PRON/it/4/nsubj",
            "seems/VERB/seem/1/parataxis", ",/PUNCT/,/4/punct", "ties/NOUN/tie/4/obj", "with/ADP/with/8/case", "Gondor/PROPN/Gondor/6/nmod", "./PUNCT/./1/punct");
        var e = Assert.Single(Coder(Verb("restore", "064", "with")).Find(doc));
        Assert.Equal("Gondor", Assert.Single(e.Target).Text);
    }

    [Theory]
    [InlineData("boycotted", "boycot")]
    [InlineData("boycotting", "boycotte")]
    [InlineData("boycotts", "boycott")]
    public void A_verb_the_lemmatiser_mangled_is_found_by_the_regular_stem_of_its_form(string form, string lemma)
    {
        // "Rohan boycotted Dale ." lemmatised "boycot" (the suffix rule of "committed" -> "commit"): the boycott is still coded.
        var doc = Parsed("Rohan/PROPN/Rohan/1/nsubj", $"{form}/VERB/{lemma}/-1/root", "Dale/PROPN/Dale/1/obj", "./PUNCT/./1/punct");
        var e = Assert.Single(Coder(Verb("boycott", "191", "obj")).Find(doc));
        Assert.Equal("Dale", Assert.Single(e.Target).Text);
    }

    [Theory]
    [InlineData("freed", "free")]
    [InlineData("fixes", "fix")]
    [InlineData("denies", "deny")]
    [InlineData("dictates", "dictate")]
    [InlineData("worried", "worry")]
    public void Regular_stems_of_a_verb_form_include_its_lemma(string form, string lemma) =>
        Assert.Contains(lemma, EventCoder.RegularStems(form));

    [Fact]
    public void A_misspelt_third_person_ending_gives_no_stem()
    {
        // "departes": '-es' follows only a sibilant or 'o', so no 'depart'.
        Assert.DoesNotContain("depart", EventCoder.RegularStems("departes"));
    }

    [Fact]
    public void Former_office_holders_are_elites_not_the_sector_of_their_old_post()
    {
        // "Former Rohan officials met Dale envoys ." with the agents "officials" GOV and "envoys" GOV.
        var doc = Parsed("Former/ADJ/former/2/amod", "Rohan/PROPN/Rohan/2/compound", "officials/NOUN/official/3/nsubj", "met/VERB/meet/-1/root",
            "Dale/PROPN/Dale/5/compound", "envoys/NOUN/envoy/3/obj", "./PUNCT/./3/punct");
        var actors = new ActorDictionary([
            new KnownActor("a1", "ROHAN", [], [new ActorRole(null, null, "ROH", null, null)], "test"),
            new KnownActor("a2", "DALE", [], [new ActorRole(null, null, "DAL", null, null)], "test")])
        {
            Agents = AgentDictionary.Read(new StringReader("OFFICIAL [~GOV]\nENVOY [~GOV]\n")),
        };
        var e = Assert.Single(new EventCoder(new TriggerLexicon([Verb("meet", "040", "obj")]), actors: actors).Find(doc));
        Assert.Equal("ROHELI", Assert.Single(e.Source).Code);
        Assert.Equal("DALGOV", Assert.Single(e.Target).Code);
    }

    [Fact]
    public void Former_officials_without_dictionaries_are_elites()
    {
        // "Former officials met envoys ." with the built-in actor nouns.
        var doc = Parsed("Former/ADJ/former/1/amod", "officials/NOUN/official/2/nsubj", "met/VERB/meet/-1/root", "envoys/NOUN/envoy/2/obj", "./PUNCT/./2/punct");
        var e = Assert.Single(Coder(Verb("meet", "040", "obj")).Find(doc));
        Assert.Equal("ELI", Assert.Single(e.Source).Sector);
        Assert.NotEqual("ELI", Assert.Single(e.Target).Sector);
    }

    [Fact]
    public void With_no_actor_as_object_the_passive_subject_of_a_complement_clause_is_the_target()
    {
        // "Rohan expressed hope that Dale could be persuaded ." : the hope is about Dale.
        var doc = Parsed("Rohan/PROPN/Rohan/1/nsubj", "expressed/VERB/express/-1/root", "hope/NOUN/hope/1/obj", "that/SCONJ/that/7/mark",
            "Dale/PROPN/Dale/7/nsubj:pass", "could/AUX/could/7/aux", "be/AUX/be/7/aux:pass", "persuaded/VERB/persuade/1/ccomp", "./PUNCT/./1/punct");
        var e = Assert.Single(Coder(Verb("express hope", "024", "obj")).Find(doc));
        Assert.Equal("Dale", Assert.Single(e.Target).Text);
    }

    [Fact]
    public void A_clause_on_a_thing_the_parser_hung_on_the_verb_gives_no_target_without_that()
    {
        // "Rohan rejected the idea Dale posed a threat ." : the idea is rejected, not Dale.
        var doc = Parsed("Rohan/PROPN/Rohan/1/nsubj", "rejected/VERB/reject/-1/root", "the/DET/the/3/det", "idea/NOUN/idea/1/obj",
            "Dale/PROPN/Dale/5/nsubj", "posed/VERB/pose/1/ccomp", "a/DET/a/7/det", "threat/NOUN/threat/5/obj", "./PUNCT/./1/punct");
        var e = Assert.Single(Coder(Verb("reject", "120", "obj")).Find(doc));
        Assert.Empty(e.Target);
    }

    [Fact]
    public void Telephoning_no_actor_is_no_consultation_between_the_subjects()
    {
        // "Rohan and Dale are telephoning voters ." : neither calls the other.
        var doc = Parsed("Rohan/PROPN/Rohan/4/nsubj", "and/CCONJ/and/2/cc", "Dale/PROPN/Dale/0/conj", "are/AUX/be/4/aux",
            "telephoning/VERB/telephoning/-1/root", "voters/NOUN/voter/4/obj", "./PUNCT/./4/punct");
        Assert.Empty(Coder(Verb("telephone", "041", "obj")).Find(doc));
    }

    /// <summary>The document with the verb at <paramref name="index"/> tagged as a past participle (VBN).</summary>
    private static Document Participle(Document doc, int index) =>
        doc with { Tokens = [.. doc.Tokens.Select((t, i) => i == index ? t with { Xpos = "VBN" } : t)] };

    [Fact]
    public void A_past_participle_right_after_its_noun_acts_on_that_noun()
    {
        // "The envoys freed from Dale met Rohan ." : the envoys were freed, they did not free anyone.
        var doc = Parsed("The/DET/the/1/det", "envoys/NOUN/envoy/5/nsubj", "freed/VERB/free/1/acl", "from/ADP/from/4/case",
            "Dale/PROPN/Dale/2/obl", "met/VERB/meet/-1/root", "Rohan/PROPN/Rohan/5/obj", "./PUNCT/./5/punct");
        doc = Participle(doc, 2);
        var freed = Assert.Single(Coder(Verb("free", "0841", "obj")).Find(doc));
        Assert.Equal("The envoys", Assert.Single(freed.Target).Text);
        Assert.Empty(freed.Source);
    }

    [Fact]
    public void A_participle_coordinated_with_the_main_verb_is_a_mistagged_main_verb()
    {
        // "Rohan freed envoys , but vowed to stay ." with 'freed' tagged VBN and hung on Rohan: Rohan did the freeing.
        var doc = Parsed("Rohan/PROPN/Rohan/6/nsubj", "freed/VERB/free/0/acl", "from/ADP/from/3/case", "Dale/PROPN/Dale/1/obl",
            ",/PUNCT/,/6/punct", "but/CCONJ/but/6/cc", "vowed/VERB/vow/-1/root", "./PUNCT/./6/punct");
        doc = Participle(doc, 1);
        var freed = Assert.Single(Coder(Verb("free", "0841", "from")).Find(doc));
        Assert.Equal("Rohan", Assert.Single(freed.Source).Text);
    }

    private static ActorDictionary AgentsAndActors(string agents, params (string Name, string Code)[] actors) =>
        new([.. actors.Select((a, i) => new KnownActor("a" + i, a.Name, [], [new ActorRole(null, null, a.Code, null, null)], "test"))])
        {
            Agents = AgentDictionary.Read(new StringReader(agents)),
        };

    [Fact]
    public void The_longest_agent_before_a_noun_wins_even_when_its_first_word_modifies_the_second()
    {
        // "The human rights activists met Dale ." ('human' modifies 'rights'): "human rights activist" OPP, not "rights activist" HRI.
        var doc = Parsed("The/DET/the/3/det", "human/ADJ/human/2/amod", "rights/NOUN/right/3/compound", "activists/NOUN/activist/4/nsubj",
            "met/VERB/meet/-1/root", "Dale/PROPN/Dale/4/obj", "./PUNCT/./4/punct");
        var actors = AgentsAndActors("HUMAN_RIGHTS_ACTIVIST [~OPP]\nRIGHTS_ACTIVIST [~HRI]\n", ("DALE", "DAL"));
        var e = Assert.Single(new EventCoder(new TriggerLexicon([Verb("meet", "040", "obj")]), actors: actors).Find(doc));
        Assert.Equal("OPP", Assert.Single(e.Source).Sector);
    }

    [Fact]
    public void Agents_of_an_organisation_the_parser_split_take_the_whole_mention_as_their_actor()
    {
        // "Activists of Rohan International met Dale ." with 'International' parsed as an adjective in apposition.
        var doc = Parsed("Activists/NOUN/activist/4/nsubj", "of/ADP/of/2/case", "Rohan/PROPN/Rohan/0/nmod", "International/ADJ/international/2/appos",
            "met/VERB/meet/-1/root", "Dale/PROPN/Dale/4/obj", "./PUNCT/./4/punct");
        var span = new TextSpan(doc.Tokens[2].Start, doc.Tokens[3].End);
        doc = doc with
        {
            EntityMentions = [new EntityMention { Span = span, Text = doc.Text[span.Start..span.End], Type = EntityType.ORG, Name = doc.Text[span.Start..span.End] }],
            EntityChains = [],
        };
        var actors = AgentsAndActors("ACTIVIST [~OPP]\n", ("ROHAN INTERNATIONAL", "NGR"), ("DALE", "DAL"));
        var e = Assert.Single(new EventCoder(new TriggerLexicon([Verb("meet", "040", "obj")]), actors: actors).Find(doc));
        Assert.Equal("NGROPP", Assert.Single(e.Source).Code);
    }

    // "Rohan met Dale and Esgaroth leaders ." with the tagger finding Rohan and Dale only, as TYPE.
    private static Document RohanMetDaleAndEsgarothLeaders(EntityType type)
    {
        var doc = Parsed("Rohan/PROPN/Rohan/1/nsubj", "met/VERB/meet/-1/root", "Dale/PROPN/Dale/5/compound", "and/CCONJ/and/4/cc",
            "Esgaroth/PROPN/Esgaroth/2/conj", "leaders/NOUN/leader/1/obj", "./PUNCT/./1/punct");
        EntityMention Mention(int token) => new()
        {
            Span = doc.Tokens[token].Span, Text = doc.Tokens[token].Form, Type = type, Name = doc.Tokens[token].Form,
        };
        return doc with { EntityMentions = [Mention(0), Mention(2)], EntityChains = [] };
    }

    private static List<string> TargetCodes(Document doc) =>
        [.. new EventCoder(new TriggerLexicon([Verb("meet", "040", "obj")]), actors: AgentsAndActors("", ("ROHAN", "ROH"), ("DALE", "DAL"), ("ESGAROTH", "ESG")))
            .Find(doc).SelectMany(e => e.Target).Select(a => a.Code ?? "")];

    [Fact]
    public void A_capitalised_name_coordinated_with_a_found_one_in_a_modifier_is_an_actor_though_the_tagger_missed_it() =>
        Assert.Equal(["DAL", "ESG"], TargetCodes(RohanMetDaleAndEsgarothLeaders(EntityType.PER)));

    [Fact]
    public void A_coordinated_name_already_held_by_the_group_actor_is_not_coded_twice() =>
        // The places' leaders are one actor per place (DALGOV, ESGGOV); "Esgaroth" alone (ESG) would repeat one of them.
        Assert.Equal(["DALGOV", "ESGGOV"], TargetCodes(RohanMetDaleAndEsgarothLeaders(EntityType.LOC)));

    [Fact]
    public void A_capitalised_word_parsed_as_a_noun_is_an_actor_when_the_users_dictionary_holds_it()
    {
        // "Arnor will meet Gondor ." misparsed with 'Arnor' a common noun at the root (no subject for the verb), no name found.
        var doc = Parsed("Arnor/NOUN/arnor/-1/root", "will/AUX/will/2/aux", "meet/VERB/meet/0/conj", "Gondor/PROPN/Gondor/2/obj", "./PUNCT/./0/punct");
        var actors = AgentsAndActors("", ("ARNOR", "ARN"), ("GONDOR", "GON"));
        var e = Assert.Single(new EventCoder(new TriggerLexicon([Verb("meet", "040", "obj")]), actors: actors).Find(doc));
        Assert.Equal("ARN", Assert.Single(e.Source).Code);
        Assert.Empty(new EventCoder(new TriggerLexicon([Verb("meet", "040", "obj")]), actors: AgentsAndActors("", ("GONDOR", "GON"))).Find(doc).SelectMany(x => x.Source));
    }
}
