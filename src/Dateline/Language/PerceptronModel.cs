using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Dateline.Language;

/// <summary>
/// A frozen linear model: for each feature hash, sparse (class, weight) pairs. Looked up through an
/// open-addressing table of 64-bit keys; stored as raw arrays (weights as 16-bit floats) so that a
/// model loads with a few bulk reads. Read-only and safe to share between threads.
/// </summary>
internal sealed class PerceptronModel
{
    private readonly ulong[] _keys;      // sorted by key, as saved
    private readonly ushort[] _lengths;
    private readonly ushort[] _classes;
    private readonly float[] _weights;
    private readonly Slot[] _table;      // open addressing, Key 0 = empty: one cache line per probe
    private readonly Entry[] _entries;   // (class, weight) pairs of every row, row after row
    private readonly int _mask;

    private struct Slot
    {
        public ulong Key;
        public int Start;
        public int Length;
    }

    private struct Entry
    {
        public float Weight;
        public int Class;
    }

    public PerceptronModel(int classCount, ulong[] keys, ushort[] lengths, ushort[] classes, float[] weights)
    {
        ClassCount = classCount;
        _keys = keys; _lengths = lengths; _classes = classes; _weights = weights;
        _entries = new Entry[weights.Length];
        for (int e = 0; e < weights.Length; e++) _entries[e] = new Entry { Weight = weights[e], Class = classes[e] };
        int cap = 16;
        while (cap < keys.Length * 2) cap <<= 1;
        _mask = cap - 1;
        _table = new Slot[cap];
        int start = 0;
        for (int r = 0; r < keys.Length; r++)
        {
            int slot = (int)(keys[r] >> 20) & _mask;
            while (_table[slot].Key != 0) slot = (slot + 1) & _mask;
            _table[slot] = new Slot { Key = keys[r], Start = start, Length = lengths[r] };
            start += lengths[r];
        }
    }

    public int ClassCount { get; }

    public int FeatureCount => _keys.Length;

    public int WeightCount => _weights.Length;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        var table = _table;
        var entries = _entries;
        int n = features.Length;
        // The table is far larger than the cache: first ask for every feature's slot, then for every
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
            ulong f = features[i];
            int slot = rows[i];
            ref Slot s = ref table[slot];
            while (s.Key != f)
            {
                if (s.Key == 0) { slot = -1; break; }
                slot = (slot + 1) & _mask;
                s = ref table[slot];
            }
            rows[i] = slot;
            if (slot >= 0 && s.Length > 0) Prefetch(ref entries[s.Start]);
        }
        for (int i = 0; i < n; i++)
        {
            if (rows[i] < 0) continue;
            ref Slot s = ref table[rows[i]];
            for (int e = s.Start, end = s.Start + s.Length; e < end; e++)
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
