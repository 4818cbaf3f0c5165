using Dateline.Knowledge;

namespace Dateline.Entities;

/// <summary>
/// Word-sequence lookup of the built-in knowledge for the tagger's gazetteer features: marks each
/// word that is part of a country name, demonym, capital, organisation name/acronym or title.
/// A trie over words, so "United Nations Support Mission in Libya" costs one walk per start word.
/// </summary>
public sealed class NameGazetteer
{
    [Flags]
    public enum Category : byte
    {
        None = 0,
        Country = 1,
        Adjective = 2,
        Capital = 4,
        Organisation = 8,
        Title = 16,
        Honorific = 32,
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public Category Ends;
    }

    private readonly Node _root = new();

    public NameGazetteer(KnowledgeBase knowledge)
    {
        foreach (var c in knowledge.Countries)
        {
            foreach (var name in c.Aliases.Add(c.Name))
                Add(name, Category.Country);
            foreach (var a in c.Adjectives)
                Add(a, Category.Adjective);
            foreach (var cap in c.Capitals)
                Add(cap, Category.Capital);
        }
        foreach (var o in knowledge.Organisations.Where(o => o.InTaggerLists))
        {
            Add(o.Name, Category.Organisation);
            if (o.Acronym.Length > 0)
                Add(o.Acronym, Category.Organisation);
            foreach (var a in o.Aliases)
                Add(a, Category.Organisation);
        }
        foreach (var t in knowledge.Titles)
            foreach (var form in t.Variants.Add(t.Canonical))
            {
                Add(form, t.IsHonorific ? Category.Honorific : Category.Title);
                // News writes roles in lower case too: "the defence minister".
                Add(form.ToLowerInvariant(), t.IsHonorific ? Category.Honorific : Category.Title);
            }
    }

    public static NameGazetteer BuiltIn { get; } = new(KnowledgeBase.BuiltIn);

    private void Add(string phrase, Category category)
    {
        var node = _root;
        foreach (var word in WordSplitter.SplitWords(phrase))
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(word, out var next))
                node.Children[word] = next = new Node();
            node = next;
        }
        if (node != _root)
            node.Ends |= category;
    }

    /// <summary>
    /// Per word: categories of the longest matches covering it, as begin (low byte) and inside
    /// (high byte) flags, so the tagger can tell "United" at the start of "United Nations" from
    /// "Nations" inside it.
    /// </summary>
    public void Mark(IReadOnlyList<string> words, Span<ushort> marks)
    {
        marks.Clear();
        for (var i = 0; i < words.Count; i++)
        {
            var node = _root;
            for (var j = i; j < words.Count; j++)
            {
                if (node.Children is null || !node.Children.TryGetValue(words[j], out var next))
                    break;
                node = next;
                if (node.Ends != Category.None)
                {
                    marks[i] |= (ushort)node.Ends;
                    for (var k = i + 1; k <= j; k++)
                        marks[k] |= (ushort)((int)node.Ends << 8);
                }
            }
        }
    }

    /// <summary>Whether the single word is an organisation name or acronym the knowledge holds ("UN", "NATO") and nothing else (not a country or capital).</summary>
    public bool IsOrganisationWord(string word) =>
        _root.Children is { } children && children.TryGetValue(word, out var node)
        && (node.Ends & Category.Organisation) != 0 && (node.Ends & (Category.Country | Category.Capital | Category.Adjective)) == 0;

    /// <summary>Whether the single word is a nationality adjective or demonym the knowledge holds ("Italian", "Palestinians") and not also a country, capital or organisation name.</summary>
    public bool IsAdjectiveWord(string word) =>
        _root.Children is { } children && children.TryGetValue(word, out var node)
        && (node.Ends & Category.Adjective) != 0 && (node.Ends & (Category.Country | Category.Capital | Category.Organisation)) == 0;

    /// <summary>The number of words of the longest title or honorific the knowledge holds starting at <paramref name="start"/> ("Foreign Minister": 2), 0 when none.</summary>
    public int TitleLength(IReadOnlyList<string> words, int start)
    {
        var node = _root;
        var best = 0;
        for (var j = start; j < words.Count; j++)
        {
            if (node.Children is null || !node.Children.TryGetValue(words[j], out var next))
                break;
            node = next;
            if ((node.Ends & (Category.Title | Category.Honorific)) != 0)
                best = j - start + 1;
        }
        return best;
    }

    /// <summary>Whether words [start, end) are exactly a country's name or alias the knowledge holds; ALL-CAPS words are read in Title Case ("SRI LANKA").</summary>
    public bool IsCountry(IReadOnlyList<string> words, int start, int end)
    {
        var node = _root;
        for (var i = start; i < end; i++)
        {
            var word = words[i];
            if (node.Children is null)
                return false;
            if (!node.Children.TryGetValue(word, out var next) && !(word.Length > 1 && word.All(c => !char.IsLower(c))
                && node.Children.TryGetValue(string.Concat(word.AsSpan(0, 1), word[1..].ToLowerInvariant()), out next)))
                return false;
            node = next;
        }
        return end > start && (node.Ends & Category.Country) != 0;
    }

    /// <summary>Longest organisation names of two or more words starting at each word: (start, end exclusive).</summary>
    public IEnumerable<(int Start, int End)> OrganisationRuns(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var node = _root;
            var end = -1;
            for (var j = i; j < words.Count; j++)
            {
                if (node.Children is null || !node.Children.TryGetValue(words[j], out var next))
                    break;
                node = next;
                if ((node.Ends & Category.Organisation) != 0 && j > i)
                    end = j + 1;
            }
            if (end > 0)
            {
                yield return (i, end);
                i = end - 1;
            }
        }
    }
}
