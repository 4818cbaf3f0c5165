using Dateline.Entities;
using Dateline.Knowledge;
using Dateline.Model;

namespace Dateline.Tests.Entities;

/// <summary>The shipped model (data/models/ner-en.bin, loads in a fraction of a second) on names no gazetteer holds, captions and headlines.</summary>
public class ShippedNerModelTests
{
    private static readonly Lazy<NerModel> Model = new(() => NerModel.Load(NerModelLocator.Find() ?? throw new InvalidOperationException("data/models/ner-en.bin is missing from the repository")));

    [Fact]
    public void The_shipped_model_saved_again_is_the_same_bytes()
    {
        // The writer and the reader agree on the whole format: a change to either shows here, not after a retrain.
        using var saved = new MemoryStream();
        Model.Value.Save(saved);
        Assert.Equal(File.ReadAllBytes(NerModelLocator.Find()!), saved.ToArray());
    }

    [Theory]
    [InlineData("Zorbulan Kretzmer, a Quelmarian diplomat, arrived in Vostrograd on Tuesday.", "Zorbulan Kretzmer", EntityType.PER)]
    [InlineData("Zorbulan Kretzmer, a Quelmarian diplomat, arrived in Vostrograd on Tuesday.", "Vostrograd", EntityType.LOC)]
    [InlineData("Prime minister Fayiz Sarraj, head of the Government of National Accord, flew to Rome.", "Fayiz Sarraj", EntityType.PER)]
    [InlineData("Prime minister Fayiz Sarraj, head of the Government of National Accord, flew to Rome.", "Government of National Accord", EntityType.ORG)]
    [InlineData("Ghassan Salame, the UN envoy, said the Libyan National Army (LNA) must withdraw.", "Ghassan Salame", EntityType.PER)]
    [InlineData("Ghassan Salame, the UN envoy, said the Libyan National Army (LNA) must withdraw.", "Libyan National Army", EntityType.ORG)]
    [InlineData("Chancellor Angela Merkell told reporters in Berlinn that the deal would hold.", "Angela Merkell", EntityType.PER)]
    [InlineData("Talks between Vladmir Puttin and Recep Tayip Erdogan ended late on Monday.", "Vladmir Puttin", EntityType.PER)]
    [InlineData("Talks between Vladmir Puttin and Recep Tayip Erdogan ended late on Monday.", "Recep Tayip Erdogan", EntityType.PER)]
    public void Finds_misspelt_and_unknown_names_in_running_text(string text, string name, EntityType type) =>
        Assert.Contains(NameFinder.Find(text, Model.Value), f => f.Span.Of(text) == name && f.Type == type);

    [Fact]
    public void Countries_that_sign_a_treaty_stay_places()
    {
        const string text = "Italy and France signed a treaty in Rome on Monday.";
        var found = NameFinder.Find(text, Model.Value);
        Assert.Contains(found, f => f.Span.Of(text) == "Italy" && f.Type == EntityType.LOC);
        Assert.Contains(found, f => f.Span.Of(text) == "France" && f.Type == EntityType.LOC);
    }

    [Theory]
    [InlineData("Walsall Rovers")]
    [InlineData("Wrexham Athletic")]
    [InlineData("Stockport")]
    public void Clubs_in_a_league_table_are_organisations_in_the_table_and_in_running_text(string club)
    {
        // Clubs named after towns the gazetteer holds, so the tagger calls some heads places: the table's vote reads teams.
        const string text = "SOCCER - VOSTRAN LEAGUE STANDINGS.\n\nStandings after Saturday's games (played, won, drawn, lost, points):\n\n"
            + "Stockport 3 2 1 0 7\n\nWalsall Rovers 3 1 1 1 4\n\nWrexham Athletic 3 0 0 3 0\n\nStockport, who have not lost, play Walsall Rovers next.";
        var found = NameFinder.Find(text, Model.Value);
        Assert.Contains(found, f => f.Span.Of(text) == club && f.Type == EntityType.ORG);
        Assert.DoesNotContain(found, f => f.Span.Of(text) == club && f.Type != EntityType.ORG);
    }

