using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Dateline.Knowledge;
using Dateline.Model;

namespace Dateline.Entities;

/// <summary>
/// Links the names found in one article into chains, in text order:
/// a later "Haftar" or "Marshal Haftar" joins the person "Khalifa Haftar" (its words are a subset);
/// "Libyan National Army (LNA)" makes "LNA" an acronym of that chain;
/// "Ms Pinotti" becomes "Roberta Pinotti"; "U.S." and "United States" share the country;
/// "the general" after a name with a military title joins that person; "the home secretary" joins a person with that
/// title and no rank word before it ("shadow home secretary David Davis" is another office, <see cref="TitleRank"/>).
/// Each mention keeps the title or role and the role's country the text gives it.
/// </summary>
public static partial class MentionLinker
{
    private sealed class Chain
    {
        public required int Id;
        public required EntityType Type;
        public required string Name;
        public HashSet<string> Words = new(StringComparer.Ordinal);
        public string? Acronym;
        public string? Role;
        public Title? RoleTitle;
        /// <summary>The rank words before <see cref="RoleTitle"/> ("shadow" of "shadow home secretary David Davis"), a
        /// <see cref="TitleRank.Key"/>; "" for none.</summary>
        public string RoleRank = "";
        public string? Country;
        public string? KnowledgeId;
        public List<EntityMention> Mentions = [];
    }

    [GeneratedRegex(@"^\s*\(\s*([A-Z][A-Za-z]?[A-Z][A-Z&.-]{0,8})\s*\)")]
    private static partial Regex AcronymAfter();

    private static readonly HashSet<string> NotAPersonAfter = new(StringComparer.Ordinal)
    {
        "election", "elections", "assembly", "public", "secretary", "staff", "council", "strike", "manager", "population",
        "prosecutor", "consensus", "director", "idea", "sense", "rule", "view", "trend", "principle", "direction", "interest",
        "practice", "level", "office", "palace", "post", "race", "campaign", "seat", "candidate", "of",
    };

