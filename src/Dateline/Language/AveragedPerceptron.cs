namespace Dateline.Language;

/// <summary>
/// A multi-class averaged perceptron for training, with sparse rows (a feature keeps weights only
/// for the classes it was ever updated for) so that 100 classes times millions of features fit in
/// memory. <see cref="Freeze"/> averages the weights and returns the compact read-only model.
/// </summary>
internal sealed class AveragedPerceptron
{
    private sealed class Row
    {
        public ushort[] Classes = new ushort[2];
        public float[] Weights = new float[2];
        public double[] Totals = new double[2];
        public int[] Stamps = new int[2];
        public int Count;
        public int Updates;
    }

    private readonly Dictionary<ulong, Row> _rows = new();
    private int _clock;

    public AveragedPerceptron(int classes) => ClassCount = classes;

    public int ClassCount { get; }

    public int FeatureCount => _rows.Count;

    /// <summary>Advances the averaging clock: call once per training example.</summary>
    public void Tick() => _clock++;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var f in features)
        {
            if (!_rows.TryGetValue(f, out var row)) continue;
            for (int k = 0; k < row.Count; k++) scores[row.Classes[k]] += row.Weights[k];
        }
    }

    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        if (truth == guess) return;
        foreach (var f in features)
        {
            Add(f, truth, 1f);
            Add(f, guess, -1f);
        }
    }

    private void Add(ulong feature, int cls, float delta)
    {
        if (!_rows.TryGetValue(feature, out var row)) { row = new Row(); _rows[feature] = row; }
        row.Updates++;
        int k = 0;
        while (k < row.Count && row.Classes[k] != cls) k++;
        if (k == row.Count)
        {
            if (k == row.Classes.Length)
            {
                int n = k * 2;
                Array.Resize(ref row.Classes, n); Array.Resize(ref row.Weights, n);
                Array.Resize(ref row.Totals, n); Array.Resize(ref row.Stamps, n);
            }
            row.Classes[k] = (ushort)cls; row.Weights[k] = 0; row.Totals[k] = 0; row.Stamps[k] = _clock;
            row.Count++;
        }
        row.Totals[k] += (double)(_clock - row.Stamps[k]) * row.Weights[k];
        row.Stamps[k] = _clock;
        row.Weights[k] += delta;
    }

    /// <summary>
    /// The averaged model. Weights whose magnitude is below <paramref name="minWeight"/> are dropped, and so
    /// are features updated fewer than <paramref name="minUpdates"/> times (mostly one-off word pairs: noise
    /// that costs memory, loading time and cache misses).
    /// </summary>
    public PerceptronModel Freeze(float minWeight, int minUpdates = 1)
    {
        var keys = new List<ulong>(_rows.Count);
        var lens = new List<ushort>(_rows.Count);
        var classes = new List<ushort>();
        var weights = new List<float>();
        double clock = Math.Max(1, _clock);
        foreach (var (key, row) in _rows.OrderBy(r => r.Key))
        {
            // Each update touches a feature twice (truth and guess).
            if (row.Updates < 2 * minUpdates) continue;
            int count = 0;
            for (int k = 0; k < row.Count; k++)
            {
                double total = row.Totals[k] + (_clock - row.Stamps[k]) * (double)row.Weights[k];
                // Rounded to the 16-bit precision the model is saved with, so a loaded model scores exactly as a fresh one.
                float avg = (float)(Half)(total / clock);
                if (avg == 0 || Math.Abs(avg) < minWeight) continue;
                classes.Add(row.Classes[k]); weights.Add(avg); count++;
            }
            if (count == 0) continue;
            keys.Add(key); lens.Add((ushort)count);
        }
        return new PerceptronModel(ClassCount, [.. keys], [.. lens], [.. classes], [.. weights]);
    }
}
