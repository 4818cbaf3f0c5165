namespace Dateline.Entities;

/// <summary>
/// Trains <see cref="NerModel"/>: averaged perceptron, greedy decoding with the model's own
/// earlier decisions as history (so training sees the errors decoding will make), including its
/// decisions for earlier sentences of the same document (<see cref="DocumentMemory"/>); documents
/// shuffled each epoch by a seeded generator. Single-threaded and deterministic: the same data,
/// seed and epochs give the same model bytes.
/// </summary>
public sealed class NerTrainer
{
    public static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];

    public int Epochs { get; init; } = 10;

    public int Seed { get; init; } = 13;

    /// <summary>BILOU tags (B, I, L, U per type) instead of BIO; see <see cref="NerTagScheme"/>.</summary>
    public bool Bilou { get; init; }

    /// <summary>
    /// Beam width; above 1, training searches with a beam and updates at the prefix of maximal violation
    /// (Huang et al. 2012), and the model is decoded with the same width.
    /// </summary>
    public int Beam { get; init; } = 1;

    /// <summary>Called after each epoch with (epoch, token accuracy on the training data).</summary>
    public Action<int, double>? Progress { get; init; }

    /// <param name="trainingLexicon">The name lists the training features read, when they differ from the model's own
    /// <paramref name="lexicon"/> (<see cref="NameLexicon.WithoutPersonMarksOf"/>).</param>
    public NerModel Train(IReadOnlyList<NerSentence> sentences, NameGazetteer gazetteer, IReadOnlyDictionary<string, string>? info = null, WordClusters? clusters = null, NameLexicon? lexicon = null, CaseProfile? cases = null, NameLexicon? trainingLexicon = null)
    {
        lexicon ??= NameLexicon.Empty;
        trainingLexicon ??= lexicon;
        var scheme = NerTagScheme.Create(Types, Bilou);
        var tags = scheme.Tags;
        var nTags = tags.Count;
        clusters ??= WordClusters.Empty;
        var miscB = tags.Count - (Bilou ? 4 : 2); // B-MISC: every MISC tag is at or after it

        // Observation features never change: extract once.
        var cache = new (ulong[] Keys, string[] Lower, string[] Shorts, int[] Gold, bool[]? MiscUnknown)[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s].Words;
            var keys = new ulong[words.Count * NerFeatures.Slots];
            var lower = new string[words.Count];
            var shorts = new string[words.Count];
            NerFeatures.Extract(words, gazetteer, clusters, keys, lower, shorts, trainingLexicon, cases);
            var gold = scheme.Encode(sentences[s].Tags);
            // Where MISC was never annotated, a capitalised word outside a name may be an unlabelled MISC ("Italian").
            var miscUnknown = sentences[s].PartialMisc ? words.Select((w, i) => gold[i] == 0 && NerFeatures.IsCapitalised(w)).ToArray() : null;
            cache[s] = (keys, lower, shorts, gold, miscUnknown);
        }

        var weights = new WeightTable(nTags);
        var totals = new double[weights.Data.Length];
        var stamps = new long[weights.Data.Length];
        weights.Grown = size =>
        {
            Array.Resize(ref totals, size);
            Array.Resize(ref stamps, size);
        };
        long clock = 1;
        // Documents (runs of sentences with the same Document number) are the unit of shuffling, so
        // the document memory sees the model's own earlier decisions in order, as decoding will.
        var groups = new List<int[]>();
        for (var s = 0; s < sentences.Count;)
        {
            var end = s + 1;
            if (sentences[s].Document >= 0)
                while (end < sentences.Count && sentences[end].Document == sentences[s].Document)
                    end++;
            groups.Add([.. Enumerable.Range(s, end - s)]);
            s = end;
        }
        var order = Enumerable.Range(0, groups.Count).ToArray();
        var memory = new DocumentMemory();
        var types = (nTags - 1) / 2;
        var random = new Random(Seed);
        Span<float> scores = stackalloc float[nTags];
        Span<ulong> history = stackalloc ulong[4];
        var beam = Beam > 1 ? new NerBeam(Beam) : null;

        for (var epoch = 1; epoch <= Epochs; epoch++)
        {
            random.Shuffle(order);
            long correct = 0, total = 0;
            foreach (var s in order.SelectMany(g => groups[g]))
            {
                var (keys, lower, shorts, gold, miscUnknown) = cache[s];
                if (s == 0 || sentences[s - 1].Document != sentences[s].Document || sentences[s].Document < 0)
                    memory.Clear(); // the first sentence of a document
                var mode = NerFeatures.CaseMode(sentences[s].Words);
                memory.Fill(sentences[s].Words, lower, keys, mode);
                var chosen = new int[gold.Length];
                if (beam is not null)
                {
                    if (gold.Length > 0)
                        correct += BeamStep(beam, keys, lower, shorts, gold, miscUnknown, chosen, scores, history);
                    total += gold.Length;
                    clock += gold.Length;
                    scheme.ToBio(chosen);
                    memory.Remember(sentences[s].Words, lower, chosen, types, mode);
                    continue;
                }
                for (var i = 0; i < gold.Length; i++)
                {
                    var guess = NerModel.Score(weights, scheme, keys, lower, shorts, chosen, i, scores);
                    chosen[i] = guess;
                    total++;
                    // Data that never labels MISC cannot say a MISC guess is wrong.
                    if (guess == gold[i] || (miscUnknown is not null && miscUnknown[i] && guess >= miscB))
                    {
                        correct++;
                        clock++;
                        continue;
                    }
                    NerModel.HistoryKeys(chosen, i, lower, shorts, history);
                    foreach (var key in keys.AsSpan(i * NerFeatures.Slots, NerFeatures.Slots))
                        Update(key, gold[i], guess);
                    foreach (var key in history)
                        Update(key, gold[i], guess);
                    clock++;
                }
                scheme.ToBio(chosen); // the memory reads the BIO layout, as in decoding
                memory.Remember(sentences[s].Words, lower, chosen, types, mode);
            }
            Progress?.Invoke(epoch, (double)correct / Math.Max(1, total));
        }

        // Average: each weight's value integrated over the updates it lived through.
        var averaged = new WeightTable(nTags);
        Span<float> row = stackalloc float[nTags];
        foreach (var (key, offset) in weights.Rows.OrderBy(r => r.Key))
        {
            var any = false;
            for (var t = 0; t < nTags; t++)
            {
                var j = offset + t;
                var value = (totals[j] + (clock - stamps[j]) * (double)weights.Data[j]) / clock;
                row[t] = (float)value;
                any |= Math.Abs(value) >= 1e-3;
            }
            if (!any)
                continue;
            var target = averaged.GetOrAddRow(key);
            row.CopyTo(averaged.Data.AsSpan(target, nTags));
        }
        var facts = new Dictionary<string, string>(info ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        if (Beam > 1)
            facts["beam"] = Beam.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new NerModel(tags, averaged, gazetteer, clusters, facts, lexicon, cases);

        // One sentence with the beam: decode, then one update at the prefix where the best item outscores the
        // gold prefix by the most (max-violation). Fills the decoded tags; returns the tokens decoded right.
        int BeamStep(NerBeam beam, ulong[] keys, string[] lower, string[] shorts, int[] gold, bool[]? miscUnknown, int[] chosen, Span<float> scores, Span<ulong> history)
        {
            var n = gold.Length;
            beam.Search(weights, scheme, keys, lower, shorts, decoding: false, gold, miscUnknown, miscB);
            beam.Backtrace(n - 1, 0, chosen, scheme);
            var right = 0;
            for (var i = 0; i < n; i++)
                if (chosen[i] == gold[i] || (miscUnknown is not null && miscUnknown[i] && chosen[i] >= miscB))
                    right++;
            var goldScore = 0f;
            var worst = -1;
            var worstGap = float.NegativeInfinity;
            for (var i = 0; i < n; i++)
            {
                scores.Clear();
                foreach (var key in keys.AsSpan(i * NerFeatures.Slots, NerFeatures.Slots))
                    weights.Add(key, scores);
                NerModel.HistoryKeys(gold, i, lower, shorts, history);
                foreach (var key in history)
                    weights.Add(key, scores);
                goldScore += scores[gold[i]];
                ref var top = ref beam.At(i, 0);
                if (!top.Gold && top.Score - goldScore >= 0 && top.Score - goldScore > worstGap)
                {
                    worstGap = top.Score - goldScore;
                    worst = i;
                }
            }
            if (worst < 0)
                return right;
            var predicted = new int[worst + 1];
            beam.Backtrace(worst, 0, predicted, scheme);
            // Where MISC was never annotated, the prediction's MISC stands as gold (it is not an error).
            var target = gold[..(worst + 1)];
            if (miscUnknown is not null)
                for (var i = 0; i <= worst; i++)
                    if (miscUnknown[i] && predicted[i] >= miscB)
                        target[i] = predicted[i];
            Span<ulong> other = stackalloc ulong[4];
            for (var i = 0; i <= worst; i++)
            {
                var same = target[i] == predicted[i] && (i < 1 || target[i - 1] == predicted[i - 1]) && (i < 2 || target[i - 2] == predicted[i - 2]);
                if (same)
                    continue;
                if (target[i] != predicted[i])
                    foreach (var key in keys.AsSpan(i * NerFeatures.Slots, NerFeatures.Slots))
                        Update(key, target[i], predicted[i]);
                NerModel.HistoryKeys(target, i, lower, shorts, history);
                NerModel.HistoryKeys(predicted, i, lower, shorts, other);
                foreach (var key in history)
                    Move(key, target[i], 1f);
                foreach (var key in other)
                    Move(key, predicted[i], -1f);
            }
            return right;
        }

        void Update(ulong key, int good, int bad)
        {
            if (key == 0)
                return;
            var offset = weights.GetOrAddRow(key);
            Bump(offset + good, 1f);
            Bump(offset + bad, -1f);
        }

        void Move(ulong key, int tag, float delta)
        {
            if (key != 0)
                Bump(weights.GetOrAddRow(key) + tag, delta);
        }

        void Bump(int j, float delta)
        {
            totals[j] += (clock - stamps[j]) * (double)weights.Data[j];
            stamps[j] = clock;
            weights.Data[j] += delta;
        }
    }
}
