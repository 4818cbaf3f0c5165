using System.Runtime.InteropServices;

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
    private readonly ulong[] _table;     // open addressing: key per slot, 0 = empty
    private readonly int[] _rowOf;       // slot -> row index
    private readonly int[] _starts;      // row -> first entry
    private readonly int _mask;

    public PerceptronModel(int classCount, ulong[] keys, ushort[] lengths, ushort[] classes, float[] weights)
    {
        ClassCount = classCount;
        _keys = keys; _lengths = lengths; _classes = classes; _weights = weights;
        _starts = new int[keys.Length];
        int s = 0;
        for (int r = 0; r < keys.Length; r++) { _starts[r] = s; s += lengths[r]; }
        int cap = 16;
        while (cap < keys.Length * 2) cap <<= 1;
        _mask = cap - 1;
        _table = new ulong[cap];
        _rowOf = new int[cap];
        for (int r = 0; r < keys.Length; r++)
        {
            int slot = (int)(keys[r] >> 20) & _mask;
            while (_table[slot] != 0) slot = (slot + 1) & _mask;
            _table[slot] = keys[r];
            _rowOf[slot] = r;
        }
    }

    public int ClassCount { get; }

    public int FeatureCount => _keys.Length;

    public int WeightCount => _weights.Length;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        var table = _table;
        foreach (var f in features)
        {
            int slot = (int)(f >> 20) & _mask;
            ulong k;
            while ((k = table[slot]) != 0 && k != f) slot = (slot + 1) & _mask;
            if (k == 0) continue;
            int row = _rowOf[slot];
            int start = _starts[row], end = start + _lengths[row];
            for (int e = start; e < end; e++) scores[_classes[e]] += _weights[e];
        }
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
