using System.Runtime.CompilerServices;

namespace Dateline.Entities;

/// <summary>
/// The tagger's observation features, hashed to 64-bit keys without building strings: template
/// number and the characters it looks at. Each word gets <see cref="Slots"/> keys (0 = absent), so
/// training caches them in one flat array and decoding adds only the four tag-history features.
/// </summary>
internal static class NerFeatures
{
    public const int Slots = 50;

    /// <summary>The first of the two slots <see cref="DocumentMemory"/> fills (0 when the word has no history).</summary>
    public const int DocumentSlot = 48;
    private const ulong Offset = 0xcbf29ce484222325UL;
    private const ulong Prime = 0x100000001b3UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Start(int template) => (Offset ^ ((ulong)template * 0x9E3779B97F4A7C15UL)) * Prime;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Add(ulong h, ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            h = (h ^ c) * Prime;
        return (h ^ 0x1F) * Prime;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Add(ulong h, int value) => (h ^ (uint)value ^ 0xABCD0000u) * Prime;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Final(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        return h == 0 ? 1 : h;
    }

    public static ulong Hash(int template, ReadOnlySpan<char> a) => Final(Add(Start(template), a));

    public static ulong Hash(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Final(Add(Add(Start(template), a), b));

    public static ulong Hash(int template, int value) => Final(Add(Start(template), value));

    public static ulong Hash(int template, int value, ReadOnlySpan<char> a) => Final(Add(Add(Start(template), value), a));

    public static ulong Hash(int template, int a, int b) => Final(Add(Add(Start(template), a), b));

    /// <summary>Word shape: "Haftar" -> "Xxx" (runs kept to 2), collapsed "Xx"; "U.N." -> "X.X.".</summary>
    public static string Shape(string word, bool collapse)
    {
        Span<char> buffer = stackalloc char[Math.Min(word.Length, 24)];
        var len = 0;
        var run = 0;
        var last = '\0';
        foreach (var ch in word)
        {
            var k = char.IsUpper(ch) ? 'X' : char.IsLower(ch) ? 'x' : char.IsDigit(ch) ? 'd' : ch;
            if (k == last)
            {
                run++;
                if (collapse || run >= 2)
                    continue;
            }
            else
                run = 0;
            last = k;
            if (len == buffer.Length)
                break;
            buffer[len++] = k;
        }
        return new string(buffer[..len]);
    }

    public static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>Headlines and captions written in Title Case or CAPITALS: capitals mean less there.</summary>
    public static int CaseMode(IReadOnlyList<string> words)
    {
        int letters = 0, caps = 0, allCaps = 0;
        foreach (var w in words)
        {
            if (w.Length == 0 || !char.IsLetter(w[0]))
                continue;
            letters++;
            if (char.IsUpper(w[0]))
                caps++;
            if (w.Length > 1 && !w.Any(char.IsLower))
                allCaps++;
        }
        if (letters < 3)
            return 0;
        if (allCaps * 10 >= letters * 7)
            return 2;
        return caps * 10 >= letters * 7 ? 1 : 0;
    }

    /// <summary>Fills <paramref name="keys"/> (words.Count * Slots) with each word's observation features.</summary>
    public static void Extract(IReadOnlyList<string> words, NameGazetteer gazetteer, WordClusters clusters, Span<ulong> keys, string[] lower, string[] shorts, NameLexicon? lexicon = null, CaseProfile? cases = null)
    {
        lexicon ??= NameLexicon.Empty;
        cases ??= CaseProfile.Empty;
        var n = words.Count;
        keys.Clear();
        var shapes = new string[n];
        for (var i = 0; i < n; i++)
        {
            lower[i] = words[i].ToLowerInvariant();
            shapes[i] = Shape(words[i], false);
            shorts[i] = Shape(words[i], true);
        }
        Span<ushort> gaz = n <= 512 ? stackalloc ushort[n] : new ushort[n];
        Span<int> fine = n <= 512 ? stackalloc int[n] : new int[n];
        Span<int> coarse = n <= 512 ? stackalloc int[n] : new int[n];
        for (var i = 0; i < n; i++)
            (fine[i], coarse[i]) = clusters.Of(lower[i]);
        var vectors = clusters.VectorCount > 0;
        Span<int> vFine = n <= 512 ? stackalloc int[n] : new int[n];
        Span<int> vCoarse = n <= 512 ? stackalloc int[n] : new int[n];
        if (vectors)
            for (var i = 0; i < n; i++)
                (vFine[i], vCoarse[i]) = clusters.OfVector(lower[i]);
        gazetteer.Mark(words, gaz);
        Span<int> lex = n <= 512 ? stackalloc int[n] : new int[n];
        for (var i = 0; i < n; i++)
            lex[i] = lexicon.Of(words[i]);
        var mode = CaseMode(words);
        var initial = 0; // words before the first letter or digit ("\" Lebed is ...")
        while (initial < n && (words[initial].Length == 0 || !char.IsLetterOrDigit(words[initial][0])))
            initial++;

        for (var i = 0; i < n; i++)
        {
            var k = keys.Slice(i * Slots, Slots);
            var w = words[i];
            var l = lower[i].AsSpan();
            var s = 0;
            k[s++] = Hash(1, 0);
            k[s++] = Hash(2, l);
            k[s++] = Hash(3, w);
            k[s++] = Hash(4, shapes[i]);
            k[s++] = Hash(5, shorts[i]);
            for (var a = 1; a <= 4; a++)
            {
                k[s++] = l.Length > a ? Hash(5 + a, l[..a]) : 0;
                k[s++] = l.Length > a ? Hash(9 + a, l[^a..]) : 0;
            }
            var p1 = i > 0 ? lower[i - 1] : "<s>";
            var p2 = i > 1 ? lower[i - 2] : "<s>";
            var n1 = i + 1 < n ? lower[i + 1] : "</s>";
            var n2 = i + 2 < n ? lower[i + 2] : "</s>";
            k[s++] = Hash(20, p1);
            k[s++] = Hash(21, p2);
            k[s++] = Hash(22, n1);
            k[s++] = Hash(23, n2);
            k[s++] = Hash(24, i > 0 ? shorts[i - 1] : "<s>");
            k[s++] = Hash(25, i + 1 < n ? shorts[i + 1] : "</s>");
            k[s++] = Hash(26, p1, l);
            k[s++] = Hash(27, l, n1);
            k[s++] = Hash(28, i > 0 ? shorts[i - 1] : "<s>", shorts[i]);
            k[s++] = Hash(29, shorts[i], i + 1 < n ? shorts[i + 1] : "</s>");
            k[s++] = Hash(30, (i == 0 ? 1 : 0) + (mode * 2), shorts[i]);
            k[s++] = Hash(31, mode, l.Length > 2 ? l[^2..] : l);
            k[s++] = Hash(32, p1, shorts[i]);
            k[s++] = Hash(33, shorts[i], n1);
            var g = gaz[i];
            k[s++] = g != 0 ? Hash(40, g) : 0;
            k[s++] = g != 0 ? Hash(41, g, shorts[i]) : 0;
            k[s++] = i > 0 && gaz[i - 1] != 0 ? Hash(42, gaz[i - 1], shorts[i]) : 0;
            k[s++] = i + 1 < n && gaz[i + 1] != 0 ? Hash(43, gaz[i + 1], shorts[i]) : 0;
            k[s++] = Hash(44, w.Length > 12 ? 12 : w.Length, shorts[i]);
            // Word classes learned from unlabelled text (0 = word not in the table).
            k[s++] = Hash(50, fine[i]);
            k[s++] = Hash(51, coarse[i], shorts[i]);
            k[s++] = Hash(52, i > 0 ? fine[i - 1] : -1);
            k[s++] = Hash(53, i + 1 < n ? fine[i + 1] : -1);
            k[s++] = Hash(54, fine[i], i > 0 ? coarse[i - 1] : -1);
            // Name lists (persons, places, organisations) as evidence, with the neighbours' evidence.
            k[s++] = lex[i] != 0 ? Hash(70, lex[i]) : 0;
            k[s++] = lex[i] != 0 ? Hash(71, lex[i], shorts[i]) : 0;
            var lp = i > 0 ? lex[i - 1] : 0;
            var ln = i + 1 < n ? lex[i + 1] : 0;
            k[s++] = lp != 0 || lex[i] != 0 ? Hash(72, lp, lex[i]) : 0;
            k[s++] = ln != 0 || lex[i] != 0 ? Hash(73, lex[i], ln) : 0;
            // How the word is written inside running text, where its capital here is only the sentence's
            // or the headline's: "Conte said" at the start of a sentence is a name, "However" is not.
            if (cases.Count > 0 && (i == initial || mode != 0) && char.IsUpper(words[i][0]))
            {
                var profile = cases.Of(lower[i]);
                k[s++] = Hash(56, (profile * 8) + (i == initial ? 1 : 0) + (mode * 2), shorts[i]);
                k[s++] = Hash(57, profile, n1);
            }
            else
                s += 2;
            // Classes of pre-trained word vectors (GloVe), the same templates as the classes above; absent (0 keys) in a
            // model trained without them, so such a model scores as before.
            if (vectors)
            {
                k[s++] = Hash(80, vFine[i]);
                k[s++] = Hash(81, vCoarse[i], shorts[i]);
                k[s++] = Hash(82, i > 0 ? vFine[i - 1] : -1);
                k[s++] = Hash(83, i + 1 < n ? vFine[i + 1] : -1);
                k[s++] = Hash(84, vFine[i], i > 0 ? vCoarse[i - 1] : -1);
            }
            else
                s += 5;
            System.Diagnostics.Debug.Assert(s == DocumentSlot);
        }
    }

    // Tag-history templates, added during decoding because they depend on earlier decisions.
    public static ulong Prev(int prev) => Hash(60, prev);

    public static ulong Prev2(int prev2, int prev) => Hash(61, prev2, prev);

    public static ulong PrevWord(int prev, string lower) => Hash(62, prev, lower);

    public static ulong PrevShape(int prev, string shortShape) => Hash(63, prev, shortShape);
}
