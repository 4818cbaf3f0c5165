using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Dateline.Language;

/// <summary>
/// A frozen linear model: for each feature hash, sparse (class, weight) pairs. Saved as raw arrays
/// (sorted 64-bit keys, row lengths, classes, 16-bit float weights) so that a model loads with a few
/// bulk reads. In memory the rows sit in an open-addressing table of 8-byte slots (a 32-bit
/// fingerprint of the key and where the row is). Short rows stay sparse, (class, weight) entries of
/// 4 bytes; long rows (the frequent tag features, which carry a weight for most classes and make up
/// most of the work) are laid out dense, one weight per class, and added with SIMD. Weights stay 16-bit
/// floats in memory (scoring is memory-bound: half the bytes, fewer cache misses) and are widened exactly
/// to float as they are added. Scores are float sums in the order of the features, whichever layout a row
/// has (adding the zeros of a dense row changes no sum: a score starts at +0 and is never -0), so a model
/// scores exactly the same wherever it runs. Read-only and safe to share between threads.
/// </summary>
internal sealed class PerceptronModel
{
    private const int LengthBits = 8;
    /// <summary>A row with at least this many weights is stored dense (measured on the parser: see the language README).</summary>
    internal const int DenseMinLength = 16;

    private readonly ulong[] _keys;      // sorted by key, as saved
    private readonly ushort[] _lengths;
    private readonly ushort[] _classes;
    private readonly ushort[] _weights;  // half-float bits, as saved
    private readonly Slot[] _table;      // open addressing, Fingerprint 0 = empty
    private readonly Entry[] _entries;   // (class, weight) pairs of the sparse rows, row after row
    private readonly ushort[] _dense;    // the dense rows, _stride half-float bits each (zero for absent classes and padding)
    private readonly int _stride;        // ClassCount rounded up to a multiple of 16
    private readonly int _mask;
    private readonly bool _finite;       // no infinite or NaN weight (always, in practice): the fast conversions apply

    private struct Slot
    {
        public uint Fingerprint;
        /// <summary>A sparse row: start &lt;&lt; LengthBits | length (positive); a dense row: -(index + 1).</summary>
        public int Row;
    }

    private struct Entry
    {
        public ushort Class;
        public ushort Weight; // half-float bits
    }

    /// <summary>A model from float weights, each of which must be a 16-bit float (as <see cref="AveragedPerceptron"/> rounds them).</summary>
    public PerceptronModel(int classCount, ulong[] keys, ushort[] lengths, ushort[] classes, float[] weights)
        : this(classCount, keys, lengths, classes, HalfBits(weights))
    {
    }

    private static ushort[] HalfBits(float[] weights)
    {
        var bits = new ushort[weights.Length];
        for (int e = 0; e < weights.Length; e++)
        {
            var half = (Half)weights[e];
            if ((float)half != weights[e] && !float.IsNaN(weights[e])) throw new ArgumentException($"weight {weights[e]} is not a 16-bit float (models are rounded when frozen).", nameof(weights));
            bits[e] = BitConverter.HalfToUInt16Bits(half);
        }
        return bits;
    }

