using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Dateline.Dedup;

/// <summary>
/// MinHash over word 5-shingles of the clean body: the share of equal slots between two signatures
/// estimates the Jaccard similarity of their shingle sets. Syndicated copies of one wire story score
/// 0.8-1.0; different articles about the same meeting score near 0.
/// </summary>
public sealed class MinHashSignature
{
    public const int Size = 128;
    public const int ShingleWords = 5;

    /// <summary>Locality-sensitive hashing: 32 bands of 4 slots. Pairs above ~0.5 similarity share a band.</summary>
    public const int Bands = 32;
    public const int RowsPerBand = Size / Bands;

    /// <summary>Fewer shingles than this and the text is too short to call a copy by shingles.</summary>
    public const int MinShingles = 8;

    private MinHashSignature(uint[] slots) => Slots = slots;

    public uint[] Slots { get; }

    public static MinHashSignature? Compute(string text)
    {
        var words = Words(text);
        if (words.Count < ShingleWords + MinShingles - 1) return null;
        var slots = new uint[Size];
        Array.Fill(slots, uint.MaxValue);
        Span<byte> buffer = stackalloc byte[8 * ShingleWords];
        for (int i = 0; i + ShingleWords <= words.Count; i++)
        {
            for (int k = 0; k < ShingleWords; k++)
                BitConverter.TryWriteBytes(buffer.Slice(8 * k, 8), words[i + k]);
            ulong h = XxHash64.HashToUInt64(buffer);
            uint h1 = (uint)h, h2 = (uint)(h >> 32) | 1;
            // Double hashing gives Size cheap independent-enough hash functions.
            for (int s = 0; s < Size; s++)
            {
                uint v = h1 + (uint)s * h2;
                v ^= v >> 15; v *= 0x2C1B3C6D; v ^= v >> 12;
                if (v < slots[s]) slots[s] = v;
            }
        }
        return new MinHashSignature(slots);
    }

    public double Similarity(MinHashSignature other)
    {
        int same = 0;
        for (int i = 0; i < Size; i++)
            if (Slots[i] == other.Slots[i]) same++;
        return same / (double)Size;
    }

    /// <summary>One key per band: articles that share any band key are candidate copies.</summary>
    public long[] BandKeys()
    {
        var keys = new long[Bands];
        var bytes = MemoryMarshal.AsBytes(Slots.AsSpan());
        Span<byte> withBand = stackalloc byte[4 * RowsPerBand + 1];
        for (int b = 0; b < Bands; b++)
        {
            bytes.Slice(4 * RowsPerBand * b, 4 * RowsPerBand).CopyTo(withBand);
            withBand[^1] = (byte)b;
            keys[b] = (long)XxHash64.HashToUInt64(withBand);
        }
        return keys;
    }

    public byte[] ToBytes() => MemoryMarshal.AsBytes(Slots.AsSpan()).ToArray();

    public static MinHashSignature FromBytes(byte[] bytes) => new(MemoryMarshal.Cast<byte, uint>(bytes).ToArray());

    /// <summary>Lower-cased letter/digit words, each hashed once.</summary>
    private static List<ulong> Words(string text)
    {
        var words = new List<ulong>(text.Length / 6);
        Span<char> buf = stackalloc char[64];
        int len = 0;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (len < buf.Length) buf[len++] = char.ToLowerInvariant(c);
            }
            else if (len > 0)
            {
                words.Add(XxHash64.HashToUInt64(MemoryMarshal.AsBytes(buf[..len])));
                len = 0;
            }
        }
        if (len > 0) words.Add(XxHash64.HashToUInt64(MemoryMarshal.AsBytes(buf[..len])));
        return words;
    }
}
