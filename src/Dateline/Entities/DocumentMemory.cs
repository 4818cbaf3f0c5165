namespace Dateline.Entities;

/// <summary>
/// What the tagger decided earlier in the same document for each capitalised word (lower-cased):
/// how often it was outside a name or inside a name of each type. Two observation features come
/// from it (Ratinov and Roth 2009, "extended prediction history"): a word the article already
/// called a person is likely a person again in a headline, at the start of a sentence or in a table.
/// </summary>
internal sealed class DocumentMemory
{
    private readonly Dictionary<string, int[]> _seen = new(StringComparer.Ordinal);

    public void Clear() => _seen.Clear();

    /// <summary>Type index (0 = outside, 1.. = tag type k+1) seen most often for this word; -1 if never seen.</summary>
    public int Majority(string lower)
    {
        if (!_seen.TryGetValue(lower, out var counts))
            return -1;
        var best = 0;
        for (var t = 1; t < counts.Length; t++)
            if (counts[t] > counts[best])
                best = t;
        return counts[best] > 0 ? best : -1;
    }

    /// <summary>
    /// Records a decoded sentence (tag layout of <see cref="NerModel"/>: 0 = O, 1+2k / 2+2k = B/I of type k).
    /// "Outside a name" counts only where the capital says something: not on a sentence's first word nor
    /// in a headline (<paramref name="mode"/> != 0), else "Alexander Lebed ... Lebed said" lets the
    /// sentence-initial misses outvote the name and the memory keeps repeating them.
    /// </summary>
    public void Remember(IReadOnlyList<string> words, string[] lower, int[] tags, int types, int mode, int delta = 1)
    {
        var initial = true;
        for (var i = 0; i < words.Count; i++)
        {
            var first = initial;
            if (words[i].Length > 0 && char.IsLetterOrDigit(words[i][0]))
                initial = false;
            if (!Eligible(words[i]) || (tags[i] == 0 && (first || mode != 0)))
                continue;
            if (!_seen.TryGetValue(lower[i], out var counts))
                _seen[lower[i]] = counts = new int[types + 1];
            counts[tags[i] == 0 ? 0 : (tags[i] + 1) / 2] += delta;
        }
    }

    /// <summary>Fills the two document slots of each word's features from the memory.</summary>
    public void Fill(IReadOnlyList<string> words, string[] lower, ulong[] keys, int mode, int[]? used = null)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var at = (i * NerFeatures.Slots) + NerFeatures.DocumentSlot;
            var majority = Eligible(words[i]) ? Majority(lower[i]) : -1;
            if (used is not null)
                used[i] = majority;
            keys[at] = majority >= 0 ? NerFeatures.Hash(80, majority) : 0;
            keys[at + 1] = majority >= 0 ? NerFeatures.Hash(81, majority, (i == 0 ? 1 : 0) + (2 * mode)) : 0;
        }
    }

    /// <summary>Whether the memory now gives any word of the sentence another majority than <paramref name="used"/>.</summary>
    public bool Differs(IReadOnlyList<string> words, string[] lower, int[] used)
    {
        for (var i = 0; i < words.Count; i++)
            if (Eligible(words[i]) && Majority(lower[i]) != used[i])
                return true;
        return false;
    }

    private static bool Eligible(string word) => word.Length > 1 && char.IsUpper(word[0]);
}
