using Dateline.Eval.Coreference;
using Dateline.Eval.Language;
using Dateline.Language;

namespace Dateline.Tests.Coreference;

public sealed class GumCoreferenceTests
{
    // Two sentences in GUM's MISC bracket notation: "(3-person-...)" opens and closes on one word, "(8-organization-..." opens,
    // "8)" closes; nested mentions share words.
    private const string Conllu = """
        # newdoc id = GUM_bio_test
        # sent_id = 1
        1	Byron	Byron	PROPN	NNP	_	2	nsubj	_	Entity=(3-person-new-sssss-cf1-1-coref-Lord_Byron)
        2	entered	enter	VERB	VBD	_	0	root	_	_
        3	the	the	DET	DT	_	4	det	_	Entity=(8-organization-new-nnsnn-cf3-2-coref
        4	school	school	NOUN	NN	_	2	obj	_	_
        5	of	of	ADP	IN	_	6	case	_	_
        6	Glennie	Glennie	PROPN	NNP	_	4	nmod	_	Entity=(9-person-new-nnnnn-cf4-1-sgl-William_Glennie)8)|SpaceAfter=No
        7	.	.	PUNCT	.	_	2	punct	_	_

        # sent_id = 2
        1	He	he	PRON	PRP	_	2	nsubj	_	Entity=(3-person-giv:act-sssss-cf1-1-ana-Lord_Byron)
        2	left	leave	VERB	VBD	_	0	root	_	SpaceAfter=No
        3	.	.	PUNCT	.	_	2	punct	_	_

        """;

    [Fact]
    public void Reads_gold_mentions_with_their_entity_and_span_from_the_entity_brackets()
    {
        var gold = GoldDocument.Build([.. ConlluReader.Read(new StringReader(Conllu))]);
        var mentions = GumCoreference.Read(gold);
        Assert.Equal(4, mentions.Count);
        Assert.Equal(
            [(3, "person", "Byron"), (8, "organization", "the school of Glennie"), (9, "person", "Glennie"), (3, "person", "He")],
            mentions.OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length).Select(m => (m.Entity, m.Type, m.Span.Of(gold.Text))));
    }
}
