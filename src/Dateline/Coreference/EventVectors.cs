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
        var x = v.Of(lemma);
        if (x.IsEmpty) return 0;
        double best = 0;
        foreach (var other in lemmas.Keys)
        {
            if (string.Equals(other, lemma, StringComparison.Ordinal)) continue;
            var y = v.Of(other);
            if (!y.IsEmpty) best = Math.Max(best, TensorPrimitives.Dot(x, y));
        }
        return best;
    }

    /// <summary>
    /// The cosine between the mention's trigger and the event's context centroid (its sentence words by summed weight,
    /// each also weighted by rarity), both centred: a trigger near the words of the event's sentences is often another
    /// happening those sentences tell ("shooting" among "police, arrest, suspect").
    /// </summary>
    public static double TriggerContext(WordVectors v, string lemma, IReadOnlyDictionary<string, double> context)
    {
        var x = v.Of(lemma);
        if (x.IsEmpty) return 0;
        float[]? sum = null;
        foreach (var (w, weight) in context)
        {
            int rank = v.Rank(w);
            if (rank < 0 || weight <= 0) continue;
            sum ??= new float[v.Dimensions];
            TensorPrimitives.MultiplyAdd(v.Of(w), (float)(weight * Rarity(v, rank)), sum, sum);
        }
        if (sum is null) return 0;
        var mean = MeanOf(v);
        return Cos(Centre(x, mean), Centre(sum, mean));
    }

    private const double RarityA = 1e-3;

    /// <summary>a / (a + p), p the word's frequency from its GloVe rank by Zipf's law: common words count less.</summary>
    private static double Rarity(WordVectors v, int rank)
    {
        double p = 1.0 / ((rank + 1) * (Math.Log(v.Count) + 0.5772));
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

    /// <summary>A sum of unit vectors less the common direction at the sum's own length.</summary>
    private static float[] Centre(ReadOnlySpan<float> x, float[] mean)
    {
        float n = TensorPrimitives.Norm(x);
        var r = new float[x.Length];
        TensorPrimitives.MultiplyAdd(mean, -n, x, r);
        return r;
    }

    private static double Cos(float[] x, float[] y)
    {
        float nx = TensorPrimitives.Norm(x), ny = TensorPrimitives.Norm(y);
        return nx == 0 || ny == 0 ? 0 : TensorPrimitives.Dot(x, y) / (nx * ny);
    }
}
