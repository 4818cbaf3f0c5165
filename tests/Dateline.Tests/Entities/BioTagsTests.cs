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
}
