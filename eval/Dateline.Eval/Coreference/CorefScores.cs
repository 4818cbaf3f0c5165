namespace Dateline.Eval.Coreference;

/// <summary>MUC, B³, CEAF-e and their mean F1 (the CoNLL F1), over one set of mentions.</summary>
public sealed record CorefScores(CorefMetric Muc, CorefMetric B3, CorefMetric CeafE)
{
    public double Conll => (Muc.F1 + B3.F1 + CeafE.F1) / 3;
}
