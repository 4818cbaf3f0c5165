namespace Dateline.Eval.Coreference;

/// <summary>Document clustering against gold groups: B³ over documents and the adjusted Rand index (Hubert and Arabie 1985).</summary>
public static class ClusteringScores
{
    /// <summary>ARI of two labelings of the same items (gold[i], predicted[i]).</summary>
    public static double AdjustedRand(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        int n = gold.Count;
        if (n < 2) return 1;
        var cells = new Dictionary<(string, string), int>();
        var a = new Dictionary<string, int>(StringComparer.Ordinal);
        var b = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            cells[(gold[i], predicted[i])] = cells.GetValueOrDefault((gold[i], predicted[i])) + 1;
            a[gold[i]] = a.GetValueOrDefault(gold[i]) + 1;
            b[predicted[i]] = b.GetValueOrDefault(predicted[i]) + 1;
        }
        static double Pairs(int x) => x * (x - 1) / 2.0;
        double index = cells.Values.Sum(Pairs);
        double sa = a.Values.Sum(Pairs), sb = b.Values.Sum(Pairs);
        double expected = sa * sb / Pairs(n);
        double maxIndex = (sa + sb) / 2;
        return maxIndex == expected ? 1 : (index - expected) / (maxIndex - expected);
    }

    /// <summary>Groups item indices by label, in first-seen order.</summary>
    public static List<IReadOnlyCollection<int>> Clusters(IReadOnlyList<string> labels)
    {
        var d = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<List<int>>();
        for (int i = 0; i < labels.Count; i++)
        {
            if (!d.TryGetValue(labels[i], out var l)) { l = []; d[labels[i]] = l; order.Add(l); }
            l.Add(i);
        }
        return [.. order];
    }
}
