using System.Globalization;
using System.Reflection;

namespace Dateline.Coreference;

/// <summary>
/// A learned join decision for <see cref="EventLinker"/>: logistic regression over <see cref="EventPairFeatures"/>,
/// the probability that a candidate event holds the mention's event; the best candidate joins at
/// <see cref="Threshold"/> or above. Trained on ECB+ training-topic pairs (`dateline eval coref --learn-decision`,
/// deterministic: Newton steps from zero weights), shipped as data/coref/event-decision.tsv (card
/// data/models/coref-event-decision.md).
/// </summary>
public sealed class EventDecisionModel
{
    public EventDecisionModel(IReadOnlyList<double> weights, double threshold)
    {
        if (weights.Count != EventPairFeatures.Count) throw new ArgumentException($"expected {EventPairFeatures.Count} weights", nameof(weights));
        Weights = [.. weights];
        Threshold = threshold;
    }

    /// <summary>One weight per <see cref="EventPairFeatures.Names"/> entry.</summary>
    public IReadOnlyList<double> Weights { get; }

    /// <summary>The lowest probability that joins.</summary>
    public double Threshold { get; }

    /// <summary>The model that ships in the engine, or null when the engine was built without one.</summary>
    public static EventDecisionModel? BuiltIn { get; } = LoadBuiltIn();

    public double Logit(double[] x)
    {
        double z = 0;
        for (int i = 0; i < x.Length; i++) z += Weights[i] * x[i];
        return z;
    }

    public double Probability(double[] x) => Sigmoid(Logit(x));

    public EventDecisionModel WithThreshold(double threshold) => new(Weights, threshold);

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    /// <summary>
    /// Logistic regression with an L2 penalty <paramref name="l2"/> on every weight but the bias, by Newton steps from
    /// zero (no randomness: the same samples in the same order give the same weights). Features outside
    /// <paramref name="use"/> keep weight 0.
    /// </summary>
    public static EventDecisionModel Train(IReadOnlyList<(double[] X, bool Y)> samples, double l2, double threshold, IReadOnlySet<string>? use = null)
    {
        int d = EventPairFeatures.Count;
        var active = Enumerable.Range(0, d).Where(j => j == 0 || use is null || use.Contains(EventPairFeatures.Names[j])).ToArray();
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
        return new EventDecisionModel(full, threshold);
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

    /// <summary>Reads "threshold TAB value" and "feature TAB weight" lines; '#' lines are comments; a feature not named weighs 0.</summary>
    public static EventDecisionModel Read(TextReader reader)
    {
        var weights = new double[EventPairFeatures.Count];
        double? threshold = null;
        string? line;
        int n = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            n++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length != 2 || !double.TryParse(f[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
                throw new InvalidDataException($"event-decision line {n}: expected name TAB number");
            if (f[0] == "threshold") { threshold = v; continue; }
            int j = EventPairFeatures.Names.ToList().IndexOf(f[0]);
            if (j < 0) throw new InvalidDataException($"event-decision line {n}: unknown feature '{f[0]}'");
            weights[j] = v;
        }
        return new EventDecisionModel(weights, threshold ?? throw new InvalidDataException("event-decision: no threshold line"));
    }

    public void Write(TextWriter w)
    {
        w.WriteLine($"threshold\t{Threshold.ToString("R", CultureInfo.InvariantCulture)}");
        for (int j = 0; j < Weights.Count; j++)
            w.WriteLine($"{EventPairFeatures.Names[j]}\t{Math.Round(Weights[j], 6).ToString("R", CultureInfo.InvariantCulture)}");
    }

    private static EventDecisionModel? LoadBuiltIn()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Dateline.Coreference.Data.event-decision.tsv");
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return Read(reader);
    }
}
