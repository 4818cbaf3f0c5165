using System.Globalization;
using System.Reflection;

namespace Dateline.Coreference;

/// <summary>
/// Distributional vectors of trigger-like lemmas (nouns and verbs), learned without labels, so that two lemmas no
/// table relates can still be compared ("quake"/"tremor", "killed"/"shooting"): positive PMI between a lemma and
/// its contexts (neighbours within two words, and/or its dependency relations), reduced to a few dimensions by a
/// truncated SVD (subspace iteration from a fixed start: deterministic). Stored unit-length; read-only after loading.
/// </summary>
public sealed class TriggerVectors
{
    private readonly Dictionary<string, float[]> _vectors;

    public TriggerVectors(Dictionary<string, float[]> vectors)
    {
        foreach (var v in vectors.Values) Normalise(v);
        _vectors = vectors;
    }

    public static TriggerVectors Empty { get; } = new([]);

    /// <summary>The table that ships in the engine (data/coref/trigger-vectors.tsv); empty when absent.</summary>
    public static TriggerVectors BuiltIn { get; } = LoadBuiltIn();

    public int Count => _vectors.Count;

    public int Dimensions => _vectors.Count == 0 ? 0 : _vectors.First().Value.Length;

    public bool Contains(string lemma) => _vectors.ContainsKey(lemma.ToLowerInvariant());

    /// <summary>Cosine of two lemmas' vectors; null when either lemma has none.</summary>
    public double? Cosine(string a, string b)
    {
        if (!_vectors.TryGetValue(a.ToLowerInvariant(), out var x) || !_vectors.TryGetValue(b.ToLowerInvariant(), out var y)) return null;
        double dot = 0;
        for (int i = 0; i < x.Length; i++) dot += x[i] * y[i];
        return Math.Clamp(dot, -1, 1);
    }

    /// <summary>
    /// Learns vectors from parsed sentences (lemma, universal tag, sentence-local head index or -1, relation):
    /// every lemma seen at least <paramref name="minCount"/> times as a noun or verb gets one, described by the
    /// <paramref name="maxContexts"/> most frequent contexts (PPMI with context counts raised to 0.75), reduced
    /// to <paramref name="dimensions"/> (left singular vectors times the square root of the singular values).
    /// </summary>
    public static TriggerVectors Learn(IEnumerable<IReadOnlyList<(string Lemma, string Upos, int Head, string Rel)>> sentences,
        TriggerVectorContexts contexts = TriggerVectorContexts.Both, int dimensions = 100, int minCount = 5, int maxContexts = 5000, int iterations = 10, Action<string>? log = null)
    {
        var pairs = new Dictionary<(string W, string C), int>();
        var targetCount = new Dictionary<string, int>(StringComparer.Ordinal);
        var contextCount = new Dictionary<string, int>(StringComparer.Ordinal);
        long tokens = 0;
        foreach (var s in sentences)
        {
            var lemma = s.Select(t => t.Lemma.ToLowerInvariant()).ToArray();
            var keep = s.Select(t => t.Upos is not ("PUNCT" or "SYM" or "X") && t.Lemma.Length > 0).ToArray();
            tokens += s.Count;
            for (int i = 0; i < s.Count; i++)
            {
                if (!keep[i] || s[i].Upos is not ("NOUN" or "VERB")) continue;
                targetCount[lemma[i]] = targetCount.GetValueOrDefault(lemma[i]) + 1;
                void Add(string c)
                {
                    var k = (lemma[i], c);
                    pairs[k] = pairs.GetValueOrDefault(k) + 1;
                    contextCount[c] = contextCount.GetValueOrDefault(c) + 1;
                }
                if (contexts.HasFlag(TriggerVectorContexts.Window))
                {
                    // Two kept words either side, punctuation skipped.
                    for (int dir = -1; dir <= 1; dir += 2)
                        for (int j = i + dir, seen = 0; j >= 0 && j < s.Count && seen < 2; j += dir)
                            if (keep[j]) { seen++; Add("w:" + lemma[j]); }
                }
                if (contexts.HasFlag(TriggerVectorContexts.Dependencies))
                {
                    int h = s[i].Head;
                    if (h >= 0 && h < s.Count && keep[h]) Add("h:" + Rel(s[i].Rel) + ":" + lemma[h]);
                    for (int j = 0; j < s.Count; j++)
                        if (s[j].Head == i && keep[j]) Add("c:" + Rel(s[j].Rel) + ":" + lemma[j]);
                }
            }
        }

        var targets = targetCount.Where(p => p.Value >= minCount).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        var targetIndex = targets.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        var ctxList = contextCount.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(maxContexts).Select(p => p.Key).ToList();
        var ctxIndex = ctxList.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        log?.Invoke($"trigger vectors: {tokens} tokens, {targets.Count} lemmas, {ctxList.Count} contexts ({contexts})");

        // Counts restricted to kept lemmas and contexts; PPMI over those marginals.
        var rows = new List<(int C, double V)>[targets.Count];
        for (int i = 0; i < rows.Length; i++) rows[i] = [];
        foreach (var ((w, c), n) in pairs.OrderBy(p => p.Key.W, StringComparer.Ordinal).ThenBy(p => p.Key.C, StringComparer.Ordinal))
            if (targetIndex.TryGetValue(w, out int r) && ctxIndex.TryGetValue(c, out int ci)) rows[r].Add((ci, n));
        var rowSum = rows.Select(r => r.Sum(e => e.V)).ToArray();
        var colSum = new double[ctxList.Count];
        foreach (var r in rows) foreach (var (c, v) in r) colSum[c] += v;
        double total = rowSum.Sum();
        double smoothed = colSum.Sum(v => Math.Pow(v, 0.75));
        var matrix = new (int[] Cols, float[] Vals)[targets.Count];
        for (int i = 0; i < rows.Length; i++)
        {
            var e = rows[i].Select(p => (p.C, V: Math.Log(p.V * smoothed / (rowSum[i] * Math.Pow(colSum[p.C], 0.75))))).Where(p => p.V > 0).OrderBy(p => p.C).ToList();
            matrix[i] = ([.. e.Select(p => p.C)], [.. e.Select(p => (float)p.V)]);
        }
        var reduced = Svd(matrix, ctxList.Count, Math.Min(dimensions, Math.Min(targets.Count, ctxList.Count)), iterations);
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (int i = 0; i < targets.Count; i++)
            if (reduced[i].Any(x => x != 0)) vectors[targets[i]] = reduced[i];
        return new TriggerVectors(vectors);
    }

