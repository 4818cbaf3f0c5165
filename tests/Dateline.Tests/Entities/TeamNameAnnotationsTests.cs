using Dateline.Entities;
using Dateline.Language;

namespace Dateline.Tests.Entities;

/// <summary>The team's standoff name labels over a treebank: reading, checking, and joining them to the text.</summary>
public class TeamNameAnnotationsTests
{
    // Two documents; the second has one sentence the labels do not cover.
    private const string Treebank = """
        # newdoc id = doc-a
        # sent_id = doc-a-0001
        1	Ahmad	Ahmad	PROPN	NNP	_	0	root	_	_
        2	Chalabi	Chalabi	PROPN	NNP	_	1	flat	_	_
        3	visited	visit	VERB	VBD	_	0	root	_	_
        4	Mosul	Mosul	PROPN	NNP	_	3	obj	_	_

        # sent_id = doc-a-0002
        1	nothing	nothing	PRON	NN	_	0	root	_	_

        # newdoc id = doc-b
        # sent_id = doc-b-0001
        1	Kut	Kut	PROPN	NNP	_	0	root	_	_

        # sent_id = doc-b-0002
        1	Tikrit	Tikrit	PROPN	NNP	_	0	root	_	_


        """;

    private static List<ConlluSentence> Sentences() => [.. ConlluReader.Read(new StringReader(Treebank.Replace("        ", "", StringComparison.Ordinal)))];

    [Fact]
    public void Spans_become_bio_tags_on_the_treebank_words()
    {
        using var temp = new TempFolder();
        var path = temp.File("names.tsv", "# comment\n= doc-a\n0001\t1-2:PER 4:LOC\n0002\t-\n");
        var sentences = TeamNameAnnotations.Sentences(Sentences(), TeamNameAnnotations.Read(path), path);
        Assert.Equal(2, sentences.Count);
        Assert.Equal(["B-PER", "I-PER", "O", "B-LOC"], sentences[0].Tags);
        Assert.Equal(["O"], sentences[1].Tags);
        Assert.True(sentences[0].PartialMisc);
        Assert.Equal(sentences[0].Document, sentences[1].Document);
    }

    [Fact]
    public void A_document_with_a_sentence_left_unlabelled_is_not_trained_on()
    {
        using var temp = new TempFolder();
        var path = temp.File("names.tsv", "= doc-a\n0001\t1-2:PER 4:LOC\n0002\t-\n= doc-b\n0001\t1:LOC\n");
        var sentences = TeamNameAnnotations.Sentences(Sentences(), TeamNameAnnotations.Read(path), path);
        Assert.Equal(2, sentences.Count);
        Assert.DoesNotContain(sentences, s => s.Words[0] == "Kut");
    }

    [Theory]
    [InlineData("0001\t1-2:GPE", "is not FIRST-LAST:TYPE")]
    [InlineData("0001\t2-1:PER", "is not FIRST-LAST:TYPE")]
    [InlineData("0001\t0:PER", "is not FIRST-LAST:TYPE")]
    [InlineData("0001\t1-2:PER 2:LOC", "overlap")]
    [InlineData("0001 1:PER", "expected")]
    public void A_malformed_line_is_refused_with_its_file_and_line(string line, string reason)
    {
        using var temp = new TempFolder();
        var path = temp.File("names.tsv", "= doc-a\n" + line + "\n");
        var error = Assert.Throws<FormatException>(() => TeamNameAnnotations.Read(path));
        Assert.Contains(path + ":2", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_past_the_sentence_end_is_refused_naming_the_sentence()
    {
        using var temp = new TempFolder();
        var path = temp.File("names.tsv", "= doc-a\n0001\t4-5:LOC\n0002\t-\n");
        var error = Assert.Throws<FormatException>(() => TeamNameAnnotations.Sentences(Sentences(), TeamNameAnnotations.Read(path), path));
        Assert.Contains("doc-a-0001", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_country_or_capital_labelled_as_a_government_is_trained_as_a_place()
    {
        var sentence = new NerSentence(["China", "and", "Washington", "met", "Exxon", "in", "Iran"], ["B-ORG", "O", "B-ORG", "O", "B-ORG", "O", "B-LOC"]);
        var trained = NerTrainingData.CountriesAsPlaces(sentence, Dateline.Knowledge.KnowledgeBase.BuiltIn);
        Assert.Equal(["B-LOC", "O", "B-LOC", "O", "B-ORG", "O", "B-LOC"], trained.Tags);
    }

    [Fact]
    public void News_labels_join_the_articles_sentences_by_number_and_keep_misc()
    {
        using var temp = new TempFolder();
        temp.File("ECB+/1/1_1ecbplus.xml", """
            <Document doc_name="1_1ecbplus.xml"><token t_id="1" sentence="0" number="0">http://example.org</token>
            <token t_id="2" sentence="1" number="0">Tara</token><token t_id="3" sentence="1" number="1">Reid</token>
            <token t_id="4" sentence="1" number="2">&amp;</token><token t_id="5" sentence="1" number="3">Americans</token>
            </Document>
            """);
        var path = temp.File("names.tsv", "= 1/1_1ecbplus.xml\n1\t1-2:PER 4:MISC\n");
        var sentence = Assert.Single(TeamNameAnnotations.NewsSentences(System.IO.Path.Combine(temp.Path, "ECB+"), TeamNameAnnotations.Read(path), path));
        Assert.Equal(["Tara", "Reid", "&", "Americans"], sentence.Words);
        Assert.Equal(["B-PER", "I-PER", "O", "B-MISC"], sentence.Tags);
        Assert.False(sentence.PartialMisc);
    }

    [Fact]
    public void News_labels_naming_an_article_that_is_not_there_are_refused()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(System.IO.Path.Combine(temp.Path, "ECB+"));
        var path = temp.File("names.tsv", "= 9/9_9ecb.xml\n1\t-\n");
        var error = Assert.Throws<FormatException>(() => TeamNameAnnotations.NewsSentences(System.IO.Path.Combine(temp.Path, "ECB+"), TeamNameAnnotations.Read(path), path));
        Assert.Contains("9/9_9ecb.xml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void News_labels_for_a_sentence_the_article_does_not_have_are_refused()
    {
        using var temp = new TempFolder();
        temp.File("ECB+/1/1_1ecb.xml", """<Document><token t_id="1" sentence="0" number="0">Rome</token></Document>""");
        var path = temp.File("names.tsv", "= 1/1_1ecb.xml\n0\t1:LOC\n7\t-\n");
        var error = Assert.Throws<FormatException>(() => TeamNameAnnotations.NewsSentences(System.IO.Path.Combine(temp.Path, "ECB+"), TeamNameAnnotations.Read(path), path));
        Assert.Contains("1/1_1ecb.xml-7", error.Message, StringComparison.Ordinal);
    }
}
