using Dateline.Entities;
using Dateline.Knowledge;

namespace Dateline.Tests.Entities;

/// <summary>The agreement test that picks silver training sentences from a treebank with gold proper nouns.</summary>
public class NerSilverTests
{
    private static NerSilver.UdSentence Ud(string text, string upos) =>
        new(text.Split(' '), upos.Split(' '), text.Split(' '), 0);

    private static BioSpan Span(int start, int end, string type) => new(start, end, type);

    [Fact]
    public void A_sentence_whose_names_cover_every_proper_noun_agrees()
    {
        var u = Ud("I met Sara Shackleton in Houston", "PRON VERB PROPN PROPN ADP PROPN");
        Assert.True(NerSilver.Agrees(u, [Span(2, 4, "PER"), Span(5, 6, "LOC")], KnowledgeBase.BuiltIn));
    }

    [Fact]
    public void A_proper_noun_outside_every_name_makes_the_sentence_disagree()
    {
        var u = Ud("I met Sara Shackleton in Houston", "PRON VERB PROPN PROPN ADP PROPN");
        Assert.False(NerSilver.Agrees(u, [Span(2, 4, "PER")], KnowledgeBase.BuiltIn));
    }

    [Fact]
    public void A_name_over_common_lower_case_words_disagrees()
    {
        var u = Ud("the flight was late", "DET NOUN AUX ADJ");
        Assert.False(NerSilver.Agrees(u, [Span(1, 2, "ORG")], KnowledgeBase.BuiltIn));
    }

    [Fact]
    public void Weekdays_months_and_honorifics_need_no_name()
    {
        var u = Ud("Mr. Smith called on Friday in May", "PROPN PROPN VERB ADP PROPN ADP PROPN");
        Assert.True(NerSilver.Agrees(u, [Span(1, 2, "PER")], KnowledgeBase.BuiltIn));
    }

    [Fact]
    public void A_capitalised_nationality_word_may_stand_as_misc_without_a_proper_noun()
    {
        var u = Ud("American forces left", "ADJ NOUN VERB");
        Assert.True(NerSilver.Agrees(u, [Span(0, 1, "MISC")], KnowledgeBase.BuiltIn));
        Assert.False(NerSilver.Agrees(u, [Span(0, 1, "ORG")], KnowledgeBase.BuiltIn));
    }

    [Fact]
    public void True_casing_capitalises_lower_case_proper_nouns_only()
    {
        var u = Ud("we ate at taco bell in kerala", "PRON VERB ADP PROPN PROPN ADP PROPN");
        Assert.Equal(["we", "ate", "at", "Taco", "Bell", "in", "Kerala"], NerSilver.TrueCased(u));
    }

    [Fact]
    public void Reading_a_treebank_numbers_documents_and_skips_multiword_token_lines()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "t.conllu");
        File.WriteAllText(path, string.Join('\n',
            "# newdoc id = a", "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_", "1\tdo\tdo\tAUX\t_\t_\t0\troot\t_\t_", "2\tn't\tnot\tPART\t_\t_\t1\tadvmod\t_\t_", "",
            "# newdoc id = b", "1\tEnron\tEnron\tPROPN\t_\t_\t0\troot\t_\t_", "") + "\n");
        var sentences = NerSilver.ReadConllu(path);
        Assert.Equal(2, sentences.Count);
        Assert.Equal(["do", "n't"], sentences[0].Words);
        Assert.Equal(0, sentences[0].Document);
        Assert.Equal(1, sentences[1].Document);
        Assert.Equal("PROPN", sentences[1].Upos[0]);
    }
}
