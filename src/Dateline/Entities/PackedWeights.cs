using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Dateline.Entities;

/// <summary>
/// The inference weight table: open addressing with the key and its row of weights side by side in
/// one array, so a lookup touches one cache line instead of three (Dictionary buckets, entries,
/// weights). Scoring is memory-bound: this is what keeps the tagger above 200,000 tokens/s.
/// </summary>
internal sealed class PackedWeights : IWeights
{
    private readonly ulong[] _table;

    // A 512 KB bit filter that fits in cache: most features of a sentence (unseen bigrams, rare
    // affixes) are absent from the table, and the filter turns those into a cache hit, not a miss.
    private readonly ulong[] _filter = new ulong[1 << 16];
    private readonly int _stride;
    private readonly int _mask;
    private readonly int _tags;

    /// <summary>An empty table sized for <paramref name="rows"/> rows; fill with <see cref="Set"/>.</summary>
    public PackedWeights(int tags, int rows)
    {
        _tags = tags;
        _stride = 1 + (_tags + 1) / 2;
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, rows * 2));
        _mask = capacity - 1;
        _table = new ulong[capacity * _stride];
    }

    public int TagCount => _tags;

    public int RowCount { get; private set; }

    /// <summary>Rows as (key, weights), for saving.</summary>
    public IEnumerable<(ulong Key, float[] Weights)> Rows()
    {
        for (var slot = 0; slot <= _mask; slot++)
        {
            var at = slot * _stride;
            if (_table[at] != 0)
                yield return (_table[at], MemoryMarshal.Cast<ulong, float>(_table.AsSpan(at + 1, _stride - 1))[.._tags].ToArray());
        }
    }

    /// <summary>The row to fill for a new key.</summary>
    public Span<float> Set(ulong key)
    {
        var slot = (int)(key & (ulong)_mask);
        while (_table[slot * _stride] != 0 && _table[slot * _stride] != key)
            slot = (slot + 1) & _mask;
        if (_table[slot * _stride] == 0)
            RowCount++;
        _table[slot * _stride] = key;
        Mark(key);
        return MemoryMarshal.Cast<ulong, float>(_table.AsSpan(slot * _stride + 1, _stride - 1))[.._tags];
    }

    public PackedWeights(WeightTable source)
    {
        _tags = source.TagCount;
        _stride = 1 + (_tags + 1) / 2;
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, source.RowCount * 4 / 3));
        _mask = capacity - 1;
        _table = new ulong[capacity * _stride];
        foreach (var (key, offset) in source.Rows)
        {
            var slot = (int)(key & (ulong)_mask);
            while (_table[slot * _stride] != 0)
                slot = (slot + 1) & _mask;
            _table[slot * _stride] = key;
            var row = MemoryMarshal.Cast<ulong, float>(_table.AsSpan(slot * _stride + 1, _stride - 1));
            source.Data.AsSpan(offset, _tags).CopyTo(row);
            Mark(key);
            RowCount++;
        }
    }

    private void Mark(ulong key)
    {
        var bit = (int)(key >> 42);
        _filter[bit >> 6] |= 1UL << (bit & 63);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(ulong key, Span<float> scores)
    {
        if (key == 0)
            return;
        var bit = (int)(key >> 42);
        if ((_filter[bit >> 6] & (1UL << (bit & 63))) == 0)
            return;
        var slot = (int)(key & (ulong)_mask);
        while (true)
        {
            var at = slot * _stride;
            var k = _table[at];
            if (k == key)
            {
                var row = MemoryMarshal.Cast<ulong, float>(_table.AsSpan(at + 1, _stride - 1));
                for (var t = 0; t < scores.Length; t++)
                    scores[t] += row[t];
                return;
            }
            if (k == 0)
                return;
            slot = (slot + 1) & _mask;
        }
    }
}
