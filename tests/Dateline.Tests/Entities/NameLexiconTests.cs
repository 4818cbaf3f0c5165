using Dateline.Entities;
using Dateline.Knowledge;

namespace Dateline.Tests.Entities;

/// <summary>The name-list evidence (small fictional lexicon) and the demonym convention applied to training sets.</summary>
public class NameLexiconTests
{
    private static readonly NameLexicon Lexicon = new(new Dictionary<string, ushort>(StringComparer.Ordinal)
    {
        ["Vostrograd"] = (ushort)NameLexicon.Mark.PlaceWhole,
        ["Zorbulan"] = (ushort)NameLexicon.Mark.PersonFirst,
        ["QMU"] = (ushort)NameLexicon.Mark.OrgAcronym,
    });

    [Theory]
    [InlineData("Vostrograd", (int)NameLexicon.Mark.PlaceWhole)]
    [InlineData("VOSTROGRAD", (int)NameLexicon.Mark.PlaceWhole | 0x8000)]
    [InlineData("QMU", (int)NameLexicon.Mark.OrgAcronym)]
    [InlineData("vostrograd", 0)]
    [InlineData("Kretzmer", 0)]
    public void Marks_words_as_written_and_headline_capitals_by_their_title_case(string word, int expected) =>
        Assert.Equal(expected, Lexicon.Of(word));

    [Theory]
    [InlineData("vostrograd", (int)NameLexicon.Mark.PlaceWhole)]
    [InlineData("qmu", (int)NameLexicon.Mark.OrgAcronym)]
    [InlineData("kretzmer", 0)]
    public void Gives_a_lower_case_word_the_marks_of_its_capitalised_forms(string lower, int expected) =>
        Assert.Equal(expected, Lexicon.OfLower(lower));

    [Fact]
    public void Builds_shipped_flags_from_the_gazetteer_above_a_population_and_from_the_knowledge()
    {
        var countries = new StringReader("# written by the Dateline team\niso3\tiso2\tname\taliases\tadjectives\tcapital\nQQQ\tQQ\tNew Quetzalia\t\tQuetzalian\tPort Q\n");
        var orgs = new StringReader("# written by the Dateline team\nid\tacronym\tname\taliases\tkind\nQPF\tQPF\tQuetzal Peace Forum\t\tigo\n");
        var titles = new StringReader("# written by the Dateline team\ntitle\tkind\tvariants\n");
        var knowledge = KnowledgeBase.Load(countries, orgs, titles);
        var places = Tests.Places.FictionalGazetteer.Load();

        var lexicon = NameLexicon.BuildShipped(places, knowledge, 100_000, alternates: false);

        Assert.Equal((int)NameLexicon.Mark.PlaceWhole, lexicon.Of("Tripoli"));          // 1.15M
        Assert.Equal((int)NameLexicon.Mark.PlaceWhole, lexicon.Of("Fornost"));          // 45,000 but a capital
        Assert.Equal(0, lexicon.Of("Roma"));                                            // 7,000; Rome's alternate not asked for
        Assert.Equal((int)NameLexicon.Mark.PlacePart, lexicon.Of("Quetzalia"));         // country name, last word
        Assert.Equal((int)NameLexicon.Mark.OrgAcronym, lexicon.Of("QPF"));
        Assert.Equal((int)NameLexicon.Mark.OrgPart, lexicon.Of("Forum"));
        Assert.Equal((int)NameLexicon.Mark.PlaceWhole, NameLexicon.BuildShipped(places, knowledge, 100_000, alternates: true).Of("Roma"));
        Assert.Equal((int)NameLexicon.Mark.PlaceWhole, NameLexicon.BuildShipped(places, knowledge, 5_000, alternates: false).Of("Roma"));
    }

