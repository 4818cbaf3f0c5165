namespace Dateline.Language;

/// <summary>
/// Trains the dependency parser with the arc-hybrid dynamic oracle: at each step the gold action is the
/// best-scoring action of least cost, and after the first epoch the parser mostly follows its own
/// choice so that it learns from the states its mistakes lead to. Deterministic for a given seed.
/// </summary>
public static class ParserTrainer
{
    /// <summary>
    /// Trains for <see cref="ParserTrainingOptions.Epochs"/> epochs; with a <paramref name="dev"/> set (sentences
    /// and the tagger that tags them, as at run time) the late epochs are scored and logged (and with
    /// <see cref="ParserTrainingOptions.KeepBestEpoch"/> the best is kept). <paramref name="epochModel"/> receives
    /// each scored epoch's model: it is the model a run of that many epochs would return.
    /// </summary>
    public static DependencyParser Train(IReadOnlyList<ConlluSentence> sentences, ParserTrainingOptions options, Action<string>? log = null,
        (IReadOnlyList<ConlluSentence> Sentences, PosTagger Tagger)? dev = null, WordClasses? classes = null,
        Action<int, DependencyParser>? epochModel = null)
    {
        classes ??= WordClasses.Empty;
        var labels = sentences.SelectMany(s => s.Words).Select(w => w.Deprel).Distinct().OrderBy(l => l, StringComparer.Ordinal)
            .Select(string.Intern).ToArray();
        var labelOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < labels.Length; i++) labelOf[labels[i]] = i;
        var tags = PredictedTags(sentences, options, log, classes);
        var words = sentences.Select(s => s.Words.Select(w => WordInfo.Of(w.Form)).ToArray()).ToArray();
        var wordClasses = words.Select(w => { var c = new uint[w.Length]; classes.Lookup(w, c); return c; }).ToArray();

