using Dateline.Knowledge;
using Dateline.Text;

namespace Dateline.Entities;

/// <summary>
/// First-level divisions and contested territories the built-in knowledge lists (data/knowledge/regions.tsv: "Crimea",
/// "Tigray", "Kerala", "North Rhine-Westphalia") are places. The tagger, whose trained name lists hold countries, towns and
/// the US states but no other region, types them LOC only where its training happened to see them ("Darfur" PER, "Tigray"
/// ORG, "Kerala" nothing). Decoding only, over a whole article, after the company stage: at each word the longest listed
/// region written exactly as listed (case included), then:
/// <list type="bullet">
/// <item>a person, organisation or MISC name with exactly these words is LOC, unless the article also names a person in
/// full with these words ("Virginia Woolf", "Sam Houston") or with a title right before ("Mr Kent"), or a capitalised word
/// or number follows (a longer name the tagger cut: "Texas Instruments");</item>
/// <item>names the tagger found inside the listed region ("Ossetia" of "South Ossetia") become the whole region, LOC;</item>
/// <item>words the tagger left outside any name become LOC when no capitalised word touches them (else they are part of a
/// longer name: "Punjab National Bank", "Florida State University"), no title stands before them, the article names no
/// person with them, and the region is not a lone word running text writes in lower case.</item>
/// </list>
/// In a sentence that writes no capitals beyond its first word (web text: "living in kerala"), a listed region in lower case
/// right after a word of place ("in", "from", "to", as <c>NerModel.LowerCasePlaces</c> reads countries) is LOC too, when the
/// tagger found nothing there and running text writes its first word capitalised or never ("chin state": "chin" is a word).
/// A region that crosses a span's edge or lies inside a longer name ("New York Times") is left as the tagger read it. A form
/// the countries table holds ("Georgia") or a capital's ("Washington", "Victoria") is never read here: countries and
/// capitals win. Not applied to sports reports, where a state's name is a team ("Queensland" ORG in a Sheffield Shield
/// table). The rows are not in the tagger's trained name lists, so the team can add a region without retraining.
/// </summary>
internal static class RegionNames
{
    private static readonly Lazy<CompanyNames.Node> BuiltIn = new(() => Build(KnowledgeBase.BuiltIn));
    private static readonly Lazy<CompanyNames.Node> BuiltInLower = new(() => Build(KnowledgeBase.BuiltIn, lower: true));

    public static IReadOnlyList<IReadOnlyList<BioSpan>> Apply(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<BioSpan>> found, CaseProfile cases) =>
        Apply(sentences, found, cases, BuiltIn.Value, KnowledgeBase.BuiltIn, BuiltInLower.Value);

    /// <summary>The regions' words as the tokeniser splits them, and as CoNLL-style files do ("Nagorno - Karabakh"); with
    /// <paramref name="lower"/>, in lower case, for text that drops its capitals.</summary>
    internal static CompanyNames.Node Build(KnowledgeBase knowledge, bool lower = false)
    {
        var root = new CompanyNames.Node();
        foreach (var region in knowledge.Regions)
            foreach (var form in region.Forms)
            {
                if (form.Length == 0 || knowledge.FindCountry(form) is not null || knowledge.FindCountryByCapital(form) is not null)
                    continue;
                var (tokens, _) = SentenceSplitter.Run(form);
                var words = tokens.Select(t => lower ? form[t.Start..t.End].ToLowerInvariant() : form[t.Start..t.End]).ToList();
                CompanyNames.Add(root, words);
                CompanyNames.Add(root, [.. words.SelectMany(CompanyNames.SplitJoined)]);
            }
        return root;
    }

