namespace Dateline.Entities;

/// <summary>
/// Word classes learned without labels from openly licensed text, so the tagger can generalise
/// from "Pinotti" to other surnames it never saw labelled. Each frequent lower-cased word is
/// described by its left and right neighbours (among the most frequent words); spherical k-means
/// groups them at two granularities. Deterministic: centroids start at words spread evenly over
/// the frequency ranking, no random draws.
/// </summary>
public sealed class WordClusters
{
    private readonly Dictionary<string, (ushort Fine, ushort Coarse)> _classes;

    // Classes of pre-trained word vectors (GloVe, data/embeddings): a second, independent table over a far larger
    // vocabulary, so names the training and unlabelled text never hold ("panera") still fall in with their kind.
    private readonly Dictionary<string, (ushort Fine, ushort Coarse)> _vectors;

    public WordClusters(Dictionary<string, (ushort Fine, ushort Coarse)> classes, Dictionary<string, (ushort Fine, ushort Coarse)>? vectorClasses = null)
    {
        _classes = classes;
        _vectors = vectorClasses ?? [];
    }

    public static WordClusters Empty { get; } = new([]);

    public int Count => _classes.Count;

    public IEnumerable<KeyValuePair<string, (ushort Fine, ushort Coarse)>> Entries => _classes;

    /// <summary>How many words the pre-trained vectors' classes cover (0 = none: the tagger has no such features).</summary>
    public int VectorCount => _vectors.Count;

    public IEnumerable<KeyValuePair<string, (ushort Fine, ushort Coarse)>> VectorEntries => _vectors;

    /// <summary>Class ids plus one (0 = unknown word).</summary>
    public (int Fine, int Coarse) Of(string lower) =>
        _classes.TryGetValue(lower, out var c) ? (c.Fine + 1, c.Coarse + 1) : (0, 0);

    /// <summary>The pre-trained vectors' class ids plus one (0 = a word the vectors do not hold).</summary>
    public (int Fine, int Coarse) OfVector(string lower) =>
        _vectors.TryGetValue(lower, out var c) ? (c.Fine + 1, c.Coarse + 1) : (0, 0);

    /// <summary>These classes with <paramref name="vectorClasses"/> as the pre-trained vectors' classes.</summary>
    public WordClusters WithVectorClasses(Dictionary<string, (ushort Fine, ushort Coarse)> vectorClasses) => new(_classes, vectorClasses);

