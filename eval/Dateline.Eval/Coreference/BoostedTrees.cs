namespace Dateline.Eval.Coreference;

/// <summary>
/// Gradient-boosted regression trees on the logistic loss (Newton leaves, L2 on the leaf values, shrinkage), for the
/// event decision's pair features: an experiment against the shipped logistic regression, since a linear model cannot
/// use interactions. Deterministic: split points are fixed quantiles of the training values, ties go to the lowest
/// feature and split, no sampling.
/// </summary>
internal sealed class BoostedTrees
{
    private readonly double _base;
    private readonly List<(int[] Feature, double[] Split, double[] Leaf)> _trees;
    private readonly int _depth;

    private BoostedTrees(double @base, List<(int[], double[], double[])> trees, int depth) => (_base, _trees, _depth) = (@base, trees, depth);

    /// <summary>The trees in training order.</summary>
    public int Rounds => _trees.Count;

    /// <summary>The logit from the first <paramref name="rounds"/> trees.</summary>
    public double Logit(double[] x, int rounds)
    {
        double z = _base;
        int r = Math.Min(rounds, _trees.Count);
        for (int t = 0; t < r; t++)
        {
            var (feature, split, leaf) = _trees[t];
            int node = 0;
            for (int level = 0; level < _depth; level++)
                node = 2 * node + (x[feature[node]] <= split[node] ? 1 : 2);
            z += leaf[node - ((1 << _depth) - 1)];
        }
        return z;
    }

    /// <summary>
    /// Full trees of <paramref name="depth"/> levels (a node that cannot split passes its samples to its left child),
    /// <paramref name="rounds"/> of them, each leaf −G / (H + <paramref name="lambda"/>) times <paramref name="shrinkage"/>;
    /// a split needs at least <paramref name="minHessian"/> on each side. Feature 0 (the bias) never splits.
    /// </summary>
    public static BoostedTrees Train(IReadOnlyList<(double[] X, bool Y)> samples, int depth, int rounds, double shrinkage = 0.1,
        double lambda = 1.0, double minHessian = 5.0, int maxBins = 32)
    {
        int n = samples.Count, d = samples[0].X.Length;
        // Split points per feature: midpoints between distinct values when few, else quantiles of the values.
        var splits = new double[d][];
        var bins = new byte[d][];
        for (int j = 0; j < d; j++)
        {
            var values = new double[n];
            for (int i = 0; i < n; i++) values[i] = samples[i].X[j];
            var sorted = (double[])values.Clone();
            Array.Sort(sorted);
            var distinct = new List<double>();
            foreach (var v in sorted) if (distinct.Count == 0 || distinct[^1] != v) distinct.Add(v);
            var cuts = new List<double>();
            if (j == 0 || distinct.Count < 2) { }
            else if (distinct.Count <= maxBins)
                for (int k = 0; k + 1 < distinct.Count; k++) cuts.Add((distinct[k] + distinct[k + 1]) / 2);
            else
                for (int q = 1; q < maxBins; q++)
                {
                    double v = sorted[(int)((long)q * (n - 1) / maxBins)];
                    if (v < sorted[^1] && (cuts.Count == 0 || v > cuts[^1])) cuts.Add(v);
                }
            splits[j] = [.. cuts];
            bins[j] = new byte[n];
            for (int i = 0; i < n; i++)
            {
                int b = Array.BinarySearch(splits[j], values[i]);
                bins[j][i] = (byte)(b >= 0 ? b : ~b); // bin b holds values in (cut[b-1], cut[b]]
            }
        }

        int pos = samples.Count(s => s.Y);
        double @base = Math.Log((pos + 1.0) / (n - pos + 1.0));
        var z = new double[n];
        Array.Fill(z, @base);
        var g = new double[n];
        var h = new double[n];
        var node = new int[n];
        int inner = (1 << depth) - 1, leaves = 1 << depth;
        var trees = new List<(int[], double[], double[])>();
        for (int t = 0; t < rounds; t++)
        {
            for (int i = 0; i < n; i++)
            {
                double p = 1 / (1 + Math.Exp(-z[i]));
                g[i] = p - (samples[i].Y ? 1 : 0);
                h[i] = Math.Max(p * (1 - p), 1e-12);
            }
            Array.Clear(node);
            var feature = new int[inner];
            var split = new double[inner];
            for (int level = 0; level < depth; level++)
            {
                int first = (1 << level) - 1, width = 1 << level;
                var gs = new double[width];
                var hs = new double[width];
                for (int i = 0; i < n; i++) { gs[node[i] - first] += g[i]; hs[node[i] - first] += h[i]; }
                var bestGain = new double[width];
                var bestJ = new int[width];
                var bestB = new int[width];
                Array.Fill(bestJ, -1);
                for (int j = 1; j < d; j++)
                {
                    int nb = splits[j].Length + 1;
                    if (nb < 2) continue;
                    var hg = new double[width * nb];
                    var hh = new double[width * nb];
                    var bj = bins[j];
                    for (int i = 0; i < n; i++) { int k = (node[i] - first) * nb + bj[i]; hg[k] += g[i]; hh[k] += h[i]; }
                    for (int w = 0; w < width; w++)
                    {
                        double gl = 0, hl = 0, parent = gs[w] * gs[w] / (hs[w] + lambda);
                        for (int b = 0; b + 1 < nb; b++)
                        {
                            gl += hg[w * nb + b]; hl += hh[w * nb + b];
                            double gr = gs[w] - gl, hr = hs[w] - hl;
                            if (hl < minHessian || hr < minHessian) continue;
                            double gain = gl * gl / (hl + lambda) + gr * gr / (hr + lambda) - parent;
                            if (gain > bestGain[w] + 1e-12) (bestGain[w], bestJ[w], bestB[w]) = (gain, j, b);
                        }
                    }
                }
                for (int w = 0; w < width; w++)
                {
                    // No useful split: everything goes left (feature 0 is the bias, always 1 > −∞ is false, so use +∞).
                    if (bestJ[w] < 0) { feature[first + w] = 0; split[first + w] = double.PositiveInfinity; }
                    else { feature[first + w] = bestJ[w]; split[first + w] = splits[bestJ[w]][bestB[w]]; }
                }
                for (int i = 0; i < n; i++)
                {
                    int k = node[i];
                    node[i] = 2 * k + (samples[i].X[feature[k]] <= split[k] ? 1 : 2);
                }
            }
            var lg = new double[leaves];
            var lh = new double[leaves];
            for (int i = 0; i < n; i++) { lg[node[i] - inner] += g[i]; lh[node[i] - inner] += h[i]; }
            var leaf = new double[leaves];
            for (int l = 0; l < leaves; l++) leaf[l] = -shrinkage * lg[l] / (lh[l] + lambda);
            for (int i = 0; i < n; i++) z[i] += leaf[node[i] - inner];
            trees.Add((feature, split, leaf));
        }
        return new BoostedTrees(@base, trees, depth);
    }
}