    /// <summary>"the general", "the home secretary", and with up to two rank words before the title "the shadow home secretary".</summary>
    private static readonly Regex DefiniteDescription = new(
        $@"\b[Tt]he ((?:(?:{string.Join('|', TitleRank.All)}) ){{0,2}}(?:[a-z]+ ){{0,2}}[a-z]+)\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static (ImmutableArray<EntityMention> Mentions, ImmutableArray<EntityChain> Chains) Link(string text, IReadOnlyList<FoundName> found, KnowledgeBase knowledge)
    {
        found = NameRepair.Repair(text, found, knowledge);
        var first = LinkOnce(text, found, knowledge);
        // One name, one referent per article: a surname or acronym the tagger found once ("Ghassan
        // Salame") is a mention wherever else it stands capitalised ("On Tuesday Salame said").
        var known = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        foreach (var chain in first.Chains)
        {
            if (chain.Type == EntityType.PER && WordsOf(chain.Name) is { Count: > 1 } words && words[^1].Length > 2)
                known.TryAdd(words[^1], EntityType.PER);
            if (chain.Acronym is { } acronym)
                known.TryAdd(acronym, chain.Type);
        }
        if (known.Count == 0)
            return first;
        var extra = new List<FoundName>();
        foreach (var word in WordSplitter.Split(text))
            if (known.TryGetValue(word.Text, out var type) && !found.Any(f => f.Span.Overlaps(word.Span)) && !first.Mentions.Any(m => m.Span.Overlaps(word.Span)))
                extra.Add(new FoundName(word.Span, type));
        return extra.Count == 0 ? first : LinkOnce(text, [.. found, .. extra], knowledge);
    }

    private static (ImmutableArray<EntityMention> Mentions, ImmutableArray<EntityChain> Chains) LinkOnce(string text, IReadOnlyList<FoundName> found, KnowledgeBase knowledge)
    {
        var chains = new List<Chain>();
        var acronyms = new Dictionary<string, Chain>(StringComparer.Ordinal);
        var byKnowledge = new Dictionary<string, Chain>(StringComparer.Ordinal);
        var byName = new Dictionary<(string, EntityType), Chain>();
        var covered = new List<TextSpan>();
        // A region listed in two countries ("Punjab") is the one whose country the article names ("Pakistani"), if just one.
        HashSet<string>? named = null;
        Region? RegionOf(string surface)
        {
            if (knowledge.FindRegion(surface) is { } region)
                return region;
            var several = knowledge.FindRegions(surface);
            if (several.Length < 2)
                return null;
            named ??= [.. found.Select(f => knowledge.FindCountry(Clean(f.Span.Of(text)))?.Iso3).OfType<string>()];
            return several.Where(r => named.Contains(r.Country)).ToList() is [var one] ? one : null;
        }

        var ordered = found.OrderBy(f => f.Span.Start).ToList();
        var titlesOf = ordered.Select(name => name.Type == EntityType.PER || StartsWithTitleWord(name.Span.Of(text), knowledge)
            ? TitleFinder.Find(text, name.Span, knowledge)
            : new TitleFinder.Found(name.Span, null, null, null)).ToList();
        // "Chief Secretary to the Treasury Paul Boateng": a "person" the tagger found inside a later person's title is the
        // title's words ("Secretary"), not someone (an organisation there, "Treasury", stays a name).
        var titleSpans = titlesOf.Select(t => t.TitleBefore).OfType<TextSpan>().ToList();
        for (var n = 0; n < ordered.Count; n++)
        {
            var name = ordered[n];
            var type = name.Type;
            if (type == EntityType.PER && titleSpans.Any(s => s.Start <= name.Span.Start && name.Span.End <= s.End))
                continue;
            var titles = titlesOf[n];
            if (titles.NameSpan.Length == 0)
                continue;
            var surface = Clean(titles.NameSpan.Of(text));
            if (surface.Length == 0)
                continue;
            if (titles.Title is not null && type != EntityType.PER && !titles.Title.IsHonorific)
                type = EntityType.PER;

            // Datelines and headlines in capitals: "ROME" is Rome.
            if (surface.Length > 2 && surface.All(c => !char.IsLower(c)) && knowledge.FindOrganisation(surface) is null)
            {
                var titleCase = string.Join(' ', surface.Split(' ').Select(w => w.Length > 1 ? w[0] + w[1..].ToLowerInvariant() : w));
                if (knowledge.FindCountryByName(titleCase) is not null || knowledge.FindCountryByCapital(titleCase) is not null)
                    surface = titleCase;
            }
            string? country = titles.Country;
            string? knowledgeId = null;
            var canonical = surface;
            var kind = "name";
            if (type != EntityType.PER)
            {
                if (knowledge.FindCountryByName(surface) is { } c)
                {
                    (country, knowledgeId, canonical) = (c.Iso3, "country:" + c.Iso3, c.Name);
                    if (type is EntityType.LOC or EntityType.ORG)
                        type = EntityType.GPE;
                }
                else if (knowledge.FindCountryByAdjective(surface) is { } a)
                    (country, knowledgeId, canonical) = (a.Iso3, "country:" + a.Iso3, a.Name);
                else if (knowledge.FindCountryByCapital(surface) is { } cap && type is EntityType.LOC or EntityType.GPE or EntityType.MISC)
                    (country, type, knowledgeId) = (cap.Iso3, EntityType.GPE, "city:" + cap.Iso3 + ":" + surface);
                // "Crimea", "Tigray": a region the knowledge lists gives its country (the type stays the tagger's; "Punjab",
                // listed for two countries, the one the article also names, else none).
                else if (type is EntityType.LOC or EntityType.GPE && RegionOf(surface) is { } region)
                    (country, knowledgeId, canonical) = (region.Country, "region:" + region.Country + ":" + region.Name, region.Name);
                // Parties are the event coder's knowledge only: names, types and links stay as the tagger read them. A
                // company or outlet is linked by its name ("Exxon" and "ExxonMobil" are one), its type left to the tagger's
                // decoding (OrganisationNames), which keeps a product ("Toyota Camry") MISC.
                else if (knowledge.FindOrganisation(surface) is { IsParty: false } org)
                {
                    (knowledgeId, canonical) = ("org:" + org.Id, org.Name);
                    if (string.Equals(surface, org.Acronym, StringComparison.Ordinal))
                        kind = "acronym";
                    if (type is EntityType.LOC or EntityType.MISC && org.InTaggerLists)
                        type = EntityType.ORG;
                }
            }

            var chain = FindChain(surface, type, knowledgeId);
            if (chain is null)
            {
                chain = new Chain { Id = chains.Count, Type = type, Name = canonical, KnowledgeId = knowledgeId, Country = country };
                chains.Add(chain);
            }
            else
            {
                if (acronyms.TryGetValue(surface, out var viaAcronym) && viaAcronym == chain)
                    kind = "acronym";
                // A fuller name later in the text ("Haftar" first, "Khalifa Haftar" later) becomes the chain's name.
                if (chain.Type == EntityType.PER && WordsOf(surface).Count > WordsOf(chain.Name).Count && kind == "name")
                    chain.Name = surface;
                // "PALERMO" in the dateline, "Palermo" in the text: the name as running text writes it.
                else if (!chain.Name.Any(char.IsLower) && surface.Any(char.IsLower) && string.Equals(chain.Name, surface, StringComparison.OrdinalIgnoreCase))
                    chain.Name = surface;
                // A person keeps its type on every mention; a country chain keeps "Italian" MISC but is a GPE once named.
                if (chain.Type == EntityType.PER || type == EntityType.PER)
                    type = chain.Type;
                else if (chain.Type == EntityType.MISC && type == EntityType.GPE)
                    chain.Type = EntityType.GPE;
                chain.Country ??= country;
            }
            chain.Words.UnionWith(WordsOf(surface));
            byName.TryAdd((surface, chain.Type), chain);
            if (knowledgeId is not null)
                byKnowledge.TryAdd(knowledgeId, chain);
            if (titles.Title is { IsHonorific: false } role)
            {
                chain.Role ??= role.Canonical;
                if (chain.RoleTitle is null)
                    (chain.RoleTitle, chain.RoleRank) = (role, titles.Rank);
            }

            var mention = new EntityMention
            {
                Span = name.Span,
                Text = name.Span.Of(text),
                Type = type,
                Chain = chain.Id,
                Kind = kind,
                Title = titles.TitleText,
                Role = titles.Title is { IsHonorific: false } r ? r.Canonical : null,
                Country = country,
                KnowledgeId = knowledgeId,
            };
            chain.Mentions.Add(mention);
            covered.Add(name.Span);

            // "Libyan National Army (LNA)": the bracketed capitals name the same chain from here on.
            var match = AcronymAfter().Match(text, name.Span.End, Math.Min(40, text.Length - name.Span.End));
            if (match.Success && type != EntityType.PER && match.Index == name.Span.End)
            {
                var acronym = match.Groups[1].Value;
                chain.Acronym ??= acronym;
                acronyms.TryAdd(acronym, chain);
                var acronymSpan = new TextSpan(match.Groups[1].Index, match.Groups[1].Index + acronym.Length);
                // The tagger may have missed the bracketed acronym: add it as a mention.
                if (!found.Any(f => f.Span.Overlaps(acronymSpan)))
                {
                    chain.Mentions.Add(new EntityMention { Span = acronymSpan, Text = acronym, Type = chain.Type, Chain = chain.Id, Kind = "acronym", Country = chain.Country, KnowledgeId = chain.KnowledgeId });
                    covered.Add(acronymSpan);
                }
            }
        }

        AddNominals(text, chains, covered, knowledge);

        // A name first tagged as a place or group and only later as a person ("Khalifa Haftar"): one chain.
        foreach (var chain in chains.Where(c => c.Type != EntityType.PER && c.KnowledgeId is null).ToList())
        {
            var person = chains.FirstOrDefault(p => p.Type == EntityType.PER && p.Name == chain.Name);
            if (person is null)
                continue;
            person.Mentions.AddRange(chain.Mentions.Select(m => m with { Chain = person.Id, Type = EntityType.PER }));
            chain.Mentions.Clear();
        }
        chains.RemoveAll(c => c.Mentions.Count == 0);
        var renumber = chains.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i);
        foreach (var chain in chains)
        {
            chain.Mentions = [.. chain.Mentions.Select(m => m with { Chain = renumber[chain.Id] })];
            chain.Id = renumber[chain.Id];
        }

        var all = chains.SelectMany(c => c.Mentions.Select(m => m with { Name = c.Name })).OrderBy(m => m.Span.Start).ToImmutableArray();
        var result = chains.Select(c => new EntityChain(c.Id, c.Name, c.Type, [.. all.Select((m, i) => (m, i)).Where(p => p.m.Chain == c.Id).Select(p => p.i)])
        {
            Acronym = c.Acronym,
            Role = c.Role,
            Country = c.Country,
            KnowledgeId = c.KnowledgeId,
        }).ToImmutableArray();
        return (all, result);

        Chain? FindChain(string surface, EntityType type, string? knowledgeId)
        {
            if (acronyms.TryGetValue(surface, out var a))
                return a;
            if (knowledgeId is not null && byKnowledge.TryGetValue(knowledgeId, out var k))
                return k;
            if (byName.TryGetValue((surface, type), out var exact))
                return exact;
            // "PALERMO" in the dateline and "Palermo" in the text: one name in two cases.
            if (chains.LastOrDefault(c => c.Type == type && string.Equals(c.Name, surface, StringComparison.OrdinalIgnoreCase)) is { } cased)
                return cased;
            // The same words already named a person: "Khalifa Haftar" tagged as a place later is still him.
            if (byName.TryGetValue((surface, EntityType.PER), out var person) && knowledgeId is null)
                return person;
            // "Liberal Democrat" after "Liberal Democrats", "Lib Dems", "Tory" after "Tories": one organisation.
            if (type == EntityType.ORG && knowledgeId is null
                && chains.LastOrDefault(c => c.Type == EntityType.ORG && OrganisationVariants.Same(c.Name, surface)) is { } variant)
                return variant;
            var words = WordsOf(surface);
            // Persons: "Haftar" or "Khalifa Hafter"? Only exact words; "Haftar" joins "Khalifa Haftar".
            for (var i = chains.Count - 1; i >= 0; i--)
            {
                var c = chains[i];
                if (c.Type != EntityType.PER)
                    continue;
                var subset = words.All(c.Words.Contains) || WordsOf(c.Name).All(words.Contains);
                if (!subset)
                    continue;
                // A fuller name joins a one-word person only through its surname: "Khalifa Haftar" after "Haftar", not
                // "Charles Kennedy" after "Prince Charles" (which gave Kennedy the role "Prince").
                if (type == EntityType.PER && words.Count > 1 && c.Words.Count == 1 && !string.Equals(words[^1], c.Words.First(), StringComparison.Ordinal))
                    continue;
                // A single word tagged as a place or group that is a known person's name is that person.
                if (type == EntityType.PER || (words.Count == 1 && knowledgeId is null))
                    return c;
            }
            return null;
        }
    }