    [Fact]
    public void An_initial_with_its_full_stop_stays_in_the_name_and_ends_no_sentence()
    {
        // The tagger reads the language core's tokens: "C." is one token, not "C" + a sentence-ending ".".
        const string text = "The race in Zurich was won by C. Lewis on Wednesday.";
        Assert.Contains(NameFinder.Find(text, Model.Value), f => f.Span.Of(text) == "C. Lewis" && f.Type == EntityType.PER);
    }

    [Theory]
    [InlineData("Marshal Hiftar told Conte that the offensive would go on until the militias in Tripoli were disarmed, the source said.", "Tripoli")]
    [InlineData("The Libyan National Army said the Government of National Accord had broken the truce.", "Government of National Accord")]
    public void A_lower_case_word_after_a_capital_continues_a_name_only_as_a_name_particle(string text, string name) =>
        Assert.Contains(NameFinder.Find(text, Model.Value), f => f.Span.Of(text) == name);

    [Theory]
    [InlineData("Libyan National Army commander Khalifa Haftar in Benghazi on Monday (AFP photo)", "Khalifa Haftar", EntityType.PER)]
    [InlineData("Libyan National Army commander Khalifa Haftar in Benghazi on Monday (AFP photo)", "Benghazi", EntityType.LOC)]
    [InlineData("Haftar Forces Advance On Tripoli As UN Envoy Warns Of War", "Tripoli", EntityType.LOC)]
    [InlineData("Haftar Forces Advance On Tripoli As UN Envoy Warns Of War", "UN", EntityType.ORG)]
    public void Finds_names_in_captions_and_title_case_headlines(string text, string name, EntityType type) =>
        Assert.Contains(NameFinder.Find(text, Model.Value), f => f.Span.Of(text) == name && f.Type == type);

    [Theory]
    [InlineData("Kretzmer Wins Second Term In Vostrograd.")]
    [InlineData("KRETZMER WINS SECOND TERM IN VOSTROGRAD")]
    public void Names_a_title_case_headline_word_as_the_article_below_it_named_it(string headline)
    {
        // One document: a title-case or ALL-CAPS line, then the body that names the invented person.
        var text = headline + "\n\nZorbulan Kretzmer, the mayor of Vostrograd, won a second term on Sunday. Kretzmer thanked his supporters.";
        Assert.Contains(NameFinder.Find(text, Model.Value), f => f.Span.Of(text) == headline[..8] && f.Span.Start == 0 && f.Type == EntityType.PER);
    }

    [Theory]
    [InlineData("VOSTROGRAD (Reuters) - Zorbulan Kretzmer won a second term on Sunday.", "VOSTROGRAD", EntityType.LOC)]
    [InlineData("Russian President Boris Yeltsin flew to Vostrograd on Monday.", "Boris Yeltsin", EntityType.PER)]
    [InlineData("VOSTROGRAD - Quelmarian businessman Zorbulan Kretzmer opened the fair on Tuesday.", "VOSTROGRAD", EntityType.LOC)]
    [InlineData("VOSTROGRAD - Quelmarian businessman Zorbulan Kretzmer opened the fair on Tuesday.", "Zorbulan Kretzmer", EntityType.PER)]
    [InlineData("BEIRUT - Lebanese businessman Zorbulan Kretzmer opened the fair on Tuesday.", "Lebanese", EntityType.MISC)]
    [InlineData("VOSTROGRAD, Quelmaria - Zorbulan Kretzmer hosted the talks on Tuesday.", "VOSTROGRAD", EntityType.LOC)]
    [InlineData("VOSTROGRAD, Quelmaria - Zorbulan Kretzmer hosted the talks on Tuesday.", "Quelmaria", EntityType.LOC)]
    public void Reads_datelines_and_a_title_between_nationality_and_name_as_wire_copy_writes_them(string text, string name, EntityType type) =>
        Assert.Contains(NameFinder.Find(text, Model.Value), f => f.Span.Of(text) == name && f.Type == type);

