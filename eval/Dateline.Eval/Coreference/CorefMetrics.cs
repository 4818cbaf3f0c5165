namespace Dateline.Eval.Coreference;

/// <summary>
/// The coreference metrics as the CoNLL-2012 reference scorer (v8.01) defines them, over clusters given as
/// lists of mention ids. Singletons count (the classic ECB+ gold-mention setting): a singleton adds nothing to
/// MUC, and is a cluster of its own in B³ and CEAF-e. Mentions missing from the response count as response
/// singletons for MUC recall, and as unmatched for B³ and CEAF-e, as in the reference scorer.
/// </summary>
public static class CorefMetrics
{
    public static CorefScores Score<T>(IReadOnlyList<IReadOnlyCollection<T>> key, IReadOnlyList<IReadOnlyCollection<T>> response) where T : notnull =>
        new(Muc(key, response), BCubed(key, response), CeafE(key, response));

    /// <summary>MUC (Vilain et al. 1995): links. Recall = Σ(|K| − |partitions of K by the response|) / Σ(|K| − 1).</summary>
    public static CorefMetric Muc<T>(IReadOnlyList<IReadOnlyCollection<T>> key, IReadOnlyList<IReadOnlyCollection<T>> response) where T : notnull
    {
        var (rn, rd) = MucSide(key, response);
        var (pn, pd) = MucSide(response, key);
        return CorefMetric.Of(rn, rd, pn, pd);
    }

    private static (double, double) MucSide<T>(IReadOnlyList<IReadOnlyCollection<T>> gold, IReadOnlyList<IReadOnlyCollection<T>> other) where T : notnull
    {
        var clusterOf = Index(other);
        double num = 0, den = 0;
        foreach (var k in gold)
        {
            if (k.Count == 0) continue;
            var parts = new HashSet<int>();
            int unaligned = 0;
            foreach (var m in k)
            {
                if (clusterOf.TryGetValue(m, out int c)) parts.Add(c);
                else unaligned++; // each mention the other side lacks is a partition of its own
            }
            num += k.Count - (parts.Count + unaligned);
            den += k.Count - 1;
        }
        return (num, den);
    }

    /// <summary>B³ (Bagga and Baldwin 1998): per mention. Recall = Σ_K Σ_R |K∩R|² / |K| over Σ|K|.</summary>
    public static CorefMetric BCubed<T>(IReadOnlyList<IReadOnlyCollection<T>> key, IReadOnlyList<IReadOnlyCollection<T>> response) where T : notnull
    {
        var (rn, rd) = BSide(key, response);
        var (pn, pd) = BSide(response, key);
        return CorefMetric.Of(rn, rd, pn, pd);
    }

    private static (double, double) BSide<T>(IReadOnlyList<IReadOnlyCollection<T>> gold, IReadOnlyList<IReadOnlyCollection<T>> other) where T : notnull
    {
        var clusterOf = Index(other);
        double num = 0, den = 0;
        foreach (var k in gold)
        {
            if (k.Count == 0) continue;
            var overlap = new Dictionary<int, int>();
            foreach (var m in k)
                if (clusterOf.TryGetValue(m, out int c)) overlap[c] = overlap.GetValueOrDefault(c) + 1;
            foreach (var n in overlap.Values) num += (double)n * n / k.Count;
            den += k.Count;
        }
        return (num, den);
    }

    /// <summary>CEAF-e (Luo 2005): the best one-to-one alignment of key and response clusters under
    /// φ4(K, R) = 2|K∩R| / (|K| + |R|); recall = Σφ4 / #key clusters, precision = Σφ4 / #response clusters.</summary>
    public static CorefMetric CeafE<T>(IReadOnlyList<IReadOnlyCollection<T>> key, IReadOnlyList<IReadOnlyCollection<T>> response) where T : notnull
    {
        var keys = key.Where(k => k.Count > 0).ToList();
        var resp = response.Where(r => r.Count > 0).ToList();
        var respOf = Index(resp);
        // φ4 is zero between clusters that share no mention, so the alignment splits into connected components.
        var sims = new List<Dictionary<int, double>>(keys.Count);
        foreach (var k in keys)
        {
            var overlap = new Dictionary<int, int>();
            foreach (var m in k)
                if (respOf.TryGetValue(m, out int c)) overlap[c] = overlap.GetValueOrDefault(c) + 1;
            sims.Add(overlap.ToDictionary(kv => kv.Key, kv => 2.0 * kv.Value / (k.Count + resp[kv.Key].Count)));
        }
        double total = 0;
        var seenKey = new bool[keys.Count];
        var respToKeys = new Dictionary<int, List<int>>();
        for (int i = 0; i < keys.Count; i++)
            foreach (var r in sims[i].Keys)
                (respToKeys.TryGetValue(r, out var l) ? l : respToKeys[r] = []).Add(i);
        for (int start = 0; start < keys.Count; start++)
        {
            if (seenKey[start] || sims[start].Count == 0) continue;
            var compKeys = new List<int>();
            var compResp = new List<int>();
            var seenResp = new HashSet<int>();
            var queue = new Queue<int>();
            queue.Enqueue(start);
            seenKey[start] = true;
            while (queue.Count > 0)
            {
                int i = queue.Dequeue();
                compKeys.Add(i);
                foreach (var r in sims[i].Keys)
                {
                    if (!seenResp.Add(r)) continue;
                    compResp.Add(r);
                    foreach (var j in respToKeys[r])
                        if (!seenKey[j]) { seenKey[j] = true; queue.Enqueue(j); }
                }
            }
            var matrix = new double[compKeys.Count, compResp.Count];
            for (int a = 0; a < compKeys.Count; a++)
                for (int b = 0; b < compResp.Count; b++)
                    matrix[a, b] = sims[compKeys[a]].GetValueOrDefault(compResp[b]);
            total += Assignment.MaxWeight(matrix);
        }
        return CorefMetric.Of(total, keys.Count, total, resp.Count);
    }

    private static Dictionary<T, int> Index<T>(IReadOnlyList<IReadOnlyCollection<T>> clusters) where T : notnull
    {
        var d = new Dictionary<T, int>();
        for (int i = 0; i < clusters.Count; i++)
            foreach (var m in clusters[i]) d[m] = i;
        return d;
    }
}
