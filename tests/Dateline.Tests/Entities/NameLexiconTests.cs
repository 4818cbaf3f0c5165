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
}