    [Theory]
    [InlineData("Pellegrini said the talks would resume on Monday.", "Pellegrini", EntityType.PER)]
    [InlineData("Conte said he urged Haftar to halt his offensive.", "Conte", EntityType.PER)]
    [InlineData("Hundreds of Palestinians marched in Ramallah on Friday.", "Palestinians", EntityType.MISC)]
    [InlineData("European leaders met Kurdish officials in Brussels on Friday.", "European", EntityType.MISC)]
    [InlineData("European leaders met Kurdish officials in Brussels on Friday.", "Kurdish", EntityType.MISC)]
    [InlineData("Hundreds of Palestinians marched in Ramallah on Friday.", "Ramallah", EntityType.LOC)]
    public void Finds_a_lone_surname_starting_a_sentence_and_types_a_nationality_as_misc(string text, string name, EntityType type) =>
        Assert.Contains(NameFinder.Find(text, Model.Value), f => f.Span.Of(text) == name && f.Type == type);

    [Theory]
    [InlineData("i am moving from san francisco to malaysia next year", "san francisco")]
    [InlineData("i am moving from san francisco to malaysia next year", "malaysia")]
    [InlineData("How are vietnam and Afghanistan alike?", "vietnam")]
    public void Names_a_place_written_in_lower_case(string text, string name) =>
        Assert.Contains(NameFinder.Find(text, Model.Value), f => f.Span.Of(text) == name && f.Type == EntityType.LOC);

    [Theory]
    [InlineData("Russia moved to quell Chechnya's independence bid on Monday.", "independence")]
    [InlineData("what a nice day in the park with us", "nice")]
    [InlineData("what a nice day in the park with us", "us")]
    public void Leaves_a_common_word_that_is_also_a_place_name_alone(string text, string word) =>
        Assert.DoesNotContain(NameFinder.Find(text, Model.Value), f => f.Span.Of(text) == word);

    [Theory]
    [InlineData("Soccer results on Saturday: Stockport 4 Brighton 2, Wrexham 1 Oldham 1.\n\nEarlier in the week Leicester beat Brighton at home.", "Leicester", EntityType.ORG)]
    [InlineData("Earlier in the week Leicester beat Brighton at home.", "Leicester", EntityType.LOC)]
    [InlineData("Haftar's forces pressed the offensive against Tripoli on Monday, the UN said.", "Tripoli", EntityType.LOC)]
    public void A_town_that_plays_a_match_is_a_team_only_in_a_sports_article(string text, string name, EntityType type)
    {
        var at = text.LastIndexOf(name, StringComparison.Ordinal);
        Assert.Contains(NameFinder.Find(text, Model.Value), f => f.Span.Start == at && f.Span.Of(text) == name && f.Type == type);
    }

    [Theory]
    [InlineData("Dbeibah")]
    [InlineData("Tshisekedi")]
    [InlineData("Mirziyoyev")]
    [InlineData("Haftar")]
    public void A_lone_surname_no_list_holds_is_a_person_after_met_and_before_told(string surname)
    {
        var text = $"The envoy met {surname} in the capital on Monday. {surname} told reporters the talks had gone well.";
        var found = NameFinder.Find(text, Model.Value).Where(f => f.Span.Of(text) == surname).ToList();
        Assert.Equal(2, found.Count);
        Assert.All(found, f => Assert.Equal(EntityType.PER, f.Type));
    }

    [Fact]
    public void A_common_word_opening_a_sentence_before_said_stays_no_name() =>
        Assert.DoesNotContain(NameFinder.Find("Traders said the market was quiet. They said little else.", Model.Value), f => f.Type == EntityType.PER);

    [Theory]
    [InlineData("the closing price of Zorvanex Corp. common stock fell", 4, 6)]
    [InlineData("a copy of the Quillmore Hadley Ltd guarantee", 4, 7)]
    [InlineData("He is Vice President of Brantico , Inc. in Houston", 5, 8)]
    public void A_name_before_a_company_suffix_is_an_organisation_with_the_suffix(string text, int start, int end)
    {
        var words = text.Split(' ');
        Assert.Contains(Model.Value.FindNames(words), s => s.Start == start && s.End == end && s.Type == "ORG");
    }

