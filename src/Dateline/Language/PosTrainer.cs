using Dateline.Model;

namespace Dateline.Language;

/// <summary>
/// Trains the tagger and the lemmatiser from CoNLL-U sentences. Deterministic: the only randomness is
/// the sentence order of each epoch, drawn from <see cref="PosTrainingOptions.Seed"/>.
/// </summary>
public static class PosTrainer
{
    public static PosModel Train(IReadOnlyList<ConlluSentence> sentences, PosTrainingOptions options, Action<string>? log = null, WordClasses? classes = null)
    {
        var tagger = TrainTagger(sentences, options, log, classes);
        var lemmatizer = Lemmatizer.Learn(sentences.SelectMany(s => s.Words).Select(w => (w.Form, w.Xpos, w.Upos, w.Lemma)));
        log?.Invoke($"lemmatiser: {lemmatizer.LexiconSize} lexicon entries");
        return new PosModel(tagger, lemmatizer);
    }

    /// <summary>Trains the tagger alone; with <paramref name="classes"/> it uses (and saves) those word classes.</summary>
    public static PosTagger TrainTagger(IReadOnlyList<ConlluSentence> sentences, PosTrainingOptions options, Action<string>? log = null, WordClasses? classes = null)
    {
        classes ??= WordClasses.Empty;
        var pairs = sentences.SelectMany(s => s.Words).Select(w => (w.Upos, w.Xpos)).Distinct()
            .OrderBy(p => p.Upos, StringComparer.Ordinal).ThenBy(p => p.Xpos, StringComparer.Ordinal).ToList();
        var classOf = new Dictionary<(string, string), int>();
        for (int i = 0; i < pairs.Count; i++) classOf[pairs[i]] = i;
        var upos = pairs.Select(p => string.Intern(p.Upos)).ToArray();
        var xpos = pairs.Select(p => string.Intern(p.Xpos)).ToArray();

        var words = new WordInfo[sentences.Count][];
        var gold = new int[sentences.Count][];
        var formCounts = new Dictionary<ulong, Dictionary<int, int>>();
        for (int s = 0; s < sentences.Count; s++)
        {
            var ws = sentences[s].Words;
            words[s] = new WordInfo[ws.Length];
            gold[s] = new int[ws.Length];
            for (int i = 0; i < ws.Length; i++)
            {
                words[s][i] = WordInfo.Of(ws[i].Form);
                gold[s][i] = classOf[(ws[i].Upos, ws[i].Xpos)];
                if (!formCounts.TryGetValue(words[s][i].Form, out var c)) formCounts[words[s][i].Form] = c = new Dictionary<int, int>();
                c[gold[s][i]] = c.GetValueOrDefault(gold[s][i]) + 1;
            }
        }
        // Frequent, unambiguous words ("the", ",") are looked up rather than scored.
        var tagDictionary = new Dictionary<ulong, int>();
        foreach (var (form, counts) in formCounts)
        {
            int total = counts.Values.Sum();
            var (best, n) = counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Select(p => (p.Key, p.Value)).First();
            if (total >= options.DictionaryMinCount && n >= total * options.DictionaryMinShare) tagDictionary[form] = best;
        }

        // Ambiguity classes of words seen often enough that their tag set is trustworthy.
        var lowerCounts = new Dictionary<ulong, (int Count, SortedSet<int> Tags)>();
        for (int s = 0; s < sentences.Count; s++)
            for (int i = 0; i < words[s].Length; i++)
            {
                var key = words[s][i].Lower;
                if (!lowerCounts.TryGetValue(key, out var entry)) entry = (0, new SortedSet<int>());
                entry.Tags.Add(gold[s][i]);
                lowerCounts[key] = (entry.Count + 1, entry.Tags);
            }
        var ambiguity = new Dictionary<ulong, ulong>();
        foreach (var (key, (count, set)) in lowerCounts)
        {
            if (count < options.AmbiguityMinCount) continue;
            ulong h = 0x1234;
            foreach (int t in set) h = FeatureHash.Mix(h ^ (ulong)(t + 1));
            ambiguity[key] = h;
        }
        var ambiguityOf = words.Select(w => { var a = new ulong[w.Length]; PosTagger.AmbiguityClasses(w, ambiguity, a); return a; }).ToArray();
        var classesOf = words.Select(w => { var c = new uint[w.Length]; classes.Lookup(w, c); return c; }).ToArray();

        var perceptron = new AveragedPerceptron(pairs.Count);
        var tagHashes = pairs.Select(p => FeatureHash.Of(p.Xpos + "|" + p.Upos)).ToArray();
        var rng = new Random(options.Seed);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        Span<ulong> all = stackalloc ulong[PosTagger.FeatureCount];
        var features = all[..PosTagger.ActiveFeatures(classes)];
        var scores = new float[pairs.Count];
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            rng.Shuffle(order);
            int correct = 0, total = 0;
            foreach (int s in order)
            {
                var w = words[s];
                var guess = new int[w.Length];
                for (int i = 0; i < w.Length; i++)
                {
                    perceptron.Tick();
                    if (tagDictionary.TryGetValue(w[i].Form, out int known)) { guess[i] = known; }
                    else
                    {
                        PosTagger.Features(w, guess, ambiguityOf[s], classesOf[s], i, tagHashes, features);
                        perceptron.Score(features, scores);
                        guess[i] = PosTagger.ArgMax(scores);
                        perceptron.Update(features, gold[s][i], guess[i]);
                    }
                    if (guess[i] == gold[s][i]) correct++;
                    total++;
                }
            }
            log?.Invoke($"tagger epoch {epoch + 1}/{options.Epochs}: training accuracy {100.0 * correct / total:F2}% ({perceptron.FeatureCount} features)");
        }
        var model = perceptron.Freeze(options.MinWeight, options.MinUpdates);
        log?.Invoke($"tagger: {model.FeatureCount} features, {model.WeightCount} weights kept");
        return new PosTagger(upos, xpos, model, tagDictionary, ambiguity, classes);
    }
}