    private static string Rel(string rel) => rel.ToLowerInvariant();

    /// <summary>
    /// Rows of U·Σ^½ of the rank-<paramref name="k"/> truncated SVD of a sparse matrix: subspace iteration on MᵀM from a
    /// fixed pseudo-random start, then the small k×k eigenproblem (Jacobi) to rotate onto the singular directions.
    /// </summary>
    private static float[][] Svd((int[] Cols, float[] Vals)[] m, int cols, int k, int iterations)
    {
        int n = m.Length;
        if (k <= 0) return [.. Enumerable.Range(0, n).Select(_ => Array.Empty<float>())];
        var q = new double[cols, k];
        uint state = 2463534242;
        for (int c = 0; c < cols; c++)
            for (int j = 0; j < k; j++)
            {
                state ^= state << 13; state ^= state >> 17; state ^= state << 5;   // xorshift32: the same start on every machine
                q[c, j] = state / (double)uint.MaxValue - 0.5;
            }
        Orthonormalise(q);
        var y = new double[n, k];
        for (int it = 0; it <= iterations; it++)
        {
            // y = M q
            Array.Clear(y);
            for (int i = 0; i < n; i++)
            {
                var (cs, vs) = m[i];
                for (int e = 0; e < cs.Length; e++)
                    for (int j = 0; j < k; j++) y[i, j] += vs[e] * q[cs[e], j];
            }
            if (it == iterations) break;
            // q = orth(Mᵀ y)
            Array.Clear(q);
            for (int i = 0; i < n; i++)
            {
                var (cs, vs) = m[i];
                for (int e = 0; e < cs.Length; e++)
                    for (int j = 0; j < k; j++) q[cs[e], j] += vs[e] * y[i, j];
            }
            Orthonormalise(q);
        }
        // y = U Σ Wᵀ for some rotation W: yᵀy = W Σ² Wᵀ.
        var b = new double[k, k];
        for (int i = 0; i < n; i++)
            for (int a = 0; a < k; a++)
            {
                double ya = y[i, a];
                if (ya == 0) continue;
                for (int c = a; c < k; c++) b[a, c] += ya * y[i, c];
            }
        for (int a = 0; a < k; a++) for (int c = 0; c < a; c++) b[a, c] = b[c, a];
        var (values, vectors) = Jacobi(b);
        var order = Enumerable.Range(0, k).OrderByDescending(j => values[j]).ToArray();
        var result = new float[n][];
        for (int i = 0; i < n; i++)
        {
            result[i] = new float[k];
            for (int t = 0; t < k; t++)
            {
                int j = order[t];
                double sigma = Math.Sqrt(Math.Max(values[j], 0));
                if (sigma < 1e-9) continue;
                double s = 0;
                for (int a = 0; a < k; a++) s += y[i, a] * vectors[a, j];
                result[i][t] = (float)(s / Math.Sqrt(sigma));   // (U Σ) Σ^-½ = U Σ^½
            }
        }
        return result;
    }