    /// <summary>
    /// Reads a class file of `dateline embeddings build` (gzip TSV, "#" comments, a header, then word, coarse, fine).
    /// <paramref name="granularity"/> "coarse" or "fine" uses that class at both levels (every template at one
    /// granularity); "both" keeps the two.
    /// </summary>
    public static Dictionary<string, (ushort Fine, ushort Coarse)> ReadVectorClasses(string path, string granularity = "both")
    {
        var classes = new Dictionary<string, (ushort, ushort)>(StringComparer.Ordinal);
        using var file = File.OpenRead(path);
        using var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, System.Text.Encoding.UTF8);
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            // Comments and the column names come first; after them "#" is a word like any other (GloVe holds it).
            if (header)
            {
                header = line.StartsWith('#');
                continue;
            }
            var cells = line.Split('\t');
            if (cells.Length < 3)
                throw new InvalidDataException($"{path}: not a word-class line: '{line}'");
            var coarse = ushort.Parse(cells[1], System.Globalization.CultureInfo.InvariantCulture);
            var fine = ushort.Parse(cells[2], System.Globalization.CultureInfo.InvariantCulture);
            classes[cells[0]] = granularity switch
            {
                "coarse" => (coarse, coarse),
                "fine" => (fine, fine),
                _ => (fine, coarse),
            };
        }
        return classes;
    }

    public static WordClusters Learn(IEnumerable<IReadOnlyList<string>> sentences, int minCount = 2, int contexts = 1000, int fine = 512, int coarse = 64, int iterations = 15, Action<string>? log = null)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var corpus = new List<string[]>();
        foreach (var sentence in sentences)
        {
            var lower = sentence.Select(w => w.ToLowerInvariant()).ToArray();
            corpus.Add(lower);
            foreach (var w in lower)
                counts[w] = counts.GetValueOrDefault(w) + 1;
        }
        var ranked = counts.Where(p => p.Value >= minCount).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToList();
        var vocab = ranked.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        var contextIndex = ranked.Take(contexts).Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        var dims = 2 * (contexts + 2);
        log?.Invoke($"clusters: {corpus.Sum(s => s.Length)} tokens, {vocab.Count} words, {dims} context dimensions");

        // Sparse context vectors: left neighbour in [0, contexts+2), right neighbour after that.
        var vectors = new Dictionary<int, float>[vocab.Count];
        for (var i = 0; i < vectors.Length; i++)
            vectors[i] = [];
        foreach (var s in corpus)
            for (var i = 0; i < s.Length; i++)
            {
                if (!vocab.TryGetValue(s[i], out var v))
                    continue;
                var left = i == 0 ? contexts : contextIndex.GetValueOrDefault(s[i - 1], contexts + 1);
                var right = i + 1 == s.Length ? contexts : contextIndex.GetValueOrDefault(s[i + 1], contexts + 1);
                var d = vectors[v];
                d[left] = d.GetValueOrDefault(left) + 1;
                d[contexts + 2 + right] = d.GetValueOrDefault(contexts + 2 + right) + 1;
            }
        var sparse = vectors.Select(d =>
        {
            var keys = d.Keys.Order().ToArray();
            var values = keys.Select(k => MathF.Sqrt(d[k])).ToArray();
            var norm = MathF.Sqrt(values.Sum(x => x * x));
            for (var j = 0; j < values.Length; j++)
                values[j] /= norm;
            return (keys, values);
        }).ToArray();

        var fineOf = KMeans(sparse, dims, Math.Min(fine, sparse.Length), iterations);
        var coarseOf = KMeans(sparse, dims, Math.Min(coarse, sparse.Length), iterations);
        var classes = new Dictionary<string, (ushort, ushort)>(StringComparer.Ordinal);
        foreach (var (w, i) in vocab)
            classes[w] = ((ushort)fineOf[i], (ushort)coarseOf[i]);
        return new WordClusters(classes);
    }

    private static int[] KMeans((int[] Keys, float[] Values)[] points, int dims, int k, int iterations)
    {
        var centroids = new float[k][];
        for (var c = 0; c < k; c++)
        {
            centroids[c] = new float[dims];
            var (keys, values) = points[(int)((long)c * points.Length / k)];
            for (var j = 0; j < keys.Length; j++)
                centroids[c][keys[j]] = values[j];
        }
        var assign = new int[points.Length];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            for (var p = 0; p < points.Length; p++)
            {
                var (keys, values) = points[p];
                var best = 0;
                var bestScore = float.NegativeInfinity;
                for (var c = 0; c < k; c++)
                {
                    var centroid = centroids[c];
                    var dot = 0f;
                    for (var j = 0; j < keys.Length; j++)
                        dot += centroid[keys[j]] * values[j];
                    if (dot > bestScore)
                    {
                        bestScore = dot;
                        best = c;
                    }
                }
                assign[p] = best;
            }
            foreach (var centroid in centroids)
                Array.Clear(centroid);
            for (var p = 0; p < points.Length; p++)
            {
                var (keys, values) = points[p];
                var centroid = centroids[assign[p]];
                for (var j = 0; j < keys.Length; j++)
                    centroid[keys[j]] += values[j];
            }
            foreach (var centroid in centroids)
            {
                var norm = MathF.Sqrt(centroid.Sum(x => x * x));
                if (norm > 0)
                    for (var j = 0; j < centroid.Length; j++)
                        centroid[j] /= norm;
            }
        }
        return assign;
    }
}
