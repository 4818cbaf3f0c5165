using Dateline.Language;

namespace Dateline.Tests.Language;

/// <summary>A hand-made, fictional CoNLL-U treebank: enough for a model to learn, small enough to train in milliseconds.</summary>
internal static class TinyTreebank
{
    public const string Text = """
        # sent_id = t1
        # text = Zorvan met the minister in Pell.
        1	Zorvan	Zorvan	PROPN	NNP	_	2	nsubj	_	_
        2	met	meet	VERB	VBD	_	0	root	_	_
        3	the	the	DET	DT	_	4	det	_	_
        4	minister	minister	NOUN	NN	_	2	obj	_	_
        5	in	in	ADP	IN	_	6	case	_	_
        6	Pell	Pell	PROPN	NNP	_	2	obl	_	SpaceAfter=No
        7	.	.	PUNCT	.	_	2	punct	_	_

        # sent_id = t2
        # text = The ministers visited Pell.
        1	The	the	DET	DT	_	2	det	_	_
        2	ministers	minister	NOUN	NNS	_	3	nsubj	_	_
        3	visited	visit	VERB	VBD	_	0	root	_	_
        4	Pell	Pell	PROPN	NNP	_	3	obj	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	3	punct	_	_

        # sent_id = t3
        # text = Zorvan's envoy was received in the capital.
        1-2	Zorvan's	_	_	_	_	_	_	_	_
        1	Zorvan	Zorvan	PROPN	NNP	_	3	nmod:poss	_	_
        2	's	's	PART	POS	_	1	case	_	_
        3	envoy	envoy	NOUN	NN	_	5	nsubj:pass	_	_
        4	was	be	AUX	VBD	_	5	aux:pass	_	_
        5	received	receive	VERB	VBN	_	0	root	_	_
        6	in	in	ADP	IN	_	8	case	_	_
        7	the	the	DET	DT	_	8	det	_	_
        8	capital	capital	NOUN	NN	_	5	obl	_	SpaceAfter=No
        9	.	.	PUNCT	.	_	5	punct	_	_

        # sent_id = t4
        # text = The envoy met the ministers.
        1	The	the	DET	DT	_	2	det	_	_
        2	envoy	envoy	NOUN	NN	_	3	nsubj	_	_
        3	met	meet	VERB	VBD	_	0	root	_	_
        4	the	the	DET	DT	_	5	det	_	_
        5	ministers	minister	NOUN	NNS	_	3	obj	_	SpaceAfter=No
        6	.	.	PUNCT	.	_	3	punct	_	_

        """;

    public static List<ConlluSentence> Sentences() => ConlluReader.Read(new StringReader(Text)).ToList();
}
