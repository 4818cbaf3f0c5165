using System.Buffers;
using System.Collections.Immutable;
using Dateline.Model;
using Dateline.Text;

namespace Dateline.Language;

/// <summary>
/// The pure "find" side of the language stage: text in, sentences and tagged, lemmatised, parsed
/// tokens out (offsets over the text given). Holds only the shared read-only models.
/// </summary>
public sealed class LanguageAnalyzer
{
    private readonly LanguageModels _models;

    private readonly int _parserBeam;

    /// <summary>
    /// The parser's beam width in the product, the CLI and `eval deps`: two parses kept at each step lift EWT dev UAS
    /// from 85.08 to 86.13 (LAS 82.02 to 83.02) at 0.43 times the greedy speed, still over 70,000 tokens per CPU-second
    /// for the whole stack (data/models/en-deps.md, "Beam decoding"). 1 is the greedy parser.
    /// </summary>
    public const int DefaultParserBeam = 2;

    /// <param name="models">The tagger and (optional) parser.</param>
    /// <param name="parserBeam">Parser beam width (<see cref="DefaultParserBeam"/>); 1 is the greedy parser.</param>
    public LanguageAnalyzer(LanguageModels models, int parserBeam = DefaultParserBeam)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parserBeam, 1);
        _models = models;
        _parserBeam = parserBeam;
    }

    public (ImmutableArray<Sentence> Sentences, ImmutableArray<Token> Tokens) Analyze(string text)
    {
        var spans = Tokenizer.Tokenize(text);
        var split = SentenceSplitter.Split(text, spans);
        var sentences = ImmutableArray.CreateBuilder<Sentence>(split.Count);
        var tokens = ImmutableArray.CreateBuilder<Token>(spans.Count);
        var spanArray = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(spans);
        for (int s = 0; s < split.Count; s++)
        {
            var (first, count) = split[s];
            sentences.Add(new Sentence(spans[first].Start, spans[first + count - 1].End, first, count));
            AnalyzeSentence(text, spanArray.Slice(first, count), first, s, tokens);
        }
        return (sentences.MoveToImmutable(), tokens.MoveToImmutable());
    }

    /// <summary>Tags, lemmatises and parses one sentence given its token spans (gold or our own).</summary>
    public void AnalyzeSentence(string text, ReadOnlySpan<TextSpan> spans, int firstToken, int sentenceIndex, ICollection<Token> output)
    {
        int n = spans.Length;
        var words = ArrayPool<WordInfo>.Shared.Rent(n);
        var classes = ArrayPool<int>.Shared.Rent(n);
        var tags = ArrayPool<ulong>.Shared.Rent(n);
        var heads = ArrayPool<int>.Shared.Rent(n);
        var labels = ArrayPool<int>.Shared.Rent(n);
        try
        {
            var tagger = _models.Pos.Tagger;
            for (int i = 0; i < n; i++) words[i] = WordInfo.Of(text.AsSpan(spans[i].Start, spans[i].Length));
            tagger.Tag(words.AsSpan(0, n), classes.AsSpan(0, n));
            for (int i = 0; i < n; i++) tags[i] = tagger.TagHashes[classes[i]];
            var parser = _models.Parser;
            if (parser is not null) parser.Parse(words.AsSpan(0, n), tags.AsSpan(0, n), heads.AsSpan(0, n), labels.AsSpan(0, n), _parserBeam);
            for (int i = 0; i < n; i++)
            {
                var span = spans[i];
                string form = text.Substring(span.Start, span.Length);
                string upos = tagger.Upos[classes[i]], xpos = tagger.Xpos[classes[i]];
                string lemma = _models.Pos.Lemmatizer.Lemmatize(form, xpos, upos);
                int head = parser is null ? -1 : heads[i] < 0 ? -1 : firstToken + heads[i];
                string deprel = parser is null ? "_" : parser.Labels[labels[i]];
                output.Add(new Token(span.Start, span.End, form, upos, xpos, lemma, head, deprel, sentenceIndex));
            }
        }
        finally
        {
            ArrayPool<WordInfo>.Shared.Return(words);
            ArrayPool<int>.Shared.Return(classes);
            ArrayPool<ulong>.Shared.Return(tags);
            ArrayPool<int>.Shared.Return(heads);
            ArrayPool<int>.Shared.Return(labels);
        }
    }
}