    private PerceptronModel(int classCount, ulong[] keys, ushort[] lengths, ushort[] classes, ushort[] bits)
    {
        ClassCount = classCount;
        _keys = keys; _lengths = lengths; _classes = classes; _weights = bits;
        _stride = (classCount + 15) & ~15;
        _finite = true;
        foreach (var w in bits) if ((w & 0x7C00) == 0x7C00) _finite = false;
        foreach (var c in classes)
            if (c >= classCount) throw new InvalidDataException($"a weight for class {c} of a {classCount}-class model.");
        // A row goes dense when it is long, the weights are finite and no class comes twice (the trainer keeps
        // one weight per class; a row that broke the rule stays sparse, and adds both weights as before).
        var isDense = new bool[keys.Length];
        var seenInRow = new int[classCount];
        int sparseCount = 0, denseRows = 0;
        for (int r = 0, first = 0; r < keys.Length; first += lengths[r], r++)
        {
            int len = lengths[r];
            if (len >= 1 << LengthBits) throw new NotSupportedException($"a row of {len} weights: too long for the packed table.");
            bool denseRow = _finite && len >= DenseMinLength;
            for (int e = first; e < first + len && denseRow; e++)
            {
                if (seenInRow[classes[e]] == r + 1) denseRow = false;
                seenInRow[classes[e]] = r + 1;
            }
            isDense[r] = denseRow;
            if (denseRow) denseRows++;
            else sparseCount += len;
        }
        if (sparseCount >= 1 << (31 - LengthBits)) throw new NotSupportedException($"{sparseCount} sparse weights: too many for the packed table.");
        _entries = new Entry[sparseCount];
        _dense = new ushort[denseRows * _stride];
        int cap = 16;
        while (cap < keys.Length * 2) cap <<= 1;
        _mask = cap - 1;
        _table = new Slot[cap];
        int start = 0, sparse = 0, dense = 0;
        for (int r = 0; r < keys.Length; r++)
        {
            int len = lengths[r];
            int row;
            if (isDense[r])
            {
                var target = _dense.AsSpan(dense * _stride, _stride);
                for (int e = start; e < start + len; e++) target[classes[e]] = bits[e];
                row = -(dense + 1);
                dense++;
            }
            else
            {
                for (int e = start; e < start + len; e++) _entries[sparse + e - start] = new Entry { Class = classes[e], Weight = bits[e] };
                row = sparse << LengthBits | len;
                sparse += len;
            }
            start += len;
            int slot = (int)(keys[r] >> 20) & _mask;
            while (_table[slot].Fingerprint != 0) slot = (slot + 1) & _mask;
            _table[slot] = new Slot { Fingerprint = Fingerprint(keys[r]), Row = row };
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Fingerprint(ulong key) => (uint)key | 1u;

    public int ClassCount { get; }

    public int FeatureCount => _keys.Length;

    public int WeightCount => _weights.Length;

    /// <summary>How many rows are stored dense.</summary>
    internal int DenseRowCount => _dense.Length / _stride;

    /// <summary>
    /// The score of every class (<paramref name="scores"/> holds at least <see cref="ClassCount"/>): the sum of the
    /// weights of the features present, added feature by feature in the order given.
    /// </summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var table = _table;
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
            // 0 = absent (a sparse row is never empty).
            int row = slot < 0 ? 0 : s.Row;
            rows[i] = row;
            if (row > 0) Prefetch(ref _entries[row >> LengthBits]);
            else if (row < 0) PrefetchRow(ref _dense[(-row - 1) * _stride]);
        }
        int stride = _stride;
        Span<float> sums = stride <= 1024 ? stackalloc float[stride] : new float[stride];
        sums.Clear();
        ref float acc = ref MemoryMarshal.GetReference(sums);
        ref Entry entries = ref MemoryMarshal.GetArrayDataReference(_entries);
        ref ushort denseRows = ref MemoryMarshal.GetArrayDataReference(_dense);
        bool finite = _finite;
        for (int i = 0; i < n; i++)
        {
            int row = rows[i];
            if (row > 0)
            {
                int start = row >> LengthBits, end = start + (row & ((1 << LengthBits) - 1));
                if (finite)
                {
                    for (int e = start; e < end; e++)
                    {
                        ref Entry entry = ref Unsafe.Add(ref entries, e);
                        Unsafe.Add(ref acc, entry.Class) += FiniteHalfToSingle(entry.Weight); // Class < ClassCount: checked when built
                    }
                }
                else
                {
                    for (int e = start; e < end; e++)
                    {
                        ref Entry entry = ref Unsafe.Add(ref entries, e);
                        Unsafe.Add(ref acc, entry.Class) += (float)BitConverter.UInt16BitsToHalf(entry.Weight);
                    }
                }
            }
            else if (row < 0) AddDense(ref acc, ref Unsafe.Add(ref denseRows, (-row - 1) * stride), stride);
        }
        sums[..ClassCount].CopyTo(scores);
        scores[ClassCount..].Clear();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddDense(ref float acc, ref ushort row, int stride)
    {
        // stride is a multiple of 16: whole vectors, no tail. Dense rows hold finite weights only.
        ref short halves = ref Unsafe.As<ushort, short>(ref row);
        if (Vector512.IsHardwareAccelerated && Avx512F.IsSupported)
        {
            for (int j = 0; j < stride; j += 16)
            {
                var bits = Avx512F.ConvertToVector512Int32(Vector256.LoadUnsafe(ref halves, (nuint)j));
                (Vector512.LoadUnsafe(ref acc, (nuint)j) + FiniteHalfToSingle(bits)).StoreUnsafe(ref acc, (nuint)j);
            }
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            for (int j = 0; j < stride; j += 16)
            {
                var (lower, upper) = Vector256.Widen(Vector256.LoadUnsafe(ref halves, (nuint)j));
                (Vector256.LoadUnsafe(ref acc, (nuint)j) + FiniteHalfToSingle(lower)).StoreUnsafe(ref acc, (nuint)j);
                (Vector256.LoadUnsafe(ref acc, (nuint)j + 8) + FiniteHalfToSingle(upper)).StoreUnsafe(ref acc, (nuint)j + 8);
            }
        }
        else
        {
            for (int j = 0; j < stride; j++) Unsafe.Add(ref acc, j) += FiniteHalfToSingle(Unsafe.Add(ref row, j));
        }
    }

    // 2^112: moves a half's exponent bias (15) to a float's (127). The multiplication is exact, for normal and subnormal halves alike.
    private const float HalfScale = 5.192296858534828E+33f;

    // Of a sign-extended half shifted into float position: the sign bit and the 15 bits of exponent and mantissa.
    private const int HalfMask = unchecked((int)0x8FFFE000);

    /// <summary>
    /// The float value of the bits of a finite half: exactly <c>(float)BitConverter.UInt16BitsToHalf(bits)</c>
    /// in four integer and float operations (the runtime's conversion branches on subnormals and specials).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static float FiniteHalfToSingle(ushort bits) => BitConverter.Int32BitsToSingle(((short)bits << 13) & HalfMask) * HalfScale;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<float> FiniteHalfToSingle(Vector256<int> signExtended) =>
        ((signExtended << 13) & Vector256.Create(HalfMask)).AsSingle() * Vector256.Create(HalfScale);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector512<float> FiniteHalfToSingle(Vector512<int> signExtended) =>
        ((signExtended << 13) & Vector512.Create(HalfMask)).AsSingle() * Vector512.Create(HalfScale);

    private void PrefetchRow(ref ushort row)
    {
        // A row of 128 halves spans four cache lines.
        for (int j = 0; j < _stride; j += 32) Prefetch(ref Unsafe.Add(ref row, j));
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
        w.Write(MemoryMarshal.AsBytes(_weights.AsSpan()));
    }

    public static PerceptronModel Read(BinaryReader r)
    {
        int classCount = r.ReadInt32();
        int rows = r.ReadInt32();
        int entries = r.ReadInt32();
        var keys = new ulong[rows];
        var lengths = new ushort[rows];
        var classes = new ushort[entries];
        var weights = new ushort[entries]; // half-float bits
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(lengths.AsSpan()));
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(classes.AsSpan()));
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(weights.AsSpan()));
        return new PerceptronModel(classCount, keys, lengths, classes, weights);
    }
}