        int actions = 1 + 2 * labels.Length;
        var perceptron = new AveragedPerceptron(actions);
        var rng = new Random(options.Seed);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var features = new ulong[DependencyParser.FeatureCount];
        int active = DependencyParser.ActiveFeatures(classes);
        DependencyParser? bestModel = null;
        double bestLas = -1;
        int bestEpoch = 0;
        var scores = new float[actions];
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            rng.Shuffle(order);
            long correctHeads = 0, total = 0;
            foreach (int s in order)
            {
                var ws = sentences[s].Words;
                int n = ws.Length;
                var gold = new int[n + 1];
                var goldLabel = new int[n + 1];
                for (int i = 0; i < n; i++) { gold[i + 1] = ws[i].Head; goldLabel[i + 1] = labelOf[ws[i].Deprel]; }
                var state = new ParserState(n);
                var ctx = new DependencyParser.ParserContext(words[s], tags[s], wordClasses[s]);
                while (!state.IsTerminal)
                {
                    DependencyParser.Features(state, ctx, features.AsSpan(0, active));
                    perceptron.Tick();
                    perceptron.Score(features.AsSpan(0, active), scores);
                    state.Costs(gold, out int shiftCost, out int leftCost, out int rightCost);
                    int s0 = state.S(0), s1 = state.S(1), b0 = state.B(0);
                    int Cost(int a) => a == ParserState.Shift ? shiftCost
                        : (a & 1) == 1 ? (leftCost == int.MaxValue ? int.MaxValue : leftCost + (gold[s0] == b0 && goldLabel[s0] != (a - 1) >> 1 ? 1 : 0))
                        : (rightCost == int.MaxValue ? int.MaxValue : rightCost + (gold[s0] == s1 && goldLabel[s0] != (a - 1) >> 1 ? 1 : 0));
                    int guess = DependencyParser.BestValid(state, scores);
                    int minCost = int.MaxValue, best = -1;
                    for (int a = 0; a < actions; a++)
                    {
                        if (!state.IsValid(a)) continue;
                        int c = Cost(a);
                        if (c < minCost || c == minCost && scores[a] > scores[best]) { minCost = c; best = a; }
                    }
                    int guessCost = Cost(guess);
                    if (guessCost > minCost) perceptron.Update(features.AsSpan(0, active), best, guess);
                    bool explore = epoch >= options.ExploreFromEpoch && rng.NextDouble() < options.ExploreProbability;
                    state.Apply(explore ? guess : best);
                }
                for (int i = 1; i <= n; i++) { if (state.Head[i] == gold[i]) correctHeads++; total++; }
            }
            log?.Invoke($"parser epoch {epoch + 1}/{options.Epochs}: training UAS {100.0 * correctHeads / total:F2} ({perceptron.FeatureCount} features)");
            if (dev is { } d && epoch + 1 >= options.EvaluateFromEpoch)
            {
                var candidate = new DependencyParser(labels, perceptron.Freeze(options.MinWeight, options.MinUpdates), classes);
                epochModel?.Invoke(epoch + 1, candidate);
                var (uas, las) = Score(candidate, d.Sentences, d.Tagger);
                log?.Invoke($"  dev UAS {uas:F2} LAS {las:F2} ({candidate.ModelFeatureCount} features, {candidate.ModelWeightCount} weights, min updates {options.MinUpdates})");
                if (options.CompareMinUpdates > 0)
                {
                    var other = new DependencyParser(labels, perceptron.Freeze(options.MinWeight, options.CompareMinUpdates), classes);
                    var (u2, l2) = Score(other, d.Sentences, d.Tagger);
                    log?.Invoke($"  dev UAS {u2:F2} LAS {l2:F2} ({other.ModelFeatureCount} features, {other.ModelWeightCount} weights, min updates {options.CompareMinUpdates})");
                }
                if (options.KeepBestEpoch && las > bestLas) { bestLas = las; bestModel = candidate; bestEpoch = epoch + 1; }
            }
        }
        if (bestModel is not null)
        {
            log?.Invoke($"parser: keeping epoch {bestEpoch} (dev LAS {bestLas:F2})");
            return bestModel;
        }
        var model = perceptron.Freeze(options.MinWeight, options.MinUpdates);
        log?.Invoke($"parser: {model.FeatureCount} features, {model.WeightCount} weights kept");
        return new DependencyParser(labels, model, classes);
    }

    /// <summary>UAS and LAS (universal relations, punctuation included) on gold tokens with predicted tags.</summary>
    public static (double Uas, double Las) Score(DependencyParser parser, IReadOnlyList<ConlluSentence> sentences, PosTagger tagger)
    {
        long total = 0, uas = 0, las = 0;
        foreach (var sentence in sentences)
        {
            var ws = sentence.Words;
            int n = ws.Length;
            var info = ws.Select(w => WordInfo.Of(w.Form)).ToArray();
            var classes = new int[n];
            tagger.Tag(info, classes);
            var tags = classes.Select(c => tagger.TagHashes[c]).ToArray();
            var heads = new int[n];
            var labels = new int[n];
            parser.Parse(info, tags, heads, labels);
            for (int i = 0; i < n; i++)
            {
                total++;
                if (heads[i] + 1 != ws[i].Head) continue;
                uas++;
                if (Universal(parser.Labels[labels[i]]) == Universal(ws[i].Deprel)) las++;
            }
        }
        return (100.0 * uas / Math.Max(1, total), 100.0 * las / Math.Max(1, total));
    }

    private static string Universal(string deprel)
    {
        int colon = deprel.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? deprel : deprel[..colon];
    }

    /// <summary>Tag hashes per sentence: gold, or predicted by taggers that did not see the sentence (jackknifing).</summary>
    private static ulong[][] PredictedTags(IReadOnlyList<ConlluSentence> sentences, ParserTrainingOptions options, Action<string>? log, WordClasses classes)
    {
        var tags = sentences.Select(s => s.Words.Select(w => FeatureHash.Of(w.Xpos + "|" + w.Upos)).ToArray()).ToArray();
        int folds = options.JackknifeFolds;
        if (folds < 2) return tags;
        long correct = 0, total = 0;
        for (int fold = 0; fold < folds; fold++)
        {
            var train = sentences.Where((_, i) => i % folds != fold).ToList();
            var tagger = PosTrainer.TrainTagger(train, options.Tagger, null, options.TaggerUsesClasses ? classes : null);
            for (int i = fold; i < sentences.Count; i += folds)
            {
                var ws = sentences[i].Words;
                var info = ws.Select(w => WordInfo.Of(w.Form)).ToArray();
                var tagged = new int[ws.Length];
                tagger.Tag(info, tagged);
                for (int j = 0; j < ws.Length; j++)
                {
                    var predicted = tagger.TagHashes[tagged[j]];
                    if (predicted == tags[i][j]) correct++;
                    total++;
                    tags[i][j] = predicted;
                }
            }
            log?.Invoke($"jackknife fold {fold + 1}/{folds} tagged");
        }
        log?.Invoke($"jackknifed tag accuracy {100.0 * correct / total:F2}%");
        return tags;
    }
}
