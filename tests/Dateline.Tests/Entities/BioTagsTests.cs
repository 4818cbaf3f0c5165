using Dateline.Entities;

namespace Dateline.Tests.Entities;

public class BioTagsTests
{
    [Theory]
    [InlineData("I-PER I-PER O I-LOC", "PER:0-2 LOC:3-4")]
    [InlineData("I-PER I-PER B-PER O", "PER:0-2 PER:2-3")]
    [InlineData("B-PER I-PER B-PER I-PER", "PER:0-2 PER:2-4")]
    [InlineData("B-ORG I-LOC O", "ORG:0-1 LOC:1-2")]
    [InlineData("O I-MISC I-MISC", "MISC:1-3")]
    public void Chunks_iob1_and_iob2_tags_as_conlleval_does(string tags, string expected) =>
        Assert.Equal(expected, string.Join(' ', BioTags.Spans(tags.Split(' ')).Select(s => $"{s.Type}:{s.Start}-{s.End}")));

    [Fact]
    public void Reads_conll2003_uner_and_two_column_layouts()
    {
        var conll = NerCorpus.ReadConll(new StringReader("-DOCSTART- -X- -X- O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\n\n"));
        Assert.Equal(["B-ORG", "O", "B-MISC"], conll.Sentences.Single().Tags);
        var uner = NerCorpus.ReadConll(new StringReader("# sent_id = x\n# text = Go to Tampa\n1\tGo\tO\t-\t-\n2\tto\tO\t-\t-\n3\tTampa\tB-LOC\t-\t-\n\n"));
        Assert.Equal(["Go", "to", "Tampa"], uner.Sentences.Single().Words);
        Assert.Equal(["LOC"], uner.Types);
        var wnut = NerCorpus.ReadConll(new StringReader("#\tO\nSony\tB-corporation\nfans\tO\n"));
        Assert.Equal(["#", "Sony", "fans"], wnut.Sentences.Single().Words);
        Assert.Equal(["O", "B-ORG", "O"], wnut.Sentences.Single().Tags);
    }

    [Fact]
    public void Numbers_documents_at_docstart_and_newdoc_lines_and_leaves_unmarked_sentences_on_their_own()
    {
        var conll = NerCorpus.ReadConll(new StringReader("-DOCSTART- -X- -X- O\n\nA NN O O\n\nB NN O O\n\n-DOCSTART- -X- -X- O\n\nC NN O O\n\n"));
        Assert.Equal([0, 0, 1], conll.Sentences.Select(s => s.Document));
        var uner = NerCorpus.ReadConll(new StringReader("# newdoc id = a\n# sent_id = 1\n1\tGo\tO\t-\t-\n\n# sent_id = 2\n1\tNo\tO\t-\t-\n\n# newdoc id = b\n# sent_id = 3\n1\tYes\tO\t-\t-\n\n"));
        Assert.Equal([0, 0, 1], uner.Sentences.Select(s => s.Document));
        var tweets = NerCorpus.ReadConll(new StringReader("I\tO\n\nyou\tO\n"));
        Assert.All(tweets.Sentences, s => Assert.Equal(-1, s.Document));
    }

    [Fact]
    public void Sentences_before_the_first_document_marker_are_a_document_when_the_evaluation_asks()
    {
        const string File = "A NN O O\n\nB NN O O\n\n-DOCSTART- -X- -X- O\n\nC NN O O\n\n";
        var evaluation = NerCorpus.ReadConll(new StringReader(File), leadingDocument: true);
        Assert.Equal([0, 0, 1], evaluation.Sentences.Select(s => s.Document));
        var training = NerCorpus.ReadConll(new StringReader(File));
        Assert.Equal([-1, -1, 0], training.Sentences.Select(s => s.Document));
    }

    [Fact]
    public void A_gum_name_keeps_a_capitalised_word_the_treebank_does_not_call_a_proper_noun()
    {
        // "United" is a VERB in GUM's "the United States"; the name is still both words.
        const string Gum = "1\tthe\tthe\tDET\tDT\t_\t3\tdet\t_\tEntity=(1-place\n"
            + "2\tUnited\tunite\tVERB\tVBN\t_\t3\tamod\t_\t_\n"
            + "3\tStates\tState\tPROPN\tNNPS\t_\t0\troot\t_\tEntity=1)\n\n";
        var sentence = NerCorpus.ReadGum(new StringReader(Gum), Dateline.Knowledge.KnowledgeBase.BuiltIn).Single();
        Assert.Equal(["O", "B-LOC", "I-LOC"], sentence.Tags);
    }
}
