using Dateline.Entities;

namespace Dateline.Linking;

/// <summary>
/// Decides whether an article's entity is an entity already stored. Names propose candidates (exact words,
/// sound keys, acronyms); type, country, role and the actors seen together decide. Rules, strongest first:
/// same knowledge id ("country:ITA"); the same full name (several words); an acronym the entity is known by;
/// a close spelling of a full name ("Khalifa Hafta") or a partial name ("Haftar", "Saddam") only with shared
/// context: an actor both appear with, or the same country and role (a partial name never makes two places one:
/// "Ireland" is not "Northern Ireland"). A country conflict always keeps two apart,
/// so two people called "Saddam" in unrelated stories stay two.
/// </summary>
public static class EntityMatcher
{
    /// <summary>Word similarity from which two spellings count as one name ("haftar"/"hiftar", "salame"/"salami").</summary>
    public const double SpellingThreshold = 0.9;

    /// <summary>Candidate keys of an entity: knowledge id, full name, sound of each word, acronym; prefixed by type group.</summary>
    public static IReadOnlyList<string> Keys(EntityType type, IEnumerable<string> spellings, string? knowledgeId, IEnumerable<string> acronyms)
    {
        var group = Group(type);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (knowledgeId is not null) keys.Add($"{group}|kb:{knowledgeId}");
        foreach (var spelling in spellings)
        {
            var words = NameKey.Words(spelling);
            if (words.Count == 0) continue;
            keys.Add($"{group}|n:{string.Join(' ', words)}");
            keys.Add($"any|n:{string.Join(' ', words)}");
            foreach (var w in words.Where(w => w.Length >= 3))
            {
                keys.Add($"{group}|w:{NameKey.Sound(w)}");
                // An organisation's plural sounds otherwise ("Conservatives" / "Conservative Party", "Tories" / "Tory"):
                // indexed by its singular too, or the variant rules never see the other as a candidate.
                if (type == EntityType.ORG) keys.Add($"{group}|w:{NameKey.Sound(OrganisationVariants.Singular(w))}");
            }
            if (type == EntityType.ORG && NameKey.Initials(spelling) is { } initials) keys.Add($"{group}|a:{initials}");
        }
        foreach (var acronym in acronyms) keys.Add($"{group}|a:{acronym}");
        return [.. keys];
    }

    public static IReadOnlyList<string> Keys(ArticleEntity e) =>
        Keys(e.Type, e.Spellings.Append(e.Name), e.KnowledgeId, e.Acronym is null ? [] : [e.Acronym]);

    public static IReadOnlyList<string> Keys(EntityProfile p) =>
        Keys(Enum.Parse<EntityType>(p.Type), p.Spellings.Keys.Append(p.Name), p.KnowledgeId, p.Acronyms);

    /// <summary>Places (GPE, LOC) are one group: "Libya" tagged LOC in one article and GPE in another is one place.</summary>
    public static string Group(EntityType type) => type switch
    {
        EntityType.PER => "per",
        EntityType.ORG => "org",
        EntityType.GPE or EntityType.LOC => "place",
        _ => "misc",
    };

    /// <summary>
    /// The best stored entity for <paramref name="entity"/> among <paramref name="candidates"/>, or null for a new one.
    /// <paramref name="context"/>: the stored entities of the other actors of this article, with their names (for the reason).
    /// </summary>
    public static EntityMatch? Match(ArticleEntity entity, IEnumerable<(long Id, EntityProfile Profile)> candidates, IReadOnlyDictionary<long, string> context)
    {
        EntityMatch? best = null;
        foreach (var (id, candidate) in candidates)
        {
            if (Score(entity, candidate, id, context) is { } match && (best is null || match.Score > best.Score))
                best = match;
        }
        return best;
    }