    /// <summary>
    /// "the general", "the defence minister": joins the latest person with that kind of role and the same rank words before
    /// it: "the home secretary" is not "shadow home secretary David Davis", "the shadow home secretary" is.
    /// </summary>
    private static void AddNominals(string text, List<Chain> chains, List<TextSpan> covered, KnowledgeBase knowledge)
    {
        foreach (Match m in DefiniteDescription.Matches(text))
        {
            var words = m.Groups[1].Value.Split(' ');
            var (title, ranks, used) = NominalTitle(words, knowledge);
            if (title is null || title.IsHonorific)
                continue;
            var rank = TitleRank.Key(words.Take(ranks).Select(w => TitleRank.Of(w) ?? w));
            var phraseEnd = m.Groups[1].Index + string.Join(' ', words.Take(ranks + used)).Length;
            var span = new TextSpan(m.Index, phraseEnd);
            // "the general" must be followed by something other than a name ("the General Assembly").
            if (phraseEnd < text.Length && char.IsUpper(text[Math.Min(text.Length - 1, phraseEnd + 1)]) && text[phraseEnd] == ' ')
                continue;
            if (covered.Any(c => c.Overlaps(span)))
                continue;
            // "the general election", "the president's office" are not the person.
            var rest = text.AsSpan(phraseEnd).TrimStart(' ');
            var nextWord = rest[..Math.Max(0, rest.IndexOfAny(" ,.;:!?'\n".AsSpan()) is var e and >= 0 ? e : rest.Length)].ToString();
            if (NotAPersonAfter.Contains(nextWord) || rest.StartsWith("'s", StringComparison.Ordinal) || rest.StartsWith("’s", StringComparison.Ordinal))
                continue;
            Chain? best = null;
            var bestEnd = -1;
            foreach (var chain in chains)
            {
                if (chain.Type != EntityType.PER || chain.RoleTitle is null)
                    continue;
                var sameRole = (chain.RoleTitle == title || (chain.RoleTitle.Kind == "military" && title.Kind == "military"))
                    && string.Equals(chain.RoleRank, rank, StringComparison.Ordinal);
                if (!sameRole)
                    continue;
                var last = chain.Mentions.Where(x => x.Span.End <= span.Start).Select(x => x.Span.End).DefaultIfEmpty(-1).Max();
                if (last > bestEnd)
                    (best, bestEnd) = (chain, last);
            }
            if (best is null)
                continue;
            best.Mentions.Add(new EntityMention { Span = span, Text = span.Of(text), Type = EntityType.PER, Chain = best.Id, Kind = "nominal", Title = m.Groups[1].Value[..(phraseEnd - m.Groups[1].Index)], Role = title.Canonical, Country = best.Country });
            covered.Add(span);
        }
    }

