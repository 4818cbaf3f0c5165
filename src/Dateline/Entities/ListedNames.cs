using Dateline.Knowledge;
using Dateline.Text;

namespace Dateline.Entities;

/// <summary>
/// Names the built-in knowledge lists (companies and outlets, regions), found word by word in a tagged sentence, and the
/// readings the decoding stages over them share (<see cref="OrganisationNames"/>, <see cref="RegionNames"/>). A trie over each
/// name's words: as the tokeniser splits them, as CoNLL-style files do ("Coca - Cola", "McDonald 's"), and at spaces only
/// ("Itar-Tass" as one word of a file already tokenised).
/// </summary>
internal sealed class ListedNames
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public bool Ends;
    }

    private readonly Node _root = new();

    /// <param name="lower">Lower-case every word, for text that drops its capitals ("living in kerala").</param>
    public ListedNames(IEnumerable<string> forms, bool lower = false)
    {
        foreach (var form in forms)
        {
            if (form.Length == 0)
                continue;
            var (tokens, _) = SentenceSplitter.Run(form);
            var words = tokens.Select(t => lower ? form[t.Start..t.End].ToLowerInvariant() : form[t.Start..t.End]).ToList();
            Add(words);
            Add([.. words.SelectMany(SplitJoined)]);
            Add((lower ? form.ToLowerInvariant() : form).Split(' '));
        }
    }

    private static IEnumerable<string> SplitJoined(string word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal) && word.Length > 2)
            return [word[..^2], "'s"];
        if (word.Length > 2 && word.IndexOfAny(['-', '&']) is var at && at > 0 && at < word.Length - 1)
            return [word[..at], word[at].ToString(), .. SplitJoined(word[(at + 1)..])];
        return [word];
    }

    private void Add(IReadOnlyList<string> words)
    {
        var node = _root;
        foreach (var w in words)
        {
            node.Next ??= new(StringComparer.Ordinal);
            if (!node.Next.TryGetValue(w, out var next))
                node.Next[w] = next = new Node();
            node = next;
        }
        node.Ends = true;
    }

    /// <summary>The end of the longest listed name starting at word <paramref name="start"/>, or -1.</summary>
    public int LongestAt(IReadOnlyList<string> words, int start)
    {
        var node = _root;
        var end = -1;
        for (var i = start; i < words.Count && node.Next is not null && node.Next.TryGetValue(words[i], out var next); i++)
        {
            node = next;
            if (node.Ends)
                end = i + 1;
        }
        return end;
    }

    /// <summary>
    /// Each sentence's spans after reading, left to right, the longest listed name at each word with <paramref name="read"/>
    /// (the sentence's new spans, or null to leave them; a name read is stepped over), then the whole sentence with
    /// <paramref name="after"/> when given. Sentences nothing changed keep their lists.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<BioSpan>> ReadAll(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<BioSpan>> found,
        Func<IReadOnlyList<string>, IReadOnlyList<BioSpan>, int, int, List<BioSpan>?> read,
        Func<IReadOnlyList<string>, IReadOnlyList<BioSpan>, List<BioSpan>?>? after = null)
    {
        IReadOnlyList<BioSpan>[]? result = null;
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            List<BioSpan>? spans = null;
            for (var i = 0; i < words.Count; i++)
            {
                var end = LongestAt(words, i);
                if (end >= 0 && read(words, spans ?? found[s], i, end) is { } changed)
                {
                    spans = changed;
                    i = end - 1;
                }
            }
            if (after?.Invoke(words, spans ?? found[s]) is { } more)
                spans = more;
            if (spans is not null)
            {
                result ??= [.. found];
                result[s] = spans;
            }
        }
        return result ?? found;
    }

    /// <summary>The spans touching [start, end), or null when one crosses an edge or holds the name in a longer one.</summary>
    public static List<BioSpan>? SpansWithin(IReadOnlyList<BioSpan> spans, int start, int end)
    {
        var touching = spans.Where(p => p.Start < end && p.End > start).ToList();
        return touching.Any(p => p.Start < start || p.End > end) ? null : touching;
    }

    /// <summary>A capitalised word or a number.</summary>
    public static bool IsNameLike(string word) => word.Length > 0 && (char.IsUpper(word[0]) || char.IsDigit(word[0]));

    /// <summary>No capitalised word or number right before (the sentence's first word aside) or right after [start, end):
    /// else the words are part of a longer name ("BBC Radio", "Punjab National Bank").</summary>
    public static bool StandsAlone(IReadOnlyList<string> words, int start, int end) =>
        !(start > 1 && IsNameLike(words[start - 1])) && !(end < words.Count && IsNameLike(words[end]));

    /// <summary>
    /// A listed name that is also a person's in this article: a title right before ("Mr Roche", "Gov. Kent"), or a person
    /// named with more words beginning or ending in these ("Gerald Ford", "Virginia Woolf"), unless that person's words
    /// are a listed name themselves ("Azad Kashmir" the tagger called a person says nothing of "Kashmir").
    /// </summary>
    public bool NamedAsPerson(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<BioSpan>> found,
        IReadOnlyList<string> words, int start, int end, KnowledgeBase knowledge)
    {
        if (start > 0 && knowledge.FindTitle(words[start - 1]) is not null)
            return true;
        var length = end - start;
        for (var s = 0; s < sentences.Count; s++)
            foreach (var p in found[s])
                if (p.Type == "PER" && p.End - p.Start > length && LongestAt(sentences[s], p.Start) != p.End
                    && (Enumerable.Range(0, length).All(k => sentences[s][p.End - length + k] == words[start + k])
                        || Enumerable.Range(0, length).All(k => sentences[s][p.Start + k] == words[start + k])))
                    return true;
        return false;
    }

    /// <summary>The spans without <paramref name="remove"/>, with <paramref name="add"/>, in order.</summary>
    public static List<BioSpan> Replace(IReadOnlyList<BioSpan> spans, IReadOnlyCollection<BioSpan> remove, BioSpan add)
    {
        var result = spans.Where(p => !remove.Contains(p)).ToList();
        result.Add(add);
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }
}
