using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Dateline.Language;

/// <summary>
/// A frozen linear model: for each feature hash, sparse (class, weight) pairs. Saved as raw arrays
/// (sorted 64-bit keys, row lengths, classes, 16-bit float weights) so that a model loads with a few
/// bulk reads. In memory the rows sit in an open-addressing table of 8-byte slots (a 32-bit
/// fingerprint of the key, the row's start and length) and the (class, weight) entries are packed in
/// 6 bytes: the model is about half the size of a naive layout, which is what makes lookups fast
/// (they are memory-bound). Scores are float sums in a fixed order, so a model scores exactly the same
/// wherever it runs. Read-only and safe to share between threads.
/// </summary>
internal sealed class PerceptronModel
{
    private const int LengthBits = 8;

    private readonly ulong[] _keys;      // sorted by key, as saved
    private readonly ushort[] _lengths;
    private readonly ushort[] _classes;
    private readonly float[] _weights;
    private readonly Slot[] _table;      // open addressing, Fingerprint 0 = empty
    private readonly Entry[] _entries;   // (class, weight) pairs of every row, row after row
    private readonly int _mask;

    private struct Slot
    {
        public uint Fingerprint;
        public int StartAndLength;
    }

    [StructLayout(LayoutKind.Sequential, Pack = 2)]
    private struct Entry
    {
        public float Weight;
        public ushort Class;
    }

    public PerceptronModel(int classCount, ulong[] keys, ushort[] lengths, ushort[] classes, float[] weights)
    {
        ClassCount = classCount;
        _keys = keys; _lengths = lengths; _classes = classes; _weights = weights;
        if (weights.Length >= 1 << (31 - LengthBits)) throw new NotSupportedException($"{weights.Length} weights: too many for the packed table.");
        _entries = new Entry[weights.Length];
        for (int e = 0; e < weights.Length; e++) _entries[e] = new Entry { Weight = weights[e], Class = classes[e] };
        int cap = 16;
        while (cap < keys.Length * 2) cap <<= 1;
        _mask = cap - 1;
        _table = new Slot[cap];
        int start = 0;
        for (int r = 0; r < keys.Length; r++)
        {
            if (lengths[r] >= 1 << LengthBits) throw new NotSupportedException($"a row of {lengths[r]} weights: too long for the packed table.");
            int slot = (int)(keys[r] >> 20) & _mask;
            while (_table[slot].Fingerprint != 0) slot = (slot + 1) & _mask;
            _table[slot] = new Slot { Fingerprint = Fingerprint(keys[r]), StartAndLength = start << LengthBits | lengths[r] };
            start += lengths[r];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Fingerprint(ulong key) => (uint)key | 1u;

    public int ClassCount { get; }

    public int FeatureCount => _keys.Length;

    public int WeightCount => _weights.Length;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var table = _table;
        var entries = _entries;
        int n = features.Length;
        // The table is larger than the cache: first ask for every feature's slot, then for every
        // row's weights, so the memory fetches overlap instead of queueing one behind another.
        Span<int> rows = n <= 256 ? stackalloc int[n] : new int[n];
        for (int i = 0; i < n; i++)
        {
            int slot = (int)(features[i] >> 20) & _mask;
            rows[i] = slot;
            Prefetch(ref table[slot]);
        }
        for (int i = 0; i < n; i++)
        {
            uint fp = Fingerprint(features[i]);
            int slot = rows[i];
            ref Slot s = ref table[slot];
            while (s.Fingerprint != fp)
            {
                if (s.Fingerprint == 0) { slot = -1; break; }
                slot = (slot + 1) & _mask;
                s = ref table[slot];
            }
            rows[i] = slot < 0 ? -1 : s.StartAndLength;
            if (slot >= 0) Prefetch(ref entries[s.StartAndLength >> LengthBits]);
        }
        scores.Clear();
        for (int i = 0; i < n; i++)
        {
            int packed = rows[i];
            if (packed < 0) continue;
            int start = packed >> LengthBits, end = start + (packed & ((1 << LengthBits) - 1));
            for (int e = start; e < end; e++)
            {
                ref Entry entry = ref entries[e];
                scores[entry.Class] += entry.Weight;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch<T>(ref T location)
    {
        if (Sse.IsSupported) Sse.Prefetch0(Unsafe.AsPointer(ref location));
    }

    public void Write(BinaryWriter w)
    {
        w.Write(ClassCount);
        w.Write(_keys.Length);
        w.Write(_weights.Length);
        w.Write(MemoryMarshal.AsBytes(_keys.AsSpan()));
        w.Write(MemoryMarshal.AsBytes(_lengths.AsSpan()));
        w.Write(MemoryMarshal.AsBytes(_classes.AsSpan()));
        var half = new Half[_weights.Length];
        for (int i = 0; i < half.Length; i++) half[i] = (Half)_weights[i];
        w.Write(MemoryMarshal.AsBytes(half.AsSpan()));
    }

    public static PerceptronModel Read(BinaryReader r)
    {
        int classCount = r.ReadInt32();
        int rows = r.ReadInt32();
        int entries = r.ReadInt32();
        var keys = new ulong[rows];
        var lengths = new ushort[rows];
        var classes = new ushort[entries];
        var half = new Half[entries];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(lengths.AsSpan()));
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(classes.AsSpan()));
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(half.AsSpan()));
        var weights = new float[entries];
        for (int i = 0; i < entries; i++) weights[i] = (float)half[i];
        return new PerceptronModel(classCount, keys, lengths, classes, weights);
    }
}
