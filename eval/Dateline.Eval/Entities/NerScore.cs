namespace Dateline.Eval.Entities;

/// <summary>Exact-span, exact-type counts per entity type (conlleval's definition).</summary>
public sealed class NerScore
{
    private readonly SortedDictionary<string, (int Tp, int Fp, int Fn)> _counts = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Types => _counts.Keys;

    public void Add(IReadOnlyCollection<Dateline.Entities.BioSpan> gold, IReadOnlyCollection<Dateline.Entities.BioSpan> predicted)
    {
        var goldSet = gold.ToHashSet();
        var predSet = predicted.ToHashSet();
        foreach (var p in predSet)
            Bump(p.Type, goldSet.Contains(p) ? 1 : 0, goldSet.Contains(p) ? 0 : 1, 0);
        foreach (var g in goldSet)
            if (!predSet.Contains(g))
                Bump(g.Type, 0, 0, 1);
    }

    private void Bump(string type, int tp, int fp, int fn)
    {
        var c = _counts.GetValueOrDefault(type);
        _counts[type] = (c.Tp + tp, c.Fp + fp, c.Fn + fn);
    }

    public (double Precision, double Recall, double F1, int Gold, int Predicted) Of(string? type)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var (t, c) in _counts)
            if (type is null || t == type)
                (tp, fp, fn) = (tp + c.Tp, fp + c.Fp, fn + c.Fn);
        var p = tp + fp == 0 ? 0 : 100.0 * tp / (tp + fp);
        var r = tp + fn == 0 ? 0 : 100.0 * tp / (tp + fn);
        var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return (p, r, f, tp + fn, tp + fp);
    }
}