    internal static IReadOnlyList<IReadOnlyList<BioSpan>> Apply(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<BioSpan>> found, CaseProfile cases,
        CompanyNames.Node names, KnowledgeBase knowledge, CompanyNames.Node? lowerNames = null)
    {
        IReadOnlyList<BioSpan>[]? result = null;
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            List<BioSpan>? spans = null;
            for (var i = 0; i < words.Count; i++)
            {
                var end = CompanyNames.LongestAt(names, words, i);
                if (end < 0)
                    continue;
                if (Read(sentences, found, words, spans ?? found[s], i, end, cases, knowledge, names) is { } changed)
                {
                    spans = changed;
                    i = end - 1;
                }
            }
            if (lowerNames is not null && words.Count > 1 && !NerModel.UsesCapitals(words))
                for (var i = 1; i < words.Count; i++)
                {
                    var current = spans ?? found[s];
                    if (!NerModel.PlacePrepositions.Contains(words[i - 1].ToLowerInvariant()) || !NerModel.IsLowerWord(words[i])
                        || cases.Of(words[i]) is not (0 or CaseProfile.Capital) || CompanyNames.LongestAt(lowerNames, words, i) is var end && end < 0
                        || current.Any(p => p.Start < end && p.End > i))
                        continue;
                    spans = Replace(current, [], new BioSpan(i, end, "LOC"));
                    i = end - 1;
                }
            if (spans is not null)
            {
                result ??= [.. found];
                result[s] = spans;
            }
        }
        return result ?? found;
    }

    /// <summary>The sentence's spans with the listed region [start, end) read as a place, or null to leave them.</summary>
    private static List<BioSpan>? Read(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<BioSpan>> found,
        IReadOnlyList<string> words, IReadOnlyList<BioSpan> spans, int start, int end, CaseProfile cases, KnowledgeBase knowledge, CompanyNames.Node names)
    {
        var touching = spans.Where(p => p.Start < end && p.End > start).ToList();
        if (touching.Any(p => p.Start < start || p.End > end))
            return null; // crosses an edge of the region, or holds it in a longer name
        var place = new BioSpan(start, end, "LOC");
        if (touching.Count == 1 && touching[0].Start == start && touching[0].End == end)
        {
            var span = touching[0];
            if (span.Type == "LOC"
                || (end < words.Count && IsNameLike(words[end]))
                || NamedAsPerson(sentences, found, words, start, end, knowledge, names))
                return null;
            return Replace(spans, touching, place);
        }
        if (touching.Count > 0)
            return Replace(spans, touching, place);
        return MayStandAlone(words, start, end, cases) && !NamedAsPerson(sentences, found, words, start, end, knowledge, names)
            ? Replace(spans, touching, place)
            : null;
    }

    /// <summary>Left outside any name: no capitalised word or number right before or after (the sentence's first word aside),
    /// and not a lone word that running text writes in lower case.</summary>
    private static bool MayStandAlone(IReadOnlyList<string> words, int start, int end, CaseProfile cases)
    {
        if (start > 1 && IsNameLike(words[start - 1]))
            return false;
        if (end < words.Count && IsNameLike(words[end]))
            return false;
        return end - start > 1 || cases.Of(words[start].ToLowerInvariant()) != CaseProfile.Lower;
    }

    private static bool IsNameLike(string word) => word.Length > 0 && (char.IsUpper(word[0]) || char.IsDigit(word[0]));

    /// <summary>A region's name that is also a person's: a title right before ("Mr Kent", "Gov. Jersey"), or the article names
    /// a person with more words beginning or ending in these ("Virginia Woolf", "Sam Houston"), which are not a listed region
    /// themselves ("Azad Kashmir" the tagger called a person says nothing of "Kashmir").</summary>
    private static bool NamedAsPerson(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<BioSpan>> found,
        IReadOnlyList<string> words, int start, int end, KnowledgeBase knowledge, CompanyNames.Node names)
    {
        if (start > 0 && knowledge.FindTitle(words[start - 1]) is not null)
            return true;
        var length = end - start;
        for (var s = 0; s < sentences.Count; s++)
            foreach (var p in found[s])
                if (p.Type == "PER" && p.End - p.Start > length && CompanyNames.LongestAt(names, sentences[s], p.Start) != p.End
                    && (Enumerable.Range(0, length).All(k => sentences[s][p.End - length + k] == words[start + k])
                        || Enumerable.Range(0, length).All(k => sentences[s][p.Start + k] == words[start + k])))
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
