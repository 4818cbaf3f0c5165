using Dateline.Events;
using Dateline.Knowledge;

namespace Dateline.Tests.Events;

/// <summary>The trigger table reader and the PETRARCH-format importers, on small made-up inputs.</summary>
public class DictionaryImportTests
{
    [Fact]
    public void Reads_the_trigger_table_longest_form_first_and_reports_bad_lines()
    {
        var lexicon = TriggerLexicon.Load(new StringReader("""
            # comment
            form	pos	event	mode	context	cameo	source	target	certainty
            hold	verb	CONSULT	meeting	-	040	subj	with	0.5
            hold talk	verb	CONSULT	meeting	diplomatic	040	subj	with	0.95
            visit	noun	CONSULT	visit	-	042	poss	to	0.8
            broken line
            """), "test.tsv");
        var forms = lexicon.ForHead("hold", noun: false);
        Assert.Equal(["hold", "talk"], forms[0].Lemmas.ToArray());
        Assert.Equal(["diplomatic"], forms[0].Context.ToArray());
        Assert.Single(lexicon.ForHead("visit", noun: true));
        Assert.Empty(lexicon.ForHead("visit", noun: false));
        Assert.Equal("events.bad-trigger", Assert.Single(lexicon.Diagnostics).Code);
    }

    [Fact]
    public void The_built_in_trigger_table_loads_cleanly_and_covers_the_plover_types()
    {
        var lexicon = TriggerLexicon.BuiltIn;
        Assert.Empty(lexicon.Diagnostics);
        string[] types = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
        foreach (var type in types) Assert.Contains(lexicon.Triggers, t => t.Event == type);
    }

    [Fact]
    public void An_underscore_in_a_pattern_joins_words_that_must_stand_next_to_each_other()
    {
        var triggers = CameoVerbImporter.Read(new StringReader("""
            &TIES_
            +TRADE
            +CULTURAL

            --- GREET  [041] ---
            GREET
            - * NEW_&TIES_LINKS [903]
            - * WARM LINKS [051]
            - FIRMLY_* [052]
            """));
        var joined = Assert.Single(triggers, t => t.Lemmas.SequenceEqual(["greet", "new", "trade", "links"]));
        Assert.Equal([false, true, true], joined.AdjacentAfter.ToArray());
        Assert.Empty(Assert.Single(triggers, t => t.Cameo == "051").AdjacentAfter);
        Assert.Equal([true], Assert.Single(triggers, t => t.Cameo == "052").AdjacentBefore.ToArray());
    }

    [Fact]
    public void Imports_verb_blocks_patterns_and_synsets_of_a_cameo_verb_dictionary()
    {
        var triggers = CameoVerbImporter.Read(new StringReader("""
            &TIES_
            +TRADE
            +CULTURAL

            --- GREET  [041] ---
            GREET
            - * WARMLY [051]  # made up
            - * &TIES LINKS [064]
            - SAID * [010]

            --- MUTTER  [---] ---
            MUTTER
            """));
        Assert.Contains(triggers, t => t.Lemmas.SequenceEqual(["greet"]) && t.Cameo == "041" && t.Event == "CONSULT");
        Assert.Contains(triggers, t => t.Lemmas.SequenceEqual(["greet", "warmly"]) && t.Cameo == "051");
        Assert.Contains(triggers, t => t.Lemmas.SequenceEqual(["greet", "trade", "links"]) && t.Cameo == "064");
        Assert.Contains(triggers, t => t.Lemmas.SequenceEqual(["greet", "cultural", "links"]));
        Assert.Contains(triggers, t => t.Lemmas.SequenceEqual(["greet"]) && t.Before.SequenceEqual(["said"]) && t.Cameo == "010");
        Assert.DoesNotContain(triggers, t => t.Head == "mutter");
    }

    [Fact]
    public void Reads_suffix_and_prefix_agents_with_their_plurals_and_substitution_sets()
    {
        var agents = AgentDictionary.Read(new StringReader("""
            !PERSON! = MAN, WOMAN
            SECURITY_OFFICIAL [~GOV] # made up
            GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
            CHARITY [NGO~]
            CONSTABLE {} [ ~COP]
            CHAIR!PERSON! [~LEG]
            """));
        Assert.Equal("GOV", agents.Find("security officials"));
        Assert.Equal("GGS", agents.Find("golden geese"));
        Assert.Equal("NGO~", agents.Find("charity"));
        Assert.True(AgentDictionary.IsPrefix(agents.Find("charity")!));
        Assert.Equal("COP", agents.Find("constables"));
        Assert.Equal("LEG", agents.Find("chairwoman"));
    }

    [Theory]
    [InlineData("2019-06-01", "FREGOV")]
    [InlineData("2023-06-01", "FRE")]
    public void A_dated_code_active_on_the_article_date_beats_the_undated_one(string date, string code)
    {
        var actor = new KnownActor("a1", "FREDA MARSH", [], [new ActorRole(null, null, "FRE", null, null), new ActorRole(null, null, "FREGOV", new DateOnly(2018, 1, 1), new DateOnly(2020, 12, 31))], "test");
        var found = new ActorDictionary([actor]).Find("Freda Marsh", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(code, found?.Role.Code);
    }

    [Theory]
    [InlineData("ZEM", null, "ZEMGOV")] // the country the text gives the person
    [InlineData(null, "President", "ZEMGOV")] // a word of the title the text gives
    [InlineData(null, null, "ZEMGOV")] // else the country most of the person's offices are in
    public void Of_several_offices_held_that_day_the_one_the_text_points_to_wins(string? country, string? title, string code)
    {
        // An imported office holder: co-prince of a small state by virtue of being president of another (listed first, it won).
        var actor = new KnownActor("q1", "Amaury Vell", [],
        [
            new ActorRole("co-prince of Vardia", "VAR", null, new DateOnly(2017, 5, 14), null),
            new ActorRole("President of the Zembian Republic", "ZEM", null, new DateOnly(2017, 5, 14), null),
            new ActorRole("Minister of the Economy", "ZEM", null, new DateOnly(2014, 8, 26), new DateOnly(2016, 8, 30)),
        ], "wikidata-officeholders");
        var found = new ActorDictionary([actor]).Find("Amaury Vell", new DateOnly(2019, 5, 17), country, title);
        Assert.Equal(code, found?.Role.Code);
    }

    [Fact]
    public void Imports_reverse_codes_block_verbs_compound_patterns_and_slots()
    {
        var triggers = CameoVerbImporter.Read(new StringReader("""
            --- GREET  [032:033] ---
            GREET {GREETED}
            WAVE [014]
            +BOW_DOWN
            - % HAVE * [191]
            - NOTED + * [115]
            - + * MONEY $ [071]
            """));
        Assert.Contains(triggers, t => t.Head == "greet" && t.Cameo == "032" && t.ReverseCameo == "033");
        Assert.Contains(triggers, t => t.Head == "wave" && t.Cameo == "014" && t.Lemmas.Length == 1);
        Assert.Contains(triggers, t => t.Lemmas.SequenceEqual(["bow", "down"]));
        Assert.Contains(triggers, t => t.Head == "greet" && t.Compound && t.Before.SequenceEqual(["have"]) && t.Cameo == "191");
        Assert.Contains(triggers, t => t.Head == "greet" && t.TargetSlot is { BeforeHead: true, AfterWord: 0 } && t.Before.SequenceEqual(["noted"]));
        Assert.Contains(triggers, t => t.Head == "greet" && t.TargetSlot == TriggerSlot.OfSubject && t.SourceSlot is { AfterWord: 1 } && t.Lemmas.SequenceEqual(["greet", "money"]));
    }
}
