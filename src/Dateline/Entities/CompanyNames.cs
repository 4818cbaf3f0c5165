using Dateline.Knowledge;
using Dateline.Text;

namespace Dateline.Entities;

/// <summary>
/// Companies and news outlets the built-in knowledge names (data/knowledge/organisations.tsv, kinds company and media:
/// "Exxon Mobil", "Lockheed Martin", "Al Jazeera", "Gazprom") are organisations. The tagger, trained on little business
/// copy, misses them or reads them as persons ("Lockheed Martin" gave "Martin" PER, "General Motors" "Motors" PER, "Exxon
/// Mobil released staff" nothing). Decoding only, over a whole article: at each word the longest listed name written
/// exactly as listed (case included, so "shell" and "orange" are never read), then:
/// <list type="bullet">
/// <item>a person or place the tagger found with exactly these words is ORG, unless the article also names the person in
/// full or with a title ("Gerald Ford", "Mr Roche"), the place stands after "in" or "near", or a capitalised word or
/// number follows (a product: "Toyota Camry"; MISC is left alone for the same reason);</item>
/// <item>names the tagger found inside the listed name ("Martin" of "Lockheed Martin") become the whole name, ORG;</item>
/// <item>words the tagger left outside any name become ORG when no capitalised word touches them (else they are part of a
/// longer name: "BBC Radio") and the name is not a lone word running text writes in lower case ("Shell"); a two-letter
/// acronym only before a lower-case word or "'s" ("BP shut its refinery"; "RT @user" is no broadcaster).</item>
/// </list>
/// A listed name that crosses a span's edge is left as the tagger read it. The rows are not in the tagger's trained name
/// lists (<see cref="Organisation.InTaggerLists"/>), so the team can add a company without retraining.
/// </summary>
internal static class CompanyNames
{
    internal sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public bool Ends;
    }

    private static readonly Lazy<Node> BuiltIn = new(() => Build(KnowledgeBase.BuiltIn));

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal) { "in", "near", "outside", "around" };

    public static IReadOnlyList<IReadOnlyList<BioSpan>> Apply(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<BioSpan>> found, CaseProfile cases) =>
        Apply(sentences, found, cases, BuiltIn.Value);

    /// <summary>The names' words as the tokeniser splits them, as CoNLL-style files do ("Coca - Cola", "McDonald 's"), and split
    /// at spaces only.</summary>
    internal static Node Build(KnowledgeBase knowledge)
    {
        var root = new Node();
        foreach (var o in knowledge.Organisations.Where(o => o.IsCompany))
            foreach (var form in o.Aliases.Add(o.Name).Add(o.Acronym))
            {
                if (form.Length == 0 || knowledge.FindCountry(form) is not null)
                    continue;
                var (tokens, _) = SentenceSplitter.Run(form);
                var words = tokens.Select(t => form[t.Start..t.End]).ToList();
                Add(root, words);
                Add(root, [.. words.SelectMany(SplitJoined)]);
                Add(root, form.Split(' ')); // "Itar-Tass" as one word, as a file already tokenised may give it
            }
        return root;
    }

    internal static IEnumerable<string> SplitJoined(string word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal) && word.Length > 2)
            return [word[..^2], "'s"];
        if (word.Length > 2 && word.IndexOfAny(['-', '&']) is var at && at > 0 && at < word.Length - 1)
            return [word[..at], word[at].ToString(), .. SplitJoined(word[(at + 1)..])];
        return [word];
    }

    internal static void Add(Node root, IReadOnlyList<string> words)
    {
        var node = root;
        foreach (var w in words)
        {
            node.Next ??= new(StringComparer.Ordinal);
            if (!node.Next.TryGetValue(w, out var next))
                node.Next[w] = next = new Node();
            node = next;
        }
        node.Ends = true;
    }

    internal static IReadOnlyList<IReadOnlyList<BioSpan>> Apply(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<BioSpan>> found, CaseProfile cases, Node names)
    {
        IReadOnlyList<BioSpan>[]? result = null;
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            List<BioSpan>? spans = null;
            for (var i = 0; i < words.Count; i++)
            {
                var end = LongestAt(names, words, i);
                if (end < 0)
                    continue;
                var current = spans ?? found[s];
                if (Read(sentences, found, words, current, i, end, cases) is { } changed)
                {
                    spans = changed;
                    i = end - 1;
                }
            }
            if (spans is not null)
            {
                result ??= [.. found];
                result[s] = spans;
            }
        }
        return result ?? found;
    }

    internal static int LongestAt(Node root, IReadOnlyList<string> words, int start)
    {
        var node = root;
        var end = -1;
        for (var i = start; i < words.Count && node.Next is not null && node.Next.TryGetValue(words[i], out var next); i++)
        {
            node = next;
            if (node.Ends)
                end = i + 1;
        }
        return end;
    }

    /// <summary>The sentence's spans with the listed name [start, end) read as an organisation, or null to leave them.</summary>
    private static List<BioSpan>? Read(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<BioSpan>> found,
        IReadOnlyList<string> words, IReadOnlyList<BioSpan> spans, int start, int end, CaseProfile cases)
    {
        var touching = spans.Where(p => p.Start < end && p.End > start).ToList();
        if (touching.Any(p => p.Start < start || p.End > end))
            return null; // crosses an edge of the name, or holds it in a longer name
        if (touching.Count == 1 && touching[0].Start == start && touching[0].End == end)
        {
            var span = touching[0];
            // MISC is a product the company makes ("a 2013 Toyota Camry", "Boeing 747 jets"), as is a name a model's
            // name or number follows.
            if (span.Type is "ORG" or "MISC"
                || (end < words.Count && IsNameLike(words[end]))
                || (span.Type == "PER" && NamedAsPerson(sentences, found, words, start, end))
                || (span.Type == "LOC" && start > 0 && PlacePrepositions.Contains(words[start - 1])))
                return null;
            return Replace(spans, touching, new BioSpan(start, end, "ORG"));
        }
        if (touching.Count > 0)
            return Replace(spans, touching, new BioSpan(start, end, "ORG"));
        return MayStandAlone(words, start, end, cases) ? Replace(spans, touching, new BioSpan(start, end, "ORG")) : null;
    }

    /// <summary>Left outside any name: no capitalised word or number right before or after (the sentence's first word aside),
    /// a lone word that running text writes capitalised, a two-letter acronym before a lower-case word or "'s".</summary>
    private static bool MayStandAlone(IReadOnlyList<string> words, int start, int end, CaseProfile cases)
    {
        if (start > 0 && IsNameLike(words[start - 1]) && start - 1 > 0)
            return false;
        if (end < words.Count && IsNameLike(words[end]))
            return false;
        if (end - start > 1)
            return true;
        var word = words[start];
        if (cases.Of(word.ToLowerInvariant()) == CaseProfile.Lower)
            return false;
        if (word.Length > 2)
            return true;
        return end < words.Count && (words[end] == "'s" || (words[end].Length > 0 && char.IsLower(words[end][0])));
    }

    private static bool IsNameLike(string word) => word.Length > 0 && (char.IsUpper(word[0]) || char.IsDigit(word[0]));

    /// <summary>A person's name that is also a company's: the article names the person with more words ending in these
    /// ("Gerald Ford") or a title right before ("Mr Roche", "President Ford").</summary>
    private static bool NamedAsPerson(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<BioSpan>> found,
        IReadOnlyList<string> words, int start, int end)
    {
        if (start > 0 && KnowledgeBase.BuiltIn.FindTitle(words[start - 1]) is not null)
            return true;
        var length = end - start;
        for (var s = 0; s < sentences.Count; s++)
            foreach (var p in found[s])
                if (p.Type == "PER" && p.End - p.Start > length
                    && Enumerable.Range(0, length).All(k => sentences[s][p.End - length + k] == words[start + k]))
                    return true;
        return false;
    }

    private static List<BioSpan> Replace(IReadOnlyList<BioSpan> spans, List<BioSpan> remove, BioSpan add)
    {
        var result = spans.Where(p => !remove.Contains(p)).ToList();
        result.Add(add);
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }
}
