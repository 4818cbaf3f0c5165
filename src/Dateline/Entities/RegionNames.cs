using Dateline.Knowledge;

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
    private static readonly Lazy<ListedNames> BuiltIn = new(() => Build(KnowledgeBase.BuiltIn));
    private static readonly Lazy<ListedNames> BuiltInLower = new(() => Build(KnowledgeBase.BuiltIn, lower: true));

    public static IReadOnlyList<IReadOnlyList<BioSpan>> Apply(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<BioSpan>> found, CaseProfile cases) =>
        Apply(sentences, found, cases, BuiltIn.Value, KnowledgeBase.BuiltIn, BuiltInLower.Value);

    /// <summary>Every form of the knowledge's regions but those a country or capital has; with <paramref name="lower"/>, in
    /// lower case, for text that drops its capitals.</summary>
    internal static ListedNames Build(KnowledgeBase knowledge, bool lower = false) =>
        new(knowledge.Regions.SelectMany(region => region.Forms)
            .Where(form => form.Length > 0 && knowledge.FindCountry(form) is null && knowledge.FindCountryByCapital(form) is null), lower);

    internal static IReadOnlyList<IReadOnlyList<BioSpan>> Apply(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<BioSpan>> found, CaseProfile cases,
        ListedNames names, KnowledgeBase knowledge, ListedNames? lowerNames = null) =>
        names.ReadAll(sentences, found, (words, spans, start, end) => Read(sentences, found, words, spans, start, end, cases, knowledge, names),
            lowerNames is null ? null : (words, spans) => LowerCase(words, spans, cases, lowerNames));

    /// <summary>In a sentence without capitals beyond its first word, a lower-case region right after a word of place, where
    /// the tagger found nothing and running text writes its first word capitalised or never ("in kerala").</summary>
    private static List<BioSpan>? LowerCase(IReadOnlyList<string> words, IReadOnlyList<BioSpan> found, CaseProfile cases, ListedNames lowerNames)
    {
        if (words.Count < 2 || NerModel.UsesCapitals(words))
            return null;
        List<BioSpan>? spans = null;
        for (var i = 1; i < words.Count; i++)
        {
            var current = spans ?? found;
            if (!NerModel.PlacePrepositions.Contains(words[i - 1].ToLowerInvariant()) || !NerModel.IsLowerWord(words[i])
                || cases.Of(words[i]) is not (0 or CaseProfile.Capital) || lowerNames.LongestAt(words, i) is var end && end < 0
                || current.Any(p => p.Start < end && p.End > i))
                continue;
            spans = ListedNames.Replace(current, [], new BioSpan(i, end, "LOC"));
            i = end - 1;
        }
        return spans;
    }

    /// <summary>The sentence's spans with the listed region [start, end) read as a place, or null to leave them.</summary>
    private static List<BioSpan>? Read(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<BioSpan>> found,
        IReadOnlyList<string> words, IReadOnlyList<BioSpan> spans, int start, int end, CaseProfile cases, KnowledgeBase knowledge, ListedNames names)
    {
        if (ListedNames.SpansWithin(spans, start, end) is not { } touching)
            return null;
        var place = new BioSpan(start, end, "LOC");
        if (touching.Count == 1 && touching[0].Start == start && touching[0].End == end)
        {
            var span = touching[0];
            if (span.Type == "LOC"
                || (end < words.Count && ListedNames.IsNameLike(words[end]))
                || names.NamedAsPerson(sentences, found, words, start, end, knowledge))
                return null;
            return ListedNames.Replace(spans, touching, place);
        }
        if (touching.Count > 0)
            return ListedNames.Replace(spans, touching, place);
        // Left outside any name: standing alone, not a lone word running text writes in lower case.
        return ListedNames.StandsAlone(words, start, end)
            && (end - start > 1 || cases.Of(words[start].ToLowerInvariant()) != CaseProfile.Lower)
            && !names.NamedAsPerson(sentences, found, words, start, end, knowledge)
            ? ListedNames.Replace(spans, touching, place)
            : null;
    }
}
