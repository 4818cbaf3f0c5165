using System.Numerics.Tensors;
using Dateline.Language;

namespace Dateline.Coreference;

/// <summary>
/// Word-vector evidence on a (mention, candidate event) pair for the learned decision (<see cref="EventPairFeatures"/>):
/// pre-trained GloVe cosines (<see cref="WordVectors.BuiltIn"/>) between the mention's trigger, sentence words and
/// argument heads and what the event's summary already counts (its trigger lemmas, context words, arguments). Nothing
/// new is stored: the event's side is a count-weighted centroid of words the bounded summary holds, so the cost per
/// candidate is bounded by its caps (16 lemmas, 48 context words, 48 arguments). Unknown words count as absent; every
/// cosine is 0 when either side has no known word.
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

    /// <summary>The cosine between the mention's trigger and the count-weighted centroid of all the event's trigger lemmas.</summary>
    public static double TriggerMean(WordVectors v, string lemma, IReadOnlyDictionary<string, int> lemmas)
    {
        var x = v.Of(lemma);
        return x.IsEmpty ? 0 : Cos(x, Centroid(v, lemmas.Select(kv => (kv.Key, (double)kv.Value))));
    }

    /// <summary>The cosine between the centroid of the mention's context words and the event's weighted context centroid.</summary>
    public static double Context(WordVectors v, IEnumerable<string> words, IReadOnlyDictionary<string, double> context) =>
        Cos(Centroid(v, words.Distinct(StringComparer.Ordinal).Select(w => (w, 1.0))), Centroid(v, context.Select(kv => (kv.Key, kv.Value))));

    /// <summary>
    /// The cosine between the centroid of the mention's argument heads (agents and patients, whatever the role: "police
    /// arrested Reid" against "Reid's detention by officers") and the event's count-weighted argument centroid. Entity
    /// keys ("a:ent:7") carry no word; the name's own word beside them does.
    /// </summary>
    public static double Arguments(WordVectors v, IEnumerable<string> arguments, IReadOnlyDictionary<string, int> theirs) =>
        Cos(Centroid(v, Heads(arguments).Select(w => (w, 1.0))), Centroid(v, theirs.SelectMany(kv => Heads([kv.Key]).Select(w => (w, (double)kv.Value)))));

    /// <summary>
    /// As <see cref="Context"/>, with each word weighted by its rarity (a / (a + p), p from its GloVe frequency rank by Zipf's
    /// law) and the table's mean vector taken off both centroids: averaged GloVe vectors share a large common direction, so
    /// plain centroids of any two sentences are near (0.83 on average).
    /// </summary>
    public static double ContextCentred(WordVectors v, IEnumerable<string> words, IReadOnlyDictionary<string, double> context) =>
        CosCentred(v, Centroid(v, words.Distinct(StringComparer.Ordinal).Select(w => (w, Rarity(v, w)))),
            Centroid(v, context.Select(kv => (kv.Key, kv.Value * Rarity(v, kv.Key)))));

    /// <summary>As <see cref="Arguments"/>, rarity-weighted and centred as <see cref="ContextCentred"/>.</summary>
    public static double ArgumentsCentred(WordVectors v, IEnumerable<string> arguments, IReadOnlyDictionary<string, int> theirs) =>
        CosCentred(v, Centroid(v, Heads(arguments).Select(w => (w, Rarity(v, w)))),
            Centroid(v, theirs.SelectMany(kv => Heads([kv.Key]).Select(w => (w, kv.Value * Rarity(v, w))))));

    /// <summary>The cosine between the mention's trigger and the event's context centroid, both centred (a "win" among "final, goal, cup").</summary>
    public static double TriggerContext(WordVectors v, string lemma, IReadOnlyDictionary<string, double> context)
    {
        var x = v.Of(lemma);
        return x.IsEmpty ? 0 : CosCentred(v, x.ToArray(), Centroid(v, context.Select(kv => (kv.Key, kv.Value * Rarity(v, kv.Key)))));
    }

    private const double RarityA = 1e-3;

    private static double Rarity(WordVectors v, string w)
    {
        int rank = v.Rank(w);
        if (rank < 0) return 0;
        double p = 1.0 / ((rank + 1) * (Math.Log(v.Count) + 0.5772));
        return RarityA / (RarityA + p);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<WordVectors, float[]> Means = [];

    private static float[] MeanOf(WordVectors v) => Means.GetValue(v, t =>
    {
        var mean = new float[t.Dimensions];
        var rows = t.Rows;
        for (int i = 0; i < t.Count; i++) TensorPrimitives.Add(mean, rows.Slice(i * t.Dimensions, t.Dimensions), mean);
        if (t.Count > 0) TensorPrimitives.Divide(mean, t.Count, mean);
        return mean;
    });

    /// <summary>Cosine of two sums of unit vectors after taking the table's mean off each (in proportion to its weight).</summary>
    private static double CosCentred(WordVectors v, float[]? x, float[]? y)
    {
        if (x is null || y is null) return 0;
        var mean = MeanOf(v);
        var a = Centre(x, mean);
        var b = Centre(y, mean);
        return Cos(a, b);
    }

    private static float[] Centre(float[] x, float[] mean)
    {
        // The share of the common direction in a sum of n unit vectors grows with n: take it off at the sum's own length.
        float n = TensorPrimitives.Norm(x);
        var r = new float[x.Length];
        TensorPrimitives.MultiplyAdd(mean, -n, x, r);
        return r;
    }

    private static IEnumerable<string> Heads(IEnumerable<string> arguments) =>
        EventArguments.Of(arguments, "ap").Where(w => !w.StartsWith("ent:", StringComparison.Ordinal));

    /// <summary>The weighted sum of the known words' unit vectors; null when none is known.</summary>
    private static float[]? Centroid(WordVectors v, IEnumerable<(string Word, double Weight)> words)
    {
        float[]? sum = null;
        foreach (var (w, weight) in words)
        {
            var y = v.Of(w);
            if (y.IsEmpty || weight <= 0) continue;
            sum ??= new float[v.Dimensions];
            TensorPrimitives.MultiplyAdd(y, (float)weight, sum, sum);
        }
        return sum;
    }

    private static double Cos(ReadOnlySpan<float> x, float[]? y)
    {
        if (x.IsEmpty || y is null) return 0;
        float nx = TensorPrimitives.Norm(x), ny = TensorPrimitives.Norm(y);
        return nx == 0 || ny == 0 ? 0 : TensorPrimitives.Dot(x, y) / (nx * ny);
    }

    private static double Cos(float[]? x, float[]? y) => x is null ? 0 : Cos(x.AsSpan(), y);
}