    private static EntityMatch? Score(ArticleEntity e, EntityProfile c, long id, IReadOnlyDictionary<long, string> context)
    {
        bool otherType = !string.Equals(Group(e.Type), Group(Enum.Parse<EntityType>(c.Type)), StringComparison.Ordinal);
        var spellings = e.Spellings.Append(e.Name).Distinct(StringComparer.Ordinal).ToList();
        if (spellings.Any(s => c.Blocked.Contains(NameKey.Full(s), StringComparer.Ordinal))) return null;
        if (e.KnowledgeId is not null && c.KnowledgeId is not null)
            return string.Equals(e.KnowledgeId, c.KnowledgeId, StringComparison.Ordinal) ? new EntityMatch(id, 1.0, $"same built-in entry {e.KnowledgeId}") : null;
        bool countryConflict = e.Country is not null && c.Country is not null && !string.Equals(e.Country, c.Country, StringComparison.Ordinal);
        if (countryConflict) return null;

        var shared = context.Where(kv => c.Neighbours.ContainsKey(kv.Key)).Select(kv => kv.Value).ToList();
        bool sameCountry = e.Country is not null && string.Equals(e.Country, c.Country, StringComparison.Ordinal);
        bool sameRole = e.Role is not null && c.Roles.Contains(e.Role, StringComparer.Ordinal);
        string Context() => shared.Count > 0 ? $"; appears with {string.Join(", ", shared.Take(3))} in both"
            : sameRole && sameCountry ? $"; same role {e.Role} ({e.Country})" : "";
        double contextBonus = Math.Min(0.1, 0.05 * shared.Count) + (sameRole ? 0.02 : 0) + (sameCountry ? 0.02 : 0);
        bool hasContext = shared.Count > 0 || (sameRole && sameCountry);

        var (kind, nameScore, written, known) = NameEvidence(e, spellings, c);
        if (otherType)
        {
            // The tagger sometimes types a name wrongly ("Khalifa Haftar" as an organisation): the same name
            // with the same company is the same actor; anything weaker stays apart.
            return kind is Evidence.FullName or Evidence.SingleName && shared.Count >= 2
                ? new EntityMatch(id, 0.7 + contextBonus, $"same name '{written}' (typed {e.Type} here, {c.Type} before){Context()}")
                : null;
        }
        switch (kind)
        {
            case Evidence.FullName:
                return new EntityMatch(id, 0.9 + contextBonus, $"same name '{written}'{Context()}");
            case Evidence.SingleName when e.Type != EntityType.PER || hasContext:
                // One-word organisations and places are names; a one-word person ("Saddam") needs context.
                return new EntityMatch(id, 0.8 + contextBonus, $"same name '{written}'{Context()}");
            case Evidence.Acronym when e.Type != EntityType.PER:
                return new EntityMatch(id, 0.8 + contextBonus, $"acronym {written} of '{known}'{Context()}");
            case Evidence.GenericWord:
                // "Labour Party" is "Labour": the party's one distinctive word, the rest says what kind of body it is. The
                // name settles it like a full name does (BBC politics: 34 articles writing "Labour Party" were an entity of
                // their own beside the 188 writing "Labour"); a country conflict still keeps two parties apart above.
                return new EntityMatch(id, 0.85 + contextBonus, $"'{written}' and '{known}' differ only by the generic '{GenericPart(written, known)}'{Context()}");
            case Evidence.CloseName when hasContext:
                return new EntityMatch(id, 0.6 + 0.2 * nameScore + contextBonus, $"'{written}' spelled close to '{known}' ({nameScore:0.00}){Context()}");
            // A place is not a part of its name: "Ireland" is not "Northern Ireland", "Sudan" not "South Sudan".
            case Evidence.PartialName when hasContext && Group(e.Type) != "place":
                return new EntityMatch(id, 0.5 + 0.2 * nameScore + contextBonus, $"'{written}' is part of '{known}'{Context()}");
            default:
                return null;
        }
    }

    private enum Evidence { None, FullName, SingleName, Acronym, GenericWord, CloseName, PartialName }