    [Fact]
    public void Adds_person_marks_from_the_name_list_but_not_to_words_running_text_writes_in_lower_case()
    {
        var names = PersonNameList.Read(new StringReader("# fictional\nname\tkind\nZorbulan\tfirst\nOrla\tfirst\nKretzmer\tname\nPeople\tname\nBrown\tname\nNew Quetzal\tus-state\n"));
        var cases = new CaseProfile(new Dictionary<string, byte>(StringComparer.Ordinal) { ["people"] = CaseProfile.Lower, ["brown"] = CaseProfile.Mixed, ["kretzmer"] = CaseProfile.Capital });

        var withSurnames = Lexicon.WithPersonNames(names, others: true, cases, dropMixed: false);

        Assert.Equal((int)NameLexicon.Mark.PersonFirst, withSurnames.Of("Orla"));
        Assert.Equal((int)NameLexicon.Mark.PersonLast, withSurnames.Of("Kretzmer"));
        Assert.Equal(0, withSurnames.Of("People"));                                        // "people" is a word
        Assert.Equal((int)NameLexicon.Mark.PersonLast, withSurnames.Of("Brown"));
        Assert.Equal((int)NameLexicon.Mark.PlaceWhole, withSurnames.Of("Vostrograd"));     // the lexicon's own marks stay
        Assert.Equal((int)NameLexicon.Mark.PlacePart, withSurnames.Of("Quetzal"));         // a state, as a place
        Assert.Equal((int)NameLexicon.Mark.PlacePart, withSurnames.OfLower("quetzal"));
        Assert.Equal(0, Lexicon.WithPersonNames(names, others: false, cases, dropMixed: false).Of("Kretzmer"));
        Assert.Equal(0, Lexicon.WithPersonNames(names, others: true, cases, dropMixed: true).Of("Brown"));
        Assert.Equal(0, Lexicon.Of("Orla"));                                               // the original is unchanged
    }

    [Fact]
    public void Rejects_a_name_list_row_of_an_unknown_kind() =>
        Assert.Throws<InvalidDataException>(() => PersonNameList.Read(new StringReader("name\tkind\nOrla\tsaint\n")));

    [Fact]
    public void Ships_the_person_name_list_with_given_names_surnames_and_the_fifty_states()
    {
        var list = PersonNameList.BuiltIn;

        Assert.Contains("Roberta", list.First);
        Assert.Contains("Pinotti", list.Other);
        Assert.Equal(50, list.States.Count);
        Assert.Contains("Texas", list.States);
    }

    [Theory]
    [InlineData("Iraqi", "B-LOC", "B-MISC")]
    [InlineData("Iraq", "B-LOC", "B-LOC")]
    [InlineData("Iraqi", "B-ORG", "B-ORG")]
    public void Reads_a_lone_nationality_tagged_as_a_place_as_misc(string word, string tag, string expected)
    {
        var sentence = new NerSentence([word, "forces"], [tag, "O"]);
        Assert.Equal(expected, NerTrainingData.DemonymsAsMisc(sentence, KnowledgeBase.BuiltIn).Tags[0]);
    }

    [Fact]
    public void Keeps_a_demonym_inside_a_longer_place_name()
    {
        var sentence = new NerSentence(["Iraqi", "Kurdistan"], ["B-LOC", "I-LOC"]);
        Assert.Equal(["B-LOC", "I-LOC"], NerTrainingData.DemonymsAsMisc(sentence, KnowledgeBase.BuiltIn).Tags);
    }

    [Fact]
    public void Person_mark_dropout_takes_the_marks_of_a_fixed_share_of_the_words_and_keeps_the_rest()
    {
        var marks = Enumerable.Range(0, 1000).ToDictionary(i => $"Name{i}", _ => (ushort)NameLexicon.Mark.PersonLast, StringComparer.Ordinal);
        marks["Tripoli"] = (ushort)NameLexicon.Mark.PlaceWhole;
        var lexicon = new NameLexicon(marks);
        var half = lexicon.WithoutPersonMarksOf(0.5);
        var unmarked = Enumerable.Range(0, 1000).Count(i => half.Of($"Name{i}") == 0);
        Assert.InRange(unmarked, 400, 600);
        Assert.Equal(unmarked, Enumerable.Range(0, 1000).Count(i => lexicon.WithoutPersonMarksOf(0.5).Of($"Name{i}") == 0));
        Assert.Equal((int)NameLexicon.Mark.PlaceWhole, half.Of("Tripoli"));
        Assert.Equal(0, Enumerable.Range(0, 1000).Count(i => lexicon.WithoutPersonMarksOf(0).Of($"Name{i}") == 0));
    }
}
