namespace Dateline.Eval.Time;

/// <summary>TempEval-3 Task A figures, micro-averaged over documents.</summary>
public sealed record TimexScores(
    int Gold, int System, int StrictMatches, int RelaxedMatches, int TypeCorrect, int ValueCorrect)
{
    public double StrictPrecision => Ratio(StrictMatches, System);
    public double StrictRecall => Ratio(StrictMatches, Gold);
    public double StrictF1 => F1(StrictPrecision, StrictRecall);
    public double RelaxedPrecision => Ratio(RelaxedMatches, System);
    public double RelaxedRecall => Ratio(RelaxedMatches, Gold);
    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);

    /// <summary>Type accuracy over relaxed-matched pairs.</summary>
    public double TypeAccuracy => Ratio(TypeCorrect, RelaxedMatches);

    /// <summary>Value accuracy over relaxed-matched pairs.</summary>
    public double ValueAccuracy => Ratio(ValueCorrect, RelaxedMatches);

    /// <summary>TE3's attribute F1: accuracy times relaxed F1.</summary>
    public double TypeF1 => TypeAccuracy * RelaxedF1;

    public double ValueF1 => ValueAccuracy * RelaxedF1;

    public TimexScores Add(TimexScores o) => new(Gold + o.Gold, System + o.System, StrictMatches + o.StrictMatches,
        RelaxedMatches + o.RelaxedMatches, TypeCorrect + o.TypeCorrect, ValueCorrect + o.ValueCorrect);

    public static readonly TimexScores Zero = new(0, 0, 0, 0, 0, 0);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