    private static void Orthonormalise(double[,] q)
    {
        int rows = q.GetLength(0), k = q.GetLength(1);
        for (int j = 0; j < k; j++)
        {
            for (int p = 0; p < j; p++)
            {
                double dot = 0;
                for (int r = 0; r < rows; r++) dot += q[r, j] * q[r, p];
                for (int r = 0; r < rows; r++) q[r, j] -= dot * q[r, p];
            }
            double norm = 0;
            for (int r = 0; r < rows; r++) norm += q[r, j] * q[r, j];
            norm = Math.Sqrt(norm);
            for (int r = 0; r < rows; r++) q[r, j] = norm < 1e-12 ? 0 : q[r, j] / norm;
        }
    }

    /// <summary>Eigenvalues and eigenvectors (columns) of a small symmetric matrix, cyclic Jacobi rotations.</summary>
    internal static (double[] Values, double[,] Vectors) Jacobi(double[,] input)
    {
        int n = input.GetLength(0);
        var a = (double[,])input.Clone();
        var v = new double[n, n];
        for (int i = 0; i < n; i++) v[i, i] = 1;
        for (int sweep = 0; sweep < 100; sweep++)
        {
            double off = 0;
            for (int p = 0; p < n; p++) for (int r = p + 1; r < n; r++) off += a[p, r] * a[p, r];
            if (off < 1e-22) break;
            for (int p = 0; p < n; p++)
                for (int r = p + 1; r < n; r++)
                {
                    if (Math.Abs(a[p, r]) < 1e-300) continue;
                    double theta = (a[r, r] - a[p, p]) / (2 * a[p, r]);
                    double t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                    if (theta == 0) t = 1;
                    double c = 1 / Math.Sqrt(t * t + 1), s = t * c;
                    for (int i = 0; i < n; i++)
                    {
                        double aip = a[i, p], air = a[i, r];
                        a[i, p] = c * aip - s * air;
                        a[i, r] = s * aip + c * air;
                    }
                    for (int i = 0; i < n; i++)
                    {
                        double api = a[p, i], ari = a[r, i];
                        a[p, i] = c * api - s * ari;
                        a[r, i] = s * api + c * ari;
                    }
                    for (int i = 0; i < n; i++)
                    {
                        double vip = v[i, p], vir = v[i, r];
                        v[i, p] = c * vip - s * vir;
                        v[i, r] = s * vip + c * vir;
                    }
                }
        }
        var values = new double[n];
        for (int i = 0; i < n; i++) values[i] = a[i, i];
        return (values, v);
    }

    /// <summary>"lemma TAB v1 v2 ..." with each vector scaled to integers of at most 999 in magnitude (cosines survive to ~0.002).</summary>
    public void Write(TextWriter w)
    {
        foreach (var (lemma, v) in _vectors.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            double max = v.Max(x => Math.Abs(x));
            w.Write(lemma);
            w.Write('\t');
            w.WriteLine(string.Join(" ", v.Select(x => max == 0 ? "0" : ((int)Math.Round(999 * x / max)).ToString(CultureInfo.InvariantCulture))));
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote; '#' lines are comments.</summary>
    public static TriggerVectors Read(TextReader reader)
    {
        var d = new Dictionary<string, float[]>(StringComparer.Ordinal);
        string? line;
        int n = 0, dims = -1;
        while ((line = reader.ReadLine()) is not null)
        {
            n++;
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0) throw new InvalidDataException($"trigger-vectors line {n}: expected lemma TAB numbers");
            var parts = line[(tab + 1)..].Split(' ');
            if (dims < 0) dims = parts.Length;
            if (parts.Length != dims) throw new InvalidDataException($"trigger-vectors line {n}: {parts.Length} numbers, expected {dims}");
            d[line[..tab]] = [.. parts.Select(p => (float)int.Parse(p, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture))];
        }
        return new TriggerVectors(d);
    }

    private static void Normalise(float[] v)
    {
        double norm = Math.Sqrt(v.Sum(x => (double)x * x));
        if (norm == 0) return;
        for (int i = 0; i < v.Length; i++) v[i] = (float)(v[i] / norm);
    }

    private static TriggerVectors LoadBuiltIn()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Dateline.Coreference.Data.trigger-vectors.tsv");
        if (stream is null) return Empty;
        using var reader = new StreamReader(stream);
        return Read(reader);
    }
}
