namespace Dateline.Eval.Coreference;

/// <summary>Recall, precision and F1 of one coreference metric, as fractions (0..1).</summary>
public readonly record struct CorefMetric(double Recall, double Precision)
{
    public double F1 => Recall + Precision == 0 ? 0 : 2 * Recall * Precision / (Recall + Precision);

    public static CorefMetric Of(double recallNumerator, double recallDenominator, double precisionNumerator, double precisionDenominator) =>
        new(recallDenominator == 0 ? 0 : recallNumerator / recallDenominator, precisionDenominator == 0 ? 0 : precisionNumerator / precisionDenominator);
}
