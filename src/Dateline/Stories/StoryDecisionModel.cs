using System.Globalization;
using System.Reflection;
using Dateline.Coreference;

namespace Dateline.Stories;

/// <summary>
/// A learned story decision for <see cref="StoryLinker"/>: logistic regression over <see cref="StoryPairFeatures"/>,
/// the probability that a candidate story is the article's; the most probable candidate joins at <see cref="Threshold"/>
/// or above. Trained on ECB+ training-topic pairs (`dateline train stories`, deterministic: Newton steps from zero
/// weights), shipped as data/stories/story-decision.tsv (card data/models/story-decision.md).
/// </summary>
public sealed class StoryDecisionModel
{
    public StoryDecisionModel(IReadOnlyList<double> weights, double threshold)
    {
        if (weights.Count != StoryPairFeatures.Count) throw new ArgumentException($"expected {StoryPairFeatures.Count} weights", nameof(weights));
        Weights = [.. weights];
        Threshold = threshold;
    }

    /// <summary>One weight per <see cref="StoryPairFeatures.Names"/> entry.</summary>
    public IReadOnlyList<double> Weights { get; }

    /// <summary>The lowest probability that joins.</summary>
    public double Threshold { get; }

    /// <summary>The model that ships in the engine, or null when the engine was built without one.</summary>
    public static StoryDecisionModel? BuiltIn { get; } = LoadBuiltIn();

    public double Logit(double[] x)
    {
        double z = 0;
        for (int i = 0; i < x.Length; i++) z += Weights[i] * x[i];
        return z;
    }

    public double Probability(double[] x) => LogisticRegression.Sigmoid(Logit(x));

    public StoryDecisionModel WithThreshold(double threshold) => new(Weights, threshold);

    /// <summary>Logistic regression with an L2 penalty on every weight but the bias (deterministic); features outside
    /// <paramref name="use"/> keep weight 0.</summary>
    public static StoryDecisionModel Train(IReadOnlyList<(double[] X, bool Y)> samples, double l2, double threshold, IReadOnlySet<string>? use = null) =>
        new(LogisticRegression.Fit(samples, StoryPairFeatures.Names, l2, use), threshold);

    /// <summary>Reads "threshold TAB value" and "feature TAB weight" lines; '#' lines are comments; a feature not named weighs 0.</summary>
    public static StoryDecisionModel Read(TextReader reader)
    {
        var weights = new double[StoryPairFeatures.Count];
        double? threshold = null;
        string? line;
        int n = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            n++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length != 2 || !double.TryParse(f[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
                throw new InvalidDataException($"story-decision line {n}: expected name TAB number");
            if (f[0] == "threshold") { threshold = v; continue; }
            int j = StoryPairFeatures.Names.ToList().IndexOf(f[0]);
            if (j < 0) throw new InvalidDataException($"story-decision line {n}: unknown feature '{f[0]}'");
            weights[j] = v;
        }
        return new StoryDecisionModel(weights, threshold ?? throw new InvalidDataException("story-decision: no threshold line"));
    }

    public void Write(TextWriter w)
    {
        w.WriteLine($"threshold\t{Threshold.ToString("R", CultureInfo.InvariantCulture)}");
        for (int j = 0; j < Weights.Count; j++)
            w.WriteLine($"{StoryPairFeatures.Names[j]}\t{Math.Round(Weights[j], 6).ToString("R", CultureInfo.InvariantCulture)}");
    }

    private static StoryDecisionModel? LoadBuiltIn()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Dateline.Stories.Data.story-decision.tsv");
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return Read(reader);
    }
}
