namespace Dateline.Entities;

/// <summary>
/// Beam search over one sentence's tags for <see cref="NerModel"/> and <see cref="NerTrainer"/>: each step keeps
/// the <c>width</c> best tag prefixes, scored by the same observation and tag-history features and the same
/// constraints as greedy decoding (<see cref="NerModel.Score{TWeights}"/>). Trained with max-violation updates
/// (Huang, Fayong and Guo 2012; early update: Collins and Roark 2004): a beam over greedily trained weights lets
/// worse paths win.
/// </summary>
internal sealed class NerBeam
{
    /// <summary>A prefix ending at one position: its score, last tag, the prefix it extends (index in the previous step).</summary>
    internal struct Item
    {
        public float Score;
        public int Tag;
        public int Parent;
        public bool ClosedPrev; // BILOU: the parent's open name was closed here (B-X read as U-X, I-X as L-X)
        public bool Gold; // training: the prefix agrees with the gold tags
    }

    private readonly int _width;
    private Item[] _items = new Item[64];
    private int[] _counts = new int[16];
    private float[] _observed = new float[32];

    public NerBeam(int width) => _width = width;

    public int Width => _width;

    public int Length { get; private set; }

    /// <summary>Number of prefixes kept at position <paramref name="i"/>, best first.</summary>
    public int Count(int i) => _counts[i];

    public ref Item At(int i, int k) => ref _items[(i * _width) + k];

    /// <summary>
    /// Fills the steps. In training, <paramref name="gold"/> marks the prefixes that agree with it; where
    /// <paramref name="miscFrom"/> &gt; 0 and <paramref name="miscUnknown"/> holds, a MISC tag (index &gt;= miscFrom)
    /// also agrees (data that never labels MISC).
    /// </summary>
    public void Search<TWeights>(TWeights weights, NerTagScheme scheme, ulong[] keys, string[] lower, string[] shorts, bool decoding, int[]? gold = null, bool[]? miscUnknown = null, int miscFrom = 0)
        where TWeights : IWeights
    {
        var n = lower.Length;
        var nTags = scheme.Count;
        Length = n;
        if (_items.Length < n * _width)
            _items = new Item[Math.Max(n * _width, _items.Length * 2)];
        if (_counts.Length < n)
            _counts = new int[Math.Max(n, _counts.Length * 2)];
        if (_observed.Length < nTags)
            _observed = new float[nTags];
        Span<float> scores = stackalloc float[nTags];
        var observed = _observed.AsSpan(0, nTags);
        for (var i = 0; i < n; i++)
        {
            observed.Clear();
            foreach (var key in keys.AsSpan(i * NerFeatures.Slots, NerFeatures.Slots))
                weights.Add(key, observed);
            var (number, tableLike, lowerAfterCapital) = NerModel.Constraints(lower, shorts, i, decoding);
            var last = i + 1 == n;
            var parents = i == 0 ? 1 : _counts[i - 1];
            var count = 0;
            for (var p = 0; p < parents; p++)
            {
                var baseScore = i == 0 ? 0f : At(i - 1, p).Score;
                var parentGold = gold is not null && (i == 0 || At(i - 1, p).Gold);
                var prev = i == 0 ? -1 : At(i - 1, p).Tag;
                var prev2 = i < 2 ? -1 : At(i - 2, At(i - 1, p).Parent).Tag;
                if (i >= 2 && At(i - 1, p).ClosedPrev)
                    prev2 = scheme.Close(prev2);
                var closed = false;
                if (scheme.Open(prev) && NerModel.Blocked(scheme.TypeOf(prev), number, tableLike, lowerAfterCapital))
                {
                    prev = scheme.Close(prev);
                    closed = true;
                }
                observed.CopyTo(scores);
                weights.Add(NerFeatures.Prev(prev), scores);
                weights.Add(NerFeatures.Prev2(prev2, prev), scores);
                weights.Add(NerFeatures.PrevWord(prev, lower[i]), scores);
                weights.Add(NerFeatures.PrevShape(prev, shorts[i]), scores);
                for (var t = 0; t < nTags; t++)
                {
                    if (!scheme.Allowed(prev, t, last) || (scheme.Continues(t) && NerModel.Blocked(scheme.TypeOf(t), number, tableLike, lowerAfterCapital)))
                        continue;
                    var total = baseScore + scores[t];
                    // Insert into the step's sorted list of at most _width prefixes (ties keep the earlier one).
                    var at = count;
                    while (at > 0 && At(i, at - 1).Score < total)
                        at--;
                    if (at >= _width)
                        continue;
                    for (var m = Math.Min(count, _width - 1); m > at; m--)
                        At(i, m) = At(i, m - 1);
                    var agrees = parentGold && (t == gold![i] || (miscUnknown is not null && miscUnknown[i] && t >= miscFrom));
                    At(i, at) = new Item { Score = total, Tag = t, Parent = p, ClosedPrev = closed, Gold = agrees };
                    count = Math.Min(count + 1, _width);
                }
            }
            _counts[i] = count;
        }
    }

    /// <summary>The tags of the prefix ending at item <paramref name="k"/> of position <paramref name="i"/>, into result[0..i].</summary>
    public void Backtrace(int i, int k, int[] result, NerTagScheme scheme)
    {
        var closeNext = false;
        for (var j = i; j >= 0; j--)
        {
            ref var item = ref At(j, k);
            result[j] = closeNext ? scheme.Close(item.Tag) : item.Tag;
            closeNext = item.ClosedPrev;
            k = item.Parent;
        }
    }
}
