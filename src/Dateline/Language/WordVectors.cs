using System.IO.Compression;
using System.Numerics.Tensors;
using System.Text;

namespace Dateline.Language;

/// <summary>
/// Pre-trained word vectors (GloVe 6B, 100 dimensions, lower case; data/embeddings/README.md), each kept at unit
/// length so that a dot product is a cosine. The shipped table holds the most frequent words; <see cref="BuiltIn"/>
/// loads it once from the assembly. Read-only after construction, safe to share between threads.
/// </summary>
public sealed class WordVectors
{
    private const string Magic = "DLWV1";
    private const string ResourceName = "Dateline.Language.Data.glove-100d.bin.gz";

    private static readonly Lazy<WordVectors> Shipped = new(LoadBuiltIn);

    private readonly Dictionary<string, int> _index;
    private readonly float[] _values;

    public WordVectors(IReadOnlyList<string> words, float[] values, int dimensions)
    {
        if (dimensions <= 0) throw new ArgumentOutOfRangeException(nameof(dimensions));
        if (values.Length != words.Count * dimensions)
            throw new ArgumentException($"expected {words.Count} x {dimensions} values, got {values.Length}", nameof(values));
        Dimensions = dimensions;
        Words = [.. words];
        _values = values;
        _index = new Dictionary<string, int>(words.Count, StringComparer.Ordinal);
        for (int i = 0; i < words.Count; i++) _index.TryAdd(words[i], i);
        for (int i = 0; i < words.Count; i++) Normalise(_values.AsSpan(i * dimensions, dimensions));
    }

    /// <summary>The table shipped in the assembly (empty when the build left it out).</summary>
    public static WordVectors BuiltIn => Shipped.Value;

    public static WordVectors Empty { get; } = new([], [], 1);

    public int Dimensions { get; }

    public int Count => Words.Length;

    /// <summary>The words, most frequent first (GloVe's order).</summary>
    public string[] Words { get; }

    /// <summary>The unit vector of a word (lower-cased here), or an empty span when the table does not hold it.</summary>
    public ReadOnlySpan<float> Of(string word)
    {
        if (!_index.TryGetValue(word, out int i) && !_index.TryGetValue(word.ToLowerInvariant(), out i)) return [];
        return _values.AsSpan(i * Dimensions, Dimensions);
    }

    public bool Contains(string word) => !Of(word).IsEmpty;

    /// <summary>The word's place in the frequency order (0 = most frequent; lower-cased here), or -1 when the table does not hold it.</summary>
    public int Rank(string word) =>
        _index.TryGetValue(word, out int i) || _index.TryGetValue(word.ToLowerInvariant(), out i) ? i : -1;

    /// <summary>Cosine of two words; null when either is unknown.</summary>
    public double? Cosine(string a, string b)
    {
        var x = Of(a);
        var y = Of(b);
        if (x.IsEmpty || y.IsEmpty) return null;
        return TensorPrimitives.Dot(x, y);
    }

    /// <summary>The sum of the known words' vectors, scaled to unit length (all zeros when none is known).</summary>
    public float[] Mean(IEnumerable<string> words)
    {
        var sum = new float[Dimensions];
        foreach (var w in words)
        {
            var v = Of(w);
            if (!v.IsEmpty) TensorPrimitives.Add(sum, v, sum);
        }
        Normalise(sum);
        return sum;
    }

    /// <summary>The <paramref name="count"/> nearest words by cosine (the word itself left out).</summary>
    public IReadOnlyList<(string Word, double Cosine)> Nearest(string word, int count)
    {
        var x = Of(word);
        if (x.IsEmpty) return [];
        var scores = new float[Count];
        for (int i = 0; i < Count; i++) scores[i] = TensorPrimitives.Dot(x, _values.AsSpan(i * Dimensions, Dimensions));
        return Enumerable.Range(0, Count)
            .Where(i => !string.Equals(Words[i], word, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(i => scores[i]).ThenBy(i => i)
            .Take(count).Select(i => (Words[i], (double)scores[i])).ToList();
    }

    /// <summary>All unit vectors, row after row in <see cref="Words"/> order (for clustering).</summary>
    internal ReadOnlySpan<float> Rows => _values;

    /// <summary>Writes the table gzip-compressed: each vector as 8-bit steps of its own largest component.</summary>
    public void Write(Stream output)
    {
        using var gz = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gz, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(Count);
        w.Write(Dimensions);
        var bytes = new sbyte[Dimensions];
        for (int i = 0; i < Count; i++)
        {
            var v = _values.AsSpan(i * Dimensions, Dimensions);
            float max = TensorPrimitives.MaxMagnitude(v);
            float scale = max == 0 ? 1 : max / 127f;
            for (int d = 0; d < Dimensions; d++) bytes[d] = (sbyte)Math.Round(v[d] / scale);
            w.Write(Words[i]);
            w.Write(scale);
            foreach (var b in bytes) w.Write(b);
        }
    }

    /// <summary>Reads a table written by <see cref="Write"/>; names the stream's problem when it is not one.</summary>
    public static WordVectors Read(Stream input, string name)
    {
        using var gz = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(gz, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (r.ReadString() != Magic) throw new InvalidDataException($"{name}: not a Dateline word-vector table (no '{Magic}' header)");
            int count = r.ReadInt32(), dims = r.ReadInt32();
            if (count < 0 || dims <= 0 || dims > 4096) throw new InvalidDataException($"{name}: bad table size {count} x {dims}");
            var words = new string[count];
            var values = new float[(long)count * dims];
            for (int i = 0; i < count; i++)
            {
                words[i] = r.ReadString();
                float scale = r.ReadSingle();
                var raw = r.ReadBytes(dims);
                if (raw.Length != dims) throw new EndOfStreamException();
                for (int d = 0; d < dims; d++) values[i * dims + d] = (sbyte)raw[d] * scale;
            }
            return new WordVectors(words, values, dims);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"{name}: the word-vector table ends early (truncated file)");
        }
    }

    private static WordVectors LoadBuiltIn()
    {
        using var stream = typeof(WordVectors).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? Empty : Read(stream, ResourceName);
    }

    private static void Normalise(Span<float> v)
    {
        float norm = TensorPrimitives.Norm(v);
        if (norm > 0) TensorPrimitives.Divide(v, norm, v);
    }
}
