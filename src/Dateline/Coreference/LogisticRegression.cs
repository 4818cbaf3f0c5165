namespace Dateline.Coreference;

/// <summary>
/// The trainer behind the learned decisions (<see cref="EventDecisionModel"/>, <see cref="Stories.StoryDecisionModel"/>):
/// logistic regression with an L2 penalty on every weight but the bias (feature 0), by Newton steps from zero weights,
/// so the same samples in the same order give the same weights.
/// </summary>
internal static class LogisticRegression
{
    public static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    /// <summary>One weight per entry of <paramref name="names"/>; features outside <paramref name="use"/> keep weight 0.</summary>
    public static double[] Fit(IReadOnlyList<(double[] X, bool Y)> samples, IReadOnlyList<string> names, double l2, IReadOnlySet<string>? use = null)
    {
        int d = names.Count;
        var active = Enumerable.Range(0, d).Where(j => j == 0 || use is null || use.Contains(names[j])).ToArray();
        int k = active.Length;
        var w = new double[k];
        for (int iter = 0; iter < 30; iter++)
        {
            var grad = new double[k];
            var hess = new double[k, k];
            foreach (var (x, y) in samples)
            {
                double z = 0;
                for (int a = 0; a < k; a++) z += w[a] * x[active[a]];
                double p = Sigmoid(z), r = p - (y ? 1 : 0), v = Math.Max(p * (1 - p), 1e-9);
                for (int a = 0; a < k; a++)
                {
                    double xa = x[active[a]];
                    if (xa == 0) continue;
                    grad[a] += r * xa;
                    for (int b = 0; b < k; b++) hess[a, b] += v * xa * x[active[b]];
                }
            }
            for (int a = 1; a < k; a++) { grad[a] += l2 * w[a]; hess[a, a] += l2; }
            hess[0, 0] += 1e-6;
            var step = Solve(hess, grad);
            double max = 0;
            for (int a = 0; a < k; a++) { w[a] -= step[a]; max = Math.Max(max, Math.Abs(step[a])); }
            if (max < 1e-7) break;
        }
        var full = new double[d];
        for (int a = 0; a < k; a++) full[active[a]] = w[a];
        return full;
    }

    /// <summary>Gaussian elimination with partial pivoting: the Hessian is small (one row per feature).</summary>
    private static double[] Solve(double[,] a0, double[] b0)
    {
        int n = b0.Length;
        var a = (double[,])a0.Clone();
        var b = (double[])b0.Clone();
        for (int c = 0; c < n; c++)
        {
            int piv = c;
            for (int r = c + 1; r < n; r++) if (Math.Abs(a[r, c]) > Math.Abs(a[piv, c])) piv = r;
            if (piv != c)
            {
                for (int j = 0; j < n; j++) (a[c, j], a[piv, j]) = (a[piv, j], a[c, j]);
                (b[c], b[piv]) = (b[piv], b[c]);
            }
            if (Math.Abs(a[c, c]) < 1e-12) a[c, c] = 1e-12;
            for (int r = c + 1; r < n; r++)
            {
                double f = a[r, c] / a[c, c];
                if (f == 0) continue;
                for (int j = c; j < n; j++) a[r, j] -= f * a[c, j];
                b[r] -= f * b[c];
            }
        }
        var x = new double[n];
        for (int r = n - 1; r >= 0; r--)
        {
            double s = b[r];
            for (int j = r + 1; j < n; j++) s -= a[r, j] * x[j];
            x[r] = s / a[r, r];
        }
        return x;
    }
}
