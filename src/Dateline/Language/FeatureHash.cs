using System.Runtime.CompilerServices;

namespace Dateline.Language;

/// <summary>
/// 64-bit hashes for perceptron features: a template number mixed with one to four values (word
/// hashes, tag ids, distances). Stable across runs and platforms (no string.GetHashCode), never 0.
/// </summary>
internal static class FeatureHash
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30; x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27; x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong F(int template, ulong a) => Mix(((ulong)template * 0x9E3779B97F4A7C15UL) ^ a) | 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong F(int template, ulong a, ulong b) => Mix(Mix(((ulong)template * 0x9E3779B97F4A7C15UL) ^ a) + b) | 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong F(int template, ulong a, ulong b, ulong c) => Mix(Mix(Mix(((ulong)template * 0x9E3779B97F4A7C15UL) ^ a) + b) + c) | 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong F(int template, ulong a, ulong b, ulong c, ulong d) => Mix(Mix(Mix(Mix(((ulong)template * 0x9E3779B97F4A7C15UL) ^ a) + b) + c) + d) | 1;

    /// <summary>FNV-1a over the characters, optionally lower-cased (ASCII fast path).</summary>
    public static ulong Chars(ReadOnlySpan<char> s, bool lower)
    {
        ulong h = 0xCBF29CE484222325UL;
        foreach (char ch in s)
        {
            char c = lower ? Lower(ch) : ch;
            h = (h ^ c) * 0x100000001B3UL;
        }
        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Lower(char c) => c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c + 32) : c) : char.ToLowerInvariant(c);

    /// <summary>A stable hash of a string (tag names), for features that must not depend on class ids.</summary>
    public static ulong Of(string s) => Chars(s, false);
}