    /// <summary>
    /// The title a definite description's words open with, after the rank words before it: "deputy prime minister" is the
    /// title Deputy Prime Minister (its own words hold the rank), "shadow home secretary" the rank "shadow" (1 word) and
    /// the title Home Secretary (2 words), read as <see cref="TitleFinder"/> reads a title before a name.
    /// </summary>
    private static (Title? Title, int Ranks, int Used) NominalTitle(string[] words, KnowledgeBase knowledge)
    {
        for (var from = 0; from < words.Length && (from == 0 || TitleRank.IsRankWord(words[from - 1])); from++)
            for (var len = words.Length - from; len >= 1; len--)
                if (knowledge.FindTitle(string.Join(' ', words.Skip(from).Take(len))) is { } title)
                    return (title, from, len);
        return (null, 0, 0);
    }

    private static bool StartsWithTitleWord(string surface, KnowledgeBase knowledge)
    {
        var space = surface.IndexOf(' ', StringComparison.Ordinal);
        // "General Motors" is a company the knowledge holds whole, not a general.
        return space > 0 && knowledge.FindTitle(surface[..space]) is not null && knowledge.FindOrganisation(Clean(surface)) is null;
    }

    /// <summary>Drops a leading article and a trailing possessive: "the Libyan National Army's" -> "Libyan National Army".</summary>
    internal static string Clean(string surface)
    {
        var s = surface.Trim();
        if (s.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            s = s[4..];
        if (s.EndsWith("'s", StringComparison.Ordinal) || s.EndsWith("’s", StringComparison.Ordinal))
            s = s[..^2].TrimEnd();
        return string.Join(' ', s.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    private static List<string> WordsOf(string name) =>
        [.. name.Split((char[])[' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 1 && char.IsUpper(w[0]))];
}
