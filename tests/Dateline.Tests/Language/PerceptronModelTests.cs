using Dateline.Language;

namespace Dateline.Tests.Language;

public class PerceptronModelTests
{
    [Fact]
    public void Finite_half_conversion_gives_the_runtime_value_for_every_finite_bit_pattern()
    {
        for (int bits = 0; bits <= ushort.MaxValue; bits++)
        {
            var half = BitConverter.UInt16BitsToHalf((ushort)bits);
            if (!Half.IsFinite(half)) continue;
            float expected = (float)half, actual = PerceptronModel.FiniteHalfToSingle((ushort)bits);
            Assert.Equal(BitConverter.SingleToInt32Bits(expected), BitConverter.SingleToInt32Bits(actual));
        }
    }

    [Theory]
    [InlineData(7, false)]    // every row short and sparse
    [InlineData(103, false)]  // the parser's action count: long rows dense
    [InlineData(103, true)]   // an infinite weight: the model falls back to the runtime's conversion
    [InlineData(250, false)]
    public void Scores_are_the_float_sums_of_the_present_features_in_the_order_given(int classCount, bool withInfinity)
    {
        var rng = new Random(20261123);
        var (keys, lengths, classes, weights) = RandomModel(rng, classCount, rows: 400, withInfinity);
        var model = new PerceptronModel(classCount, keys, lengths, classes, weights);
        Assert.Equal(keys.Length, model.FeatureCount);
        if (classCount >= 2 * PerceptronModel.DenseMinLength && !withInfinity) Assert.True(model.DenseRowCount > 0);
        if (classCount < PerceptronModel.DenseMinLength || withInfinity) Assert.Equal(0, model.DenseRowCount);

        var rowOf = new Dictionary<ulong, int>();
        var offsets = new int[keys.Length];
        for (int r = 0, start = 0; r < keys.Length; start += lengths[r], r++) { rowOf[keys[r]] = r; offsets[r] = start; }
        var scores = new float[classCount + 3];
        for (int trial = 0; trial < 200; trial++)
        {
            // Present features (some twice) and absent ones, in any order.
            var features = new ulong[rng.Next(1, 120)];
            for (int i = 0; i < features.Length; i++)
                features[i] = rng.Next(4) == 0 ? (ulong)rng.NextInt64() | 1 : keys[rng.Next(keys.Length)];
            Array.Fill(scores, 42f);
            model.Score(features, scores);
            var expected = new float[classCount + 3];
            foreach (var f in features)
            {
                if (!rowOf.TryGetValue(f, out int r)) continue;
                for (int e = offsets[r]; e < offsets[r] + lengths[r]; e++) expected[classes[e]] += weights[e];
            }
            for (int c = 0; c < expected.Length; c++)
                Assert.Equal(BitConverter.SingleToInt32Bits(expected[c]), BitConverter.SingleToInt32Bits(scores[c]));
        }
    }

    [Fact]
    public void A_model_round_trips_through_its_saved_form_with_the_same_scores()
    {
        var rng = new Random(7);
        var (keys, lengths, classes, weights) = RandomModel(rng, 60, rows: 300, withInfinity: false);
        var model = new PerceptronModel(60, keys, lengths, classes, weights);
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) model.Write(w);
        stream.Position = 0;
        var loaded = PerceptronModel.Read(new BinaryReader(stream));
        var features = keys.Where((_, i) => i % 3 == 0).ToArray();
        float[] a = new float[60], b = new float[60];
        model.Score(features, a);
        loaded.Score(features, b);
        Assert.Equal(a, b);
        Assert.Equal(model.DenseRowCount, loaded.DenseRowCount);
    }

    [Fact]
    public void A_long_row_that_names_a_class_twice_adds_both_weights()
    {
        var classes = Enumerable.Range(0, 20).Select(c => (ushort)c).Append((ushort)3).ToArray();
        var weights = classes.Select((_, e) => 0.25f * (e + 1)).ToArray();
        var model = new PerceptronModel(20, [5], [(ushort)classes.Length], classes, weights);
        var scores = new float[20];
        model.Score([5], scores);
        Assert.Equal(0, model.DenseRowCount);
        Assert.Equal(1f + 5.25f, scores[3]);
        Assert.Equal(0.25f, scores[0]);
    }

    [Fact]
    public void Weights_that_are_not_16_bit_floats_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new PerceptronModel(2, [3], [1], [0], [0.1f]));
    }

    /// <summary>Sorted distinct odd keys, rows of 1 to classCount weights with distinct classes, half-float weights.</summary>
    private static (ulong[] Keys, ushort[] Lengths, ushort[] Classes, float[] Weights) RandomModel(Random rng, int classCount, int rows, bool withInfinity)
    {
        var keys = new SortedSet<ulong>();
        while (keys.Count < rows) keys.Add((ulong)rng.NextInt64() | 1);
        var lengths = new List<ushort>();
        var classes = new List<ushort>();
        var weights = new List<float>();
        foreach (var _ in keys)
        {
            int len = rng.Next(3) == 0 ? rng.Next(1, classCount + 1) : rng.Next(1, Math.Min(classCount, 8) + 1);
            lengths.Add((ushort)len);
            foreach (int c in Enumerable.Range(0, classCount).OrderBy(_ => rng.Next()).Take(len))
            {
                classes.Add((ushort)c);
                // Normal and subnormal magnitudes of both signs.
                weights.Add((float)(Half)((rng.NextDouble() - 0.5) * Math.Pow(2, rng.Next(-26, 8))));
            }
        }
        if (withInfinity) weights[weights.Count / 2] = float.PositiveInfinity;
        return ([.. keys], [.. lengths], [.. classes], [.. weights]);
    }
}