    /// <summary>The words the longer of two names has beyond the shorter's, folded: "party" for "Labour" / "Labour Party".</summary>
    private static string GenericPart(string a, string b)
    {
        var (x, y) = (NameKey.Words(a), NameKey.Words(b));
        var (shorter, longer) = x.Count <= y.Count ? (x, y) : (y, x);
        return string.Join(' ', longer.Skip(shorter.Count));
    }

    /// <summary>The strongest name evidence between any spelling of the article's entity and any spelling of the stored one.</summary>
    private static (Evidence Kind, double Score, string Written, string Known) NameEvidence(ArticleEntity e, List<string> spellings, EntityProfile c)
    {
        var known = c.Spellings.Keys.Append(c.Name).Distinct(StringComparer.Ordinal).Select(s => (Text: s, Words: NameKey.Words(s))).Where(k => k.Words.Count > 0).ToList();
        (Evidence Kind, double Score, string Written, string Known) best = (Evidence.None, 0, "", "");
        bool otherFirstName = false;
        void Offer(Evidence kind, double score, string written, string k)
        {
            if (kind > Evidence.None && (best.Kind == Evidence.None || kind < best.Kind || (kind == best.Kind && score > best.Score)))
                best = (kind, score, written, k);
        }
        foreach (var s in spellings)
        {
            var words = NameKey.Words(s);
            if (words.Count == 0) continue;
            var full = string.Join(' ', words);
            bool isAcronym = s.Length is >= 2 and <= 8 && s.All(ch => char.IsUpper(ch) || ch == '.');
            if (isAcronym && (c.Acronyms.Contains(s.Replace(".", "", StringComparison.Ordinal), StringComparer.Ordinal)
                              || known.Any(k => string.Equals(NameKey.Initials(k.Text), s, StringComparison.Ordinal))))
                Offer(Evidence.Acronym, 1, s, c.Name);
            if (e.Acronym is { } acr && c.Acronyms.Contains(acr, StringComparer.Ordinal)) Offer(Evidence.Acronym, 1, acr, c.Name);
            foreach (var k in known)
            {
                if (string.Equals(full, string.Join(' ', k.Words), StringComparison.Ordinal))
                {
                    Offer(words.Count > 1 ? Evidence.FullName : Evidence.SingleName, 1, s, k.Text);
                    continue;
                }
                if (e.Type == EntityType.ORG && OnlyGenericWordsMore(words, k.Words))
                {
                    Offer(Evidence.GenericWord, 1, s, k.Text);
                    continue;
                }
                if (e.Type == EntityType.ORG && OrganisationVariants.Same(s, k.Text))
                {
                    Offer(Evidence.CloseName, 0.9, s, k.Text);
                    continue;
                }
                if (words.Count > 1 && k.Words.Count > 1)
                {
                    if (e.Type == EntityType.PER)
                    {
                        double last = Surnames(words[^1], k.Words[^1]);
                        double first = FirstNames(words[0], k.Words[0]);
                        if (last >= SpellingThreshold && first >= 0.85) Offer(Evidence.CloseName, (last + first) / 2, s, k.Text);
                        // "John Howard" is not "Michael Howard", whatever "Howard" alone may join.
                        else if (last >= SpellingThreshold) otherFirstName = true;
                    }
                    // Any other name: a typo word by word ("Libyan Natonal Army"), never two names that merely share their
                    // first and last words ("Scottish Conservative Party" is not "Scottish National Party").
                    else if (words.Count == k.Words.Count && words.Zip(k.Words).All(p => NameKey.Similarity(p.First, p.Second) >= SpellingThreshold))
                        Offer(Evidence.CloseName, words.Zip(k.Words).Average(p => NameKey.Similarity(p.First, p.Second)), s, k.Text);
                }
                else
                {
                    // One side is a single word: a person's surname, or the one distinctive word of an organisation whose other
                    // words are generic ("Conservative" for "Conservative Party"; not "Commission" for "Commission for Africa",
                    // "Union" for "European Union", "Crown" for "Crown Prosecution Service").
                    var (single, many) = words.Count == 1 ? (words[0], k.Words) : (k.Words[0], words);
                    double sim = e.Type == EntityType.PER ? Surnames(single, many[^1])
                        : many.Count >= 2 && many.Skip(1).All(GenericOrganisationWords.Contains) ? NameKey.Similarity(single, many[0]) : 0;
                    // A given name ("Michelle", "Betty", "Wells") is a first name when it is not the surname as spelled, never a
                    // sound-alike of it ("Alun Michael", "Trevor Beattie", "Phil Willis"; the transliterations this allowance is
                    // for, "Gaddafi" / "Kadhafi", are no given names).
                    if (e.Type == EntityType.PER && sim < 1 && GivenNames.Value.Contains(single)) sim = 0;
                    if (sim >= SpellingThreshold) Offer(Evidence.PartialName, sim, s, k.Text);
                }
            }
        }
        return best.Kind == Evidence.PartialName && otherFirstName ? (Evidence.None, 0, "", "") : best;
    }