    [Fact]
    public void A_name_with_a_bare_s_is_a_shop_and_keeps_the_s()
    {
        string[] words = ["a", "real", "restaurant", "like", "Applebee", "s", ",", "their", "food", "is", "good"];
        Assert.Contains(Model.Value.FindNames(words), s => s.Start == 4 && s.End == 6 && s.Type == "LOC");
    }

    [Fact]
    public void Names_a_surname_alone_after_the_article_gave_the_full_name()
    {
        const string Text = "Zorbulan Kretzmer, the mayor of Vostrograd, won a second term on Sunday. Kretzmer thanked his supporters.";
        var second = Text.LastIndexOf("Kretzmer", StringComparison.Ordinal);
        Assert.Contains(NameFinder.Find(Text, Model.Value), f => f.Span.Start == second && f.Span.Of(Text) == "Kretzmer" && f.Type == EntityType.PER);
    }

    [Theory]
    [InlineData("Wal-Mart is also fighting two lawsuits over its hiring.", "Wal-Mart")]
    [InlineData("Sales at luxury marque Mercedes-Benz fell 3.1% last year.", "Mercedes-Benz")]
    public void A_name_spans_the_whole_hyphenated_word(string text, string name) =>
        Assert.Contains(NameFinder.Find(text, Model.Value), f => f.Span.Of(text) == name);

    [Fact]
    public void Two_names_joined_by_a_hyphen_stay_two()
    {
        const string Text = "The reported Blair-Brown feud has prompted a Labour donor to withhold funds from Tony Blair and Gordon Brown.";
        var names = NameFinder.Find(Text, Model.Value).Select(f => f.Span.Of(Text)).ToList();
        Assert.DoesNotContain("Blair-Brown", names);
    }

    [Fact]
    public void A_name_after_a_lower_case_prefix_stays_alone()
    {
        const string Text = "The Gondor-backed militias and pro-Haftar forces clashed near Tripoli.";
        Assert.DoesNotContain(NameFinder.Find(Text, Model.Value), f => f.Span.Of(Text).Contains("pro-", StringComparison.Ordinal) || f.Span.Of(Text).Contains("-backed", StringComparison.Ordinal));
    }

    [Fact]
    public void Does_not_run_a_name_into_the_score_of_a_results_table()
    {
        const string Text = "Soccer results on Saturday: Stockport 4 Brighton 2, Wrexham 1 Oldbury 1.";
        Assert.DoesNotContain(NameFinder.Find(Text, Model.Value), f => f.Span.Of(Text).Any(char.IsAsciiDigit));
    }

    [Theory]
    [InlineData("fr", 0)]
    [InlineData("en-GB", 1)]
    public void An_article_stated_in_another_language_gets_no_names_and_says_why(string language, int expectedNames)
    {
        var document = new Document
        {
            Source = new SourceInfo("fictional.txt", SourceFormat.PlainText, "utf-8", "0", 0),
            SourceText = "",
            Text = "Le ministre Zorbulan Kretzmer est arrivé à Vostrograd mardi.",
            Metadata = ArticleMetadata.Empty with { Language = new MetadataValue(language, "test") },
        };
        var result = new NerStage(Model.Value, KnowledgeBase.BuiltIn).Process(document);
        Assert.Equal(expectedNames == 0, result.EntityMentions.IsDefaultOrEmpty || result.EntityMentions.Length == 0);
        Assert.Equal(expectedNames == 0, result.Diagnostics.Any(d => d.Code == "ner.other-language"));
    }

