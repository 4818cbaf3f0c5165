using Dateline.Knowledge;

namespace Dateline.Entities;

/// <summary>
/// Companies, news outlets and political parties the built-in knowledge names (data/knowledge/organisations.tsv, kinds
/// company, media and party: "Exxon Mobil", "Lockheed Martin", "Al Jazeera", "Gazprom", "Likud") are organisations. The
/// tagger, trained on little business or foreign political copy, misses them or reads them as persons ("Lockheed Martin"
/// gave "Martin" PER, "General Motors" "Motors" PER, "Exxon Mobil released staff" nothing, "Likud and Fatah officials"
/// two persons). Decoding only, over a whole article: at each word the longest listed name written exactly as listed
/// (case included, so "shell" and "labour" are never read), then:
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
/// lists (<see cref="Organisation.InTaggerLists"/>), so the team can add one without retraining.
/// </summary>
internal static class OrganisationNames
{
    private static readonly Lazy<ListedNames> BuiltIn = new(() => Build(KnowledgeBase.BuiltIn));

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal) { "in", "near", "outside", "around" };

    public static IReadOnlyList<IReadOnlyList<BioSpan>> Apply(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<BioSpan>> found, CaseProfile cases) =>
        Apply(sentences, found, cases, BuiltIn.Value, KnowledgeBase.BuiltIn);

    /// <summary>Every name, alias and acronym of the knowledge's companies, outlets and parties but those that name a country.</summary>
    internal static ListedNames Build(KnowledgeBase knowledge) =>
        new(knowledge.Organisations.Where(o => o.IsCompany || o.IsParty)
            .SelectMany(o => o.Aliases.Add(o.Name).Add(o.Acronym))
            .Where(form => form.Length > 0 && knowledge.FindCountry(form) is null));

    internal static IReadOnlyList<IReadOnlyList<BioSpan>> Apply(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<BioSpan>> found,
        CaseProfile cases, ListedNames names, KnowledgeBase knowledge) =>
        names.ReadAll(sentences, found, (words, spans, start, end) => Read(sentences, found, words, spans, start, end, cases, names, knowledge));

    /// <summary>The sentence's spans with the listed name [start, end) read as an organisation, or null to leave them.</summary>
    private static List<BioSpan>? Read(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<BioSpan>> found,
        IReadOnlyList<string> words, IReadOnlyList<BioSpan> spans, int start, int end, CaseProfile cases, ListedNames names, KnowledgeBase knowledge)
    {
        if (ListedNames.SpansWithin(spans, start, end) is not { } touching)
            return null;
        var organisation = new BioSpan(start, end, "ORG");
        if (touching.Count == 1 && touching[0].Start == start && touching[0].End == end)
        {
            var span = touching[0];
            // MISC is a product the company makes ("a 2013 Toyota Camry", "Boeing 747 jets"), as is a name a model's
            // name or number follows.
            if (span.Type is "ORG" or "MISC"
                || (end < words.Count && ListedNames.IsNameLike(words[end]))
                || (span.Type == "PER" && names.NamedAsPerson(sentences, found, words, start, end, knowledge))
                || (span.Type == "LOC" && start > 0 && PlacePrepositions.Contains(words[start - 1])))
                return null;
            return ListedNames.Replace(spans, touching, organisation);
        }
        if (touching.Count > 0 || MayStandAlone(words, start, end, cases))
            return ListedNames.Replace(spans, touching, organisation);
        return null;
    }

    /// <summary>Left outside any name: standing alone (<see cref="ListedNames.StandsAlone"/>), and several words, a lone word
    /// that running text writes capitalised, or a two-letter acronym before a lower-case word or "'s".</summary>
    private static bool MayStandAlone(IReadOnlyList<string> words, int start, int end, CaseProfile cases)
    {
        if (!ListedNames.StandsAlone(words, start, end))
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
}
