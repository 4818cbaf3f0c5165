using System.Collections.Immutable;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using Dateline.Language;

namespace Dateline.Coreference;

/// <summary>
/// Word-vector evidence on a (mention, candidate event) pair for the learned decision (<see cref="EventPairFeatures"/>):
/// pre-trained GloVe cosines (<see cref="WordVectors.BuiltIn"/>) between the mention's trigger lemma and what the event's
/// summary already counts (its trigger lemmas, its context words). Nothing new is stored: the event's side is read from
/// the bounded summary, so the cost per candidate is bounded by its caps (16 lemmas, 48 context words). A word the table
/// does not hold counts as absent; a cosine is 0 when either side has no known word.
/// </summary>
public static class EventVectors
{
    /// <summary>The largest cosine between the mention's trigger lemma and the event's other trigger lemmas ("die" / "dead").</summary>
    public static double TriggerMax(WordVectors v, string lemma, IReadOnlyDictionary<string, int> lemmas)
    {
        var x = Row(v, lemma);
        if (x.IsEmpty) return 0;
        var known = Cached(LemmaRanks, lemmas, v, () => new Ranks(v, [.. lemmas.Keys.Select(k => (k, v.Rank(k))).Where(r => r.Item2 >= 0)]));
        double best = 0;
        foreach (var (other, rank) in known.Known)
            if (!string.Equals(other, lemma, StringComparison.Ordinal))
                best = Math.Max(best, TensorPrimitives.Dot(x, v.Rows.Slice(rank * v.Dimensions, v.Dimensions)));
        return best;
    }

    /// <summary>
    /// The cosine between the mention's trigger and the event's context centroid (its sentence words by summed weight,
    /// each also weighted by rarity), both centred: a trigger near the words of the event's sentences is often another
    /// happening those sentences tell ("shooting" among "police, arrest, suspect").
    /// </summary>
    public static double TriggerContext(WordVectors v, string lemma, IReadOnlyDictionary<string, double> context)
    {
        var x = Row(v, lemma);
        if (x.IsEmpty) return 0;
        var c = Cached(ContextCentroids, context, v, () => Centroid(v, context));
        if (c.Sum is null) return 0;
        // The cosine of x − |x|·m and s − |s|·m from dot products alone (m the table's mean vector).
        var m = MeanOf(v);
        double nx = TensorPrimitives.Norm(x), xm = TensorPrimitives.Dot(x, m), xs = TensorPrimitives.Dot(x, c.Sum);
        double dot = xs - c.Norm * xm - nx * c.DotMean + nx * c.Norm * c.MeanMean;
        double a = nx * nx - 2 * nx * xm + nx * nx * c.MeanMean, b = c.Norm * c.Norm - 2 * c.Norm * c.DotMean + c.Norm * c.Norm * c.MeanMean;
        return a <= 0 || b <= 0 ? 0 : dot / Math.Sqrt(a * b);
    }

    private static Centred Centroid(WordVectors v, IReadOnlyDictionary<string, double> context)
    {
        float[]? sum = null;
        double logCount = Math.Log(v.Count) + 0.5772;
        // In key order: a dictionary's order follows string hashes, which .NET randomises per process, and float sums in
        // another order differ in their last bits (the shipped decision's last digits had flipped between rebuilds).
        foreach (var (w, weight) in context.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            int rank = v.Rank(w);
            if (rank < 0 || weight <= 0) continue;
            sum ??= new float[v.Dimensions];
            TensorPrimitives.MultiplyAdd(v.Rows.Slice(rank * v.Dimensions, v.Dimensions), (float)(weight * Rarity(rank, logCount)), sum, sum);
        }
        if (sum is null) return new Centred(v, null, 0, 0, 0);
        var m = MeanOf(v);
        return new Centred(v, sum, TensorPrimitives.Norm(sum), TensorPrimitives.Dot(sum, m), TensorPrimitives.Dot(m, m));
    }

    /// <summary>
    /// The event's side, worked out once per summary dictionary: the summary's dictionaries are immutable and one article's
    /// mentions meet the same candidates (the store's graph cache), so only the mention's side is new for each pair.
    /// Any other dictionary is read afresh.
    /// </summary>
    private static T Cached<TKey, TValue, T>(ConditionalWeakTable<object, T> table, IReadOnlyDictionary<TKey, TValue> key, WordVectors v, Func<T> make)
        where TKey : notnull where T : class, IForTable
    {
        if (key is not ImmutableDictionary<TKey, TValue>) return make();
        if (table.TryGetValue(key, out var hit) && ReferenceEquals(hit.Table, v)) return hit;
        var made = make();
        table.AddOrUpdate(key, made);
        return made;
    }

    private interface IForTable
    {
        WordVectors Table { get; }
    }

    private sealed record Ranks(WordVectors Table, (string Lemma, int Rank)[] Known) : IForTable;

    private sealed record Centred(WordVectors Table, float[]? Sum, double Norm, double DotMean, double MeanMean) : IForTable;

    private static readonly ConditionalWeakTable<object, Ranks> LemmaRanks = [];

    private static readonly ConditionalWeakTable<object, Centred> ContextCentroids = [];

    /// <summary>The unit vector of a lemma (lemmas are lower case: one look-up), or an empty span.</summary>
    private static ReadOnlySpan<float> Row(WordVectors v, string word)
    {
        int rank = v.Rank(word);
        return rank < 0 ? [] : v.Rows.Slice(rank * v.Dimensions, v.Dimensions);
    }

    private const double RarityA = 1e-3;

    /// <summary>a / (a + p), p the word's frequency from its GloVe rank by Zipf's law: common words count less.</summary>
    private static double Rarity(int rank, double logCount)
    {
        double p = 1.0 / ((rank + 1) * logCount);
        return RarityA / (RarityA + p);
    }

    private static readonly ConditionalWeakTable<WordVectors, float[]> Means = [];

    /// <summary>The mean of the table's unit vectors: GloVe vectors share a common direction that makes any two sums near.</summary>
    private static float[] MeanOf(WordVectors v) => Means.GetValue(v, t =>
    {
        var mean = new float[t.Dimensions];
        var rows = t.Rows;
        for (int i = 0; i < t.Count; i++) TensorPrimitives.Add(mean, rows.Slice(i * t.Dimensions, t.Dimensions), mean);
        if (t.Count > 0) TensorPrimitives.Divide(mean, t.Count, mean);
        return mean;
    });
}
