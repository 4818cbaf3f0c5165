namespace Dateline.Eval.Time;

/// <summary>
/// TempEval-3 Task A scoring of one document: system and gold TIMEX3s are paired one-to-one by
/// overlap (largest overlap first); a pair is a relaxed match, and a strict match when the extents
/// are equal once surrounding whitespace and trailing punctuation are ignored (the official
/// toolkit compares tokens). Type and value are compared as exact strings over relaxed pairs.
/// </summary>
public static class TimexScorer
{
    public static (TimexScores Scores, IReadOnlyList<(TimeMlTimex? Gold, TimeMlTimex? System)> Pairs) Score(string text, IReadOnlyList<TimeMlTimex> gold, IReadOnlyList<TimeMlTimex> system)
    {
        var overlaps = new List<(int G, int S, int Overlap)>();
        for (var g = 0; g < gold.Count; g++)
            for (var s = 0; s < system.Count; s++)
            {
                var o = Math.Min(gold[g].End, system[s].End) - Math.Max(gold[g].Start, system[s].Start);
                if (o > 0)
                    overlaps.Add((g, s, o));
            }
        overlaps.Sort((a, b) => b.Overlap.CompareTo(a.Overlap));
        var goldPair = new int[gold.Count];
        var sysPair = new int[system.Count];
        Array.Fill(goldPair, -1);
        Array.Fill(sysPair, -1);
        foreach (var (g, s, _) in overlaps)
        {
            if (goldPair[g] >= 0 || sysPair[s] >= 0)
                continue;
            goldPair[g] = s;
            sysPair[s] = g;
        }
        int strict = 0, relaxed = 0, type = 0, value = 0;
        var pairs = new List<(TimeMlTimex?, TimeMlTimex?)>();
        for (var g = 0; g < gold.Count; g++)
        {
            var s = goldPair[g];
            if (s < 0)
            {
                pairs.Add((gold[g], null));
                continue;
            }
            relaxed++;
            if (Extent(text, gold[g]) == Extent(text, system[s]))
                strict++;
            if (string.Equals(gold[g].Type, system[s].Type, StringComparison.Ordinal))
                type++;
            if (string.Equals(gold[g].Value, system[s].Value, StringComparison.Ordinal))
                value++;
            pairs.Add((gold[g], system[s]));
        }
        for (var s = 0; s < system.Count; s++)
            if (sysPair[s] < 0)
                pairs.Add((null, system[s]));
        return (new TimexScores(gold.Count, system.Count, strict, relaxed, type, value), pairs);
    }

    private static (int, int) Extent(string text, TimeMlTimex t)
    {
        int start = t.Start, end = t.End;
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ',' or ';' or ':' or '\'' or '"'))
            end--;
        return (start, end);
    }
}