    /// <summary>
    /// One name is the other with generic words after it: the same words, only their number may differ ("Conservatives" /
    /// "Conservative Party", "Five Star" / "Five Star Movement"). Not "Labour Party of Norway", "Scottish Labour" or
    /// "Nation" / "National Party" (a clipping is no match without the rest of the name).
    /// </summary>
    private static bool OnlyGenericWordsMore(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var (shorter, longer) = a.Count <= b.Count ? (a, b) : (b, a);
        if (shorter.Count == 0 || shorter.Count == longer.Count) return false;
        for (int i = 0; i < shorter.Count; i++)
            if (!OrganisationVariants.SameWordOrNumber(shorter[i], longer[i])) return false;
        return longer.Skip(shorter.Count).All(GenericOrganisationWords.Contains);
    }

    /// <summary>Surnames agree: spelled alike, or close and sounding alike as transliterations do ("Gaddafi" / "Qadhafi");
    /// a sound key alone is not enough ("Budd" / "Beith", "Hardy" / "Howard", "Queen" / "Kahn" share theirs), and a short
    /// surname gets no sound-alike allowance: one vowel makes another name of four letters ("Bell" / "Bill", "Kuhn" / "Kahn").</summary>
    private static double Surnames(string a, string b)
    {
        double spelled = NameKey.Similarity(a, b);
        if (Math.Min(a.Length, b.Length) < ShortestSoundAlikeSurname) return spelled;
        return spelled >= 0.8 ? NameKey.WordMatch(a, b) : spelled;
    }

    /// <summary>The given names of the built-in name list (data/names: Moby Word II first names, PDDL), folded as
    /// <see cref="NameKey.Words"/> folds a name's words.</summary>
    private static readonly Lazy<HashSet<string>> GivenNames = new(() =>
        PersonNameList.BuiltIn.First.SelectMany(NameKey.Words).ToHashSet(StringComparer.Ordinal));

    /// <summary>Surnames shorter than this must be spelled alike (a sound key of four letters is shared by many names).</summary>
    private const int ShortestSoundAlikeSurname = 5;

    /// <summary>Words that name what kind of organisation it is, not which one.</summary>
    private static readonly HashSet<string> GenericOrganisationWords = new(StringComparer.Ordinal)
    {
        "party", "group", "company", "corporation", "corp", "inc", "ltd", "plc", "co", "holdings", "movement",
    };

    /// <summary>First names agree: close spellings, or an initial ("K. Haftar").</summary>
    private static double FirstNames(string a, string b)
    {
        if (a.Length == 1 || b.Length == 1) return a[0] == b[0] ? 0.9 : 0;
        return NameKey.WordMatch(a, b);
    }
}
