using Dateline.Entities;
using Dateline.Knowledge;

namespace Dateline.Tests.Entities;

public class NerFeaturesTests
{
    [Theory]
    [InlineData("Haftar", false, "Xxx")]
    [InlineData("Haftar", true, "Xx")]
    [InlineData("U.N.", false, "X.X.")]
    [InlineData("1996-08-30", true, "d-d-d")]
    [InlineData("al-Sarraj", true, "x-Xx")]
    public void Word_shape_keeps_case_digits_and_punctuation(string word, bool collapse, string shape) =>
        Assert.Equal(shape, NerFeatures.Shape(word, collapse));

    [Theory]
    [InlineData("Haftar Forces Advance On Tripoli As Envoy Warns", 1)]
    [InlineData("HAFTAR FORCES ADVANCE ON TRIPOLI", 2)]
    [InlineData("Haftar's forces advanced on Tripoli on Monday", 0)]
    public void Tells_headline_case_from_running_text(string sentence, int mode) =>
        Assert.Equal(mode, NerFeatures.CaseMode(sentence.Split(' ')));

    [Fact]
    public void Gazetteer_marks_the_start_and_inside_of_known_multiword_names()
    {
        var countries = new StringReader("# written by the Dateline team\niso3\tiso2\tname\taliases\tadjectives\tcapital\nQQQ\tQQ\tNew Quetzalia\t\tQuetzalian\tPort Q\n");
        var orgs = new StringReader("# written by the Dateline team\nid\tacronym\tname\taliases\tkind\n");
        var titles = new StringReader("# written by the Dateline team\ntitle\tkind\tvariants\nGrand Vizier\tpolitical\t\n");
        var gazetteer = new NameGazetteer(KnowledgeBase.Load(countries, orgs, titles));
        var words = "the Grand Vizier of New Quetzalia spoke".Split(' ');
        var marks = new ushort[words.Length];
        gazetteer.Mark(words, marks);
        Assert.Equal((ushort)NameGazetteer.Category.Title, marks[1]);
        Assert.Equal((ushort)((int)NameGazetteer.Category.Title << 8), marks[2]);
        Assert.Equal((ushort)NameGazetteer.Category.Country, marks[4]);
        Assert.Equal((ushort)((int)NameGazetteer.Category.Country << 8), marks[5]);
        Assert.Equal(0, marks[0]);
        Assert.Equal(0, marks[3]);
    }

    [Fact]
    public void Every_word_gets_the_same_number_of_feature_slots_and_context_changes_them()
    {
        var a = "Minister Zorba Kretz arrived".Split(' ');
        var b = "Senator Zorba Kretz arrived".Split(' ');
        var ka = new ulong[a.Length * NerFeatures.Slots];
        var kb = new ulong[b.Length * NerFeatures.Slots];
        NerFeatures.Extract(a, NameGazetteer.BuiltIn, WordClusters.Empty, ka, new string[a.Length], new string[a.Length]);
        NerFeatures.Extract(b, NameGazetteer.BuiltIn, WordClusters.Empty, kb, new string[b.Length], new string[b.Length]);
        var zorbaA = ka.AsSpan(NerFeatures.Slots, NerFeatures.Slots).ToArray();
        var zorbaB = kb.AsSpan(NerFeatures.Slots, NerFeatures.Slots).ToArray();
        Assert.Equal(zorbaA[1], zorbaB[1]);
        Assert.NotEqual(zorbaA.ToHashSet(), zorbaB.ToHashSet());
    }
}
