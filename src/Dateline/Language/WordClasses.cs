using Dateline.Entities;

namespace Dateline.Language;

/// <summary>
/// Word classes learned without labels (Koo et al. 2008 used Brown clusters the same way): each
/// frequent lower-cased word's fine and coarse class, from the spherical k-means of
/// <see cref="WordClusters"/> over the words' left and right neighbours in unlabelled text. Keyed by
/// the lower-case form hash of <see cref="WordInfo.Lower"/>, saved inside the model that uses it so
/// that a model never meets classes it was not trained with. Read-only after construction.
/// </summary>
public sealed class WordClasses
{
    /// <summary>Coarse id + 1 in the low 16 bits, fine id + 1 in the high 16 bits; absent = unknown word (0, 0).</summary>
    private readonly Dictionary<ulong, uint> _classes;

    private WordClasses(Dictionary<ulong, uint> classes) => _classes = classes;

    public static WordClasses Empty { get; } = new([]);

    public int Count => _classes.Count;

    /// <summary>Classes of the words of <paramref name="clusters"/> (lower-case forms).</summary>
    public static WordClasses From(WordClusters clusters)
    {
        var classes = new Dictionary<ulong, uint>(clusters.Count);
        foreach (var (word, (fine, coarse)) in clusters.Entries)
            classes[FeatureHash.Chars(word, true)] = (uint)(fine + 1) << 16 | (uint)(coarse + 1);
        return new WordClasses(classes);
    }

    /// <summary>Learns classes from unlabelled sentences (deterministic: the same text gives the same classes).</summary>
    public static WordClasses Learn(IEnumerable<IReadOnlyList<string>> sentences, int fine = 512, int coarse = 64, Action<string>? log = null) =>
        From(WordClusters.Learn(sentences, fine: fine, coarse: coarse, log: log));

    /// <summary>The packed (fine, coarse) class of each word; 0 for words without a class.</summary>
    internal void Lookup(ReadOnlySpan<WordInfo> words, Span<uint> output)
    {
        if (_classes.Count == 0) { output[..words.Length].Clear(); return; }
        for (int i = 0; i < words.Length; i++) output[i] = _classes.TryGetValue(words[i].Lower, out var c) ? c : 0;
    }

    internal static ulong Fine(uint packed) => (packed >> 16) | 0xF1000;

    internal static ulong Coarse(uint packed) => (packed & 0xFFFF) | 0xC0000;

    internal void Write(BinaryWriter w)
    {
        w.Write(_classes.Count);
        foreach (var (k, v) in _classes.OrderBy(p => p.Key)) { w.Write(k); w.Write(v); }
    }

    internal static WordClasses Read(BinaryReader r)
    {
        int n = r.ReadInt32();
        var classes = new Dictionary<ulong, uint>(n);
        for (int i = 0; i < n; i++) classes[r.ReadUInt64()] = r.ReadUInt32();
        return new WordClasses(classes);
    }
}