    [Fact]
    public void The_stage_adds_linked_mentions_for_body_headline_and_captions()
    {
        var document = new Document
        {
            Source = new SourceInfo("fictional.txt", SourceFormat.PlainText, "utf-8", "0", 0),
            SourceText = "",
            Text = "Ghassan Salame, the UN envoy, met Prime minister Fayiz Sarraj in Tripoli. On Tuesday Salame said the talks would go on.",
            Metadata = ArticleMetadata.Empty with { Title = new MetadataValue("UN Envoy Meets Sarraj In Tripoli", "test") },
            Captions = [new Caption("Ghassan Salame in Tripoli on Monday", default, "test")],
        };
        var result = new NerStage(Model.Value, KnowledgeBase.BuiltIn).Process(document);
        Assert.All(result.EntityMentions, m => Assert.Equal(m.Text, result.Quote(m.Span)));
        var salame = result.EntityMentions.Where(m => m.Name == "Ghassan Salame").ToList();
        Assert.True(salame.Count == 2, string.Join(" | ", result.EntityMentions.Select(m => $"{m.Text}/{m.Type}/{m.Chain}/{m.Name}")));
        Assert.Equal(2, salame.Count);
        Assert.Single(salame.Select(m => m.Chain).Distinct());
        var tripoli = result.EntityMentions.Single(m => m.Text == "Tripoli");
        Assert.Equal(EntityType.GPE, tripoli.Type);
        Assert.Equal("LBY", tripoli.Country);
        Assert.Contains(result.OtherEntityMentions, m => m.Part == "caption" && m.Text == "Ghassan Salame" && m.Chain == salame[0].Chain);
        Assert.Contains(result.OtherEntityMentions, m => m.Part == "title" && m.Text == "Tripoli");

        // The store writes the layer as JSON and reads it back unchanged, types as "PER"/"GPE".
        var json = System.Text.Json.JsonSerializer.Serialize(result, Dateline.Storage.DocumentSerializer.Options);
        Assert.Contains("\"type\":\"GPE\"", json, StringComparison.Ordinal);
        var back = Dateline.Storage.DocumentSerializer.FromCompressedJson(Dateline.Storage.DocumentSerializer.ToCompressedJson(result));
        Assert.Equal(json, System.Text.Json.JsonSerializer.Serialize(back, Dateline.Storage.DocumentSerializer.Options));
        Assert.Equal(result.EntityMentions.Length, back.EntityMentions.Length);
    }

    [Fact]
    public void Without_a_model_the_stage_records_a_diagnostic_instead_of_failing()
    {
        var document = new Document { Source = new SourceInfo("x.txt", SourceFormat.PlainText, "utf-8", "0", 0), SourceText = "", Text = "Ghassan Salame spoke." };
        var result = new NerStage(null, KnowledgeBase.BuiltIn, "test").Process(document);
        Assert.Empty(result.EntityMentions);
        Assert.Equal("ner.no-model", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void The_default_stage_finds_the_shipped_model_and_loads_it_quickly()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var stage = NerStage.CreateDefault();
        clock.Stop();
        var document = new Document { Source = new SourceInfo("x.txt", SourceFormat.PlainText, "utf-8", "0", 0), SourceText = "", Text = "Ghassan Salame spoke in Tripoli." };
        Assert.NotEmpty(stage.Process(document).EntityMentions);
        // The sub-second figure is measured by the NER bench; under a loaded test run this only catches a gross regression.
        Assert.True(clock.Elapsed.TotalSeconds < 5, $"loading took {clock.Elapsed.TotalSeconds:F2} s");
    }

    [Theory]
    [InlineData("Tony Blair pledged to set up a Scottish parliament if Labour won.", "Scottish")]
    [InlineData("Results of English , Scottish and Welsh rugby union matches on Saturday.", "Welsh")]
    public void A_home_nation_s_adjective_standing_alone_is_misc_like_a_nationality(string text, string word) =>
        Assert.Contains(NameFinder.Find(text, Model.Value), f => f.Span.Of(text) == word && f.Type == EntityType.MISC);

    // Session 16's model (trained on the team's EWT labels too) reads "SCOTTISH LEAGUE" as one organisation, where
    // CoNLL-2003 tags the adjective MISC; either way the adjective is never a place or a person.
    [Fact]
    public void A_home_nation_s_adjective_in_a_headline_is_no_place_or_person()
    {
        const string text = "SOCCER - SCOTTISH LEAGUE RESULTS .";
        Assert.DoesNotContain(NameFinder.Find(text, Model.Value), f => f.Span.Of(text).Contains("SCOTTISH", StringComparison.Ordinal) && f.Type is EntityType.LOC or EntityType.PER);
        Assert.Contains(NameFinder.Find(text, Model.Value), f => f.Span.Of(text).Contains("SCOTTISH", StringComparison.Ordinal));
    }
}
