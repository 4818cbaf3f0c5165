using Dateline.Language;
using Dateline.Model;

namespace Dateline.Eval.Language;

/// <summary>
/// CoNLL 2018 shared-task metrics for the tagger, lemmatiser and parser: on gold tokens, accuracies;
/// on raw text, F1 over words aligned by character span (tokens, sentences, UPOS, UAS, LAS). LAS
/// compares the universal part of the relation ("nsubj" for "nsubj:pass"), as the official scorer does;
/// punctuation is included.
/// </summary>
internal static class LanguageScores
{
    public static Dictionary<string, double> GoldTokens(LanguageAnalyzer analyzer, IReadOnlyList<ConlluSentence> sentences)
    {
        long words = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0, lasFull = 0;
        var output = new List<Token>();
        foreach (var sentence in sentences)
        {
            var forms = sentence.Words.Select(w => w.Form).ToArray();
            var text = string.Join(' ', forms);
            var spans = new TextSpan[forms.Length];
            int p = 0;
            for (int i = 0; i < forms.Length; i++) { spans[i] = new TextSpan(p, p + forms[i].Length); p += forms[i].Length + 1; }
            output.Clear();
            analyzer.AnalyzeSentence(text, spans, 0, 0, output);
            for (int i = 0; i < forms.Length; i++)
            {
                var gold = sentence.Words[i];
                var got = output[i];
                words++;
                if (got.Upos == gold.Upos) upos++;
                if (got.Xpos == gold.Xpos) xpos++;
                if (string.Equals(got.Lemma, gold.Lemma, StringComparison.Ordinal)) lemma++;
                if (got.Head + 1 == gold.Head)
                {
                    uas++;
                    if (Universal(got.Deprel) == Universal(gold.Deprel)) las++;
                    if (got.Deprel == gold.Deprel) lasFull++;
                }
            }
        }
        return new Dictionary<string, double>
        {
            ["words"] = words,
            ["upos"] = Pct(upos, words), ["xpos"] = Pct(xpos, words), ["lemma"] = Pct(lemma, words),
            ["uas"] = Pct(uas, words), ["las"] = Pct(las, words), ["las_full"] = Pct(lasFull, words),
        };
    }

    public static Dictionary<string, double> Raw(LanguageAnalyzer analyzer, IReadOnlyList<ConlluSentence> sentences)
    {
        var gold = GoldDocument.Build(sentences);
        var (predSentences, predTokens) = analyzer.Analyze(gold.Text);
        // Word alignment by identical character span.
        var goldBySpan = new Dictionary<TextSpan, int>();
        for (int i = 0; i < gold.Words.Count; i++) goldBySpan.TryAdd(gold.Words[i].Span, i);
        var predToGold = new int[predTokens.Length];
        var goldToPred = new int[gold.Words.Count];
        Array.Fill(goldToPred, -1);
        int matched = 0, uposOk = 0, uasOk = 0, lasOk = 0;
        for (int i = 0; i < predTokens.Length; i++)
        {
            predToGold[i] = goldBySpan.TryGetValue(predTokens[i].Span, out int g) && goldToPred[g] < 0 ? g : -1;
            if (predToGold[i] >= 0) { goldToPred[predToGold[i]] = i; matched++; }
        }
        for (int i = 0; i < predTokens.Length; i++)
        {
            int g = predToGold[i];
            if (g < 0) continue;
            var (_, gw, offset) = gold.Words[g];
            var t = predTokens[i];
            if (t.Upos == gw.Upos) uposOk++;
            int goldHead = gw.Head == 0 ? -1 : offset + gw.Head - 1;
            int predHead = t.Head < 0 ? -1 : predToGold[t.Head];
            bool headOk = goldHead < 0 ? t.Head < 0 : predHead == goldHead;
            if (headOk)
            {
                uasOk++;
                if (Universal(t.Deprel) == Universal(gw.Deprel)) lasOk++;
            }
        }
        var goldSentences = new HashSet<TextSpan>(gold.Sentences);
        int sentencesOk = predSentences.Count(s => goldSentences.Contains(s.Span));
        return new Dictionary<string, double>
        {
            ["words"] = gold.Words.Count,
            ["tokens_f1"] = F1(matched, predTokens.Length, gold.Words.Count),
            ["sentences_f1"] = F1(sentencesOk, predSentences.Length, gold.Sentences.Count),
            ["upos_f1"] = F1(uposOk, predTokens.Length, gold.Words.Count),
            ["uas_f1"] = F1(uasOk, predTokens.Length, gold.Words.Count),
            ["las_f1"] = F1(lasOk, predTokens.Length, gold.Words.Count),
        };
    }

    private static string Universal(string deprel)
    {
        int colon = deprel.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? deprel : deprel[..colon];
    }

    private static double Pct(long a, long b) => b == 0 ? 0 : 100.0 * a / b;

    private static double F1(long correct, long predicted, long gold)
    {
        if (predicted == 0 || gold == 0) return 0;
        double p = (double)correct / predicted, r = (double)correct / gold;
        return p + r == 0 ? 0 : 100 * 2 * p * r / (p + r);
    }
}
