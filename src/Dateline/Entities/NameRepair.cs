using System.Text.RegularExpressions;
using Dateline.Knowledge;
using Dateline.Model;

namespace Dateline.Entities;

/// <summary>
/// Fixes the tagger's typical boundary errors before linking, each rule small and named:
/// <see cref="SplitTitle"/>: "Italian Prime Minister Giuseppe Conte" tagged as one name becomes
/// "Italian" + "Giuseppe Conte" (the title is read later by <see cref="TitleFinder"/>);
/// <see cref="ExtendParticle"/>: "Fayez" followed by "al-Sarraj" becomes "Fayez al-Sarraj" (and
/// <see cref="ExtendParticleBack"/> "Seif al-Islam" before "Kadhafi"; "Mohammed" + "bin" + "Salman" are one person);
/// <see cref="ExtendToAcronym"/>: "Army (LNA)" after "Libyan National" becomes "Libyan National Army";
/// <see cref="ExtendToKnownName"/>: "Nations" after "United" becomes "United Nations".
/// </summary>
public static partial class NameRepair
{
    [GeneratedRegex(@"^(?:al|el|as|ash|ad|bin|ben|ibn|abu|van|von|de|da|di|du|le|la)-\p{Lu}")]
    private static partial Regex Particle();

    [GeneratedRegex(@" (?:al|el|as|ash|ad|bin|ben|ibn|abu)$")]
    private static partial Regex ParticleEnd();

    [GeneratedRegex(@"^ (?:bin|ibn|bint) $")]
    private static partial Regex InnerParticle();

    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+ (?:al|el|as|ash|ad|bin|ibn|abu)-\p{Lu}\p{L}+ $")]
    private static partial Regex ParticleBefore();

    [GeneratedRegex(@"^\s*\(\s*([A-Z][A-Za-z]?[A-Z][A-Z&.-]{0,8})\s*\)")]
    private static partial Regex AcronymAfter();

    private static readonly HashSet<string> Glue = new(StringComparer.Ordinal) { "of", "the", "and", "for", "de", "&" };

    public static List<FoundName> Repair(string text, IReadOnlyList<FoundName> found, KnowledgeBase knowledge)
    {
        var result = new List<FoundName>();
        var end = 0;
        foreach (var name in found.OrderBy(f => f.Span.Start))
        {
            result.AddRange(SplitTitle(text, ExtendRankBack(text, name, end, knowledge), knowledge));
            end = name.Span.End;
        }
        for (var i = 0; i < result.Count; i++)
        {
            var next = i + 1 < result.Count ? result[i + 1].Span.Start : text.Length;
            var previous = i > 0 ? result[i - 1].Span.End : 0;
            var name = ExtendParticle(text, result[i], next);
            // The particle name before may itself be tagged (MISC "Islam" in "Seif al-Islam Kadhafi"): reach over it.
            var before = i > 0 && result[i - 1].Type == EntityType.MISC ? (i > 1 ? result[i - 2].Span.End : 0) : previous;
            name = ExtendParticleBack(text, name, before);
            // The acronym rule may reach over a neighbour ("Libyan" + "Army (LNA)"); overlaps are settled below.
            name = ExtendToAcronym(text, name, Math.Max(0, name.Span.Start - 80));
            // "Saudi" (MISC) + "Arabia" (LOC), "Marshall" (PER) + "Islands": a country or organisation name may reach over the
            // name right before it; the longer span wins below.
            // An extension of the name before may already reach into this one (overlaps are settled below).
            var knownLimit = i > 0 && string.IsNullOrWhiteSpace(text[Math.Min(previous, result[i].Span.Start)..result[i].Span.Start])
                ? result[i - 1].Span.Start : previous;
            name = ExtendToKnownName(text, name, knownLimit, knowledge);
            result[i] = name;
        }
        // Extensions may swallow a neighbour ("Libyan" + "Army"): keep the longer span.
        result.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        var kept = new List<FoundName>();
        foreach (var name in result)
        {
            if (kept.Count > 0 && kept[^1].Span.Overlaps(name.Span))
                continue;
            // "Mohammed bin Salman" tagged as two persons is one.
            if (kept.Count > 0 && (kept[^1].Type == EntityType.PER || name.Type == EntityType.PER)
                && kept[^1].Type is EntityType.PER or EntityType.MISC && name.Type is EntityType.PER or EntityType.MISC
                && InnerParticle().IsMatch(text[kept[^1].Span.End..name.Span.Start]))
            {
                kept[^1] = new FoundName(new TextSpan(kept[^1].Span.Start, name.Span.End), EntityType.PER);
                continue;
            }
            kept.Add(name);
        }
        return kept;
    }

    /// <summary>
    /// "Seif al-Islam Kadhafi" with only "Kadhafi" a person ("al-Islam" read as the religion): a capitalised word and a
    /// hyphenated particle name right before a person name belong to it.
    /// </summary>
    public static FoundName ExtendParticleBack(string text, FoundName name, int limit)
    {
        if (name.Type != EntityType.PER || name.Span.Start - limit < 6)
            return name;
        var from = Math.Max(limit, name.Span.Start - 40);
        var match = ParticleBefore().Match(text[from..name.Span.Start]);
        return match.Success ? name with { Span = new TextSpan(from + match.Index, name.Span.End) } : name;
    }

    /// <summary>
    /// "Deputy Prime Minister John Prescott" tagged from "Prime" on (the tagger, trained to leave titles out, stops at a
    /// rank word it reads as one): a capitalised rank word right before a person span that opens with a title belongs to it,
    /// so the title finder reads the whole office and no "Deputy" stands alone as a name.
    /// </summary>
    public static FoundName ExtendRankBack(string text, FoundName name, int limit, KnowledgeBase knowledge)
    {
        if (name.Type != EntityType.PER || name.Span.Start - limit < 3)
            return name;
        var words = WordSplitter.Split(name.Span.Of(text));
        if (words.Count < 2 || !Enumerable.Range(1, Math.Min(knowledge.MaxTitleWords, words.Count - 1))
                .Any(n => knowledge.FindTitle(string.Join(' ', words.Take(n).Select(w => w.Text))) is not null))
            return name;
        var before = text[limit..name.Span.Start];
        var space = before.Length - before.TrimEnd().Length;
        if (space != 1)
            return name;
        var start = before.Length - 1;
        while (start > 0 && char.IsLetter(before[start - 1]))
            start--;
        var word = before[start..^1];
        return word.Length > 1 && char.IsUpper(word[0]) && TitleRank.IsRankWord(word) && (start == 0 || !char.IsLetterOrDigit(before[start - 1]))
            ? name with { Span = new TextSpan(limit + start, name.Span.End) }
            : name;
    }

    /// <summary>A title or lower-case descriptor inside a tagged span: the capitalised words after it are a person.</summary>
    public static IEnumerable<FoundName> SplitTitle(string text, FoundName name, KnowledgeBase knowledge)
    {
        var words = WordSplitter.Split(name.Span.Of(text));
        // "General Motors", "General Dynamics": a name the knowledge holds whole holds no title.
        if (words.Count < 2 || knowledge.FindOrganisation(name.Span.Of(text)) is not null)
            return [name];
        // The last title or lower-case word (not a name particle) with capitalised words after it.
        var cut = -1;
        var cutEnd = -1;
        for (var i = words.Count - 2; i >= 0 && cut < 0; i--)
        {
            for (var len = Math.Min(knowledge.MaxTitleWords, i + 1); len >= 1; len--)
            {
                var start = i - len + 1;
                var candidate = string.Join(' ', words.Skip(start).Take(len).Select(w => w.Text));
                if (knowledge.FindTitle(candidate) is not null || (len == 1 && IsDescriptor(words[i].Text)))
                {
                    cut = start;
                    cutEnd = i + 1;
                    break;
                }
            }
        }
        if (cut < 0 || !words.Skip(cutEnd).All(w => char.IsUpper(w.Text[0]) || Particle().IsMatch(w.Text)))
            return [name];
        // "Former President", "Acting Director": a rank word before the title is part of it, no name of its own.
        while (cut > 0 && TitleRank.IsRankWord(words[cut - 1].Text))
            cut--;
        // "Marshal Haftar" tagged as a person keeps its span: the title finder reads the title inside it.
        if (cut == 0 && name.Type == EntityType.PER)
            return [name];
        var parts = new List<FoundName>();
        var offset = name.Span.Start;
        if (cut > 0)
        {
            var prefix = new TextSpan(offset + words[0].Span.Start, offset + words[cut - 1].Span.End);
            var prefixText = prefix.Of(text);
            if (knowledge.FindCountry(prefixText) is not null)
                parts.Add(new FoundName(prefix, knowledge.FindCountryByName(prefixText) is not null ? EntityType.GPE : EntityType.MISC));
            else if (cut > 1 || char.IsUpper(prefixText[0]))
                parts.Add(new FoundName(prefix, name.Type == EntityType.PER ? EntityType.MISC : name.Type));
        }
        parts.Add(new FoundName(new TextSpan(offset + words[cutEnd].Span.Start, name.Span.End), EntityType.PER));
        return parts;
    }

    // "strongman", "leader", "commander": a lower-case word inside a name span describes the person after it.
    private static bool IsDescriptor(string word) => word.Length > 2 && char.IsLower(word[0]) && word.All(char.IsLetter) && !Glue.Contains(word);

    /// <summary>"Fayez" + "al-Sarraj": a hyphenated particle name right after a person name belongs to it.</summary>
    public static FoundName ExtendParticle(string text, FoundName name, int limit)
    {
        if (name.Type != EntityType.PER || limit <= name.Span.End)
            return name;
        var after = text.AsSpan(name.Span.End, Math.Min(40, limit - name.Span.End));
        // "Fayez al" + "-Sarraj": the tagger stopped inside the hyphenated particle name; finish it.
        if (after.Length >= 2 && after[0] == '-' && char.IsUpper(after[1]) && ParticleEnd().IsMatch(name.Span.Of(text)))
        {
            var rest = 1;
            while (rest < after.Length && (char.IsLetter(after[rest]) || after[rest] == '\''))
                rest++;
            return name with { Span = new TextSpan(name.Span.Start, name.Span.End + rest) };
        }
        if (after.Length < 3 || after[0] != ' ')
            return name;
        var word = WordSplitter.Split(after[1..].ToString()).FirstOrDefault();
        if (word.Text is null || !Particle().IsMatch(word.Text))
            return name;
        return name with { Span = new TextSpan(name.Span.Start, name.Span.End + 1 + word.Span.End) };
    }

    /// <summary>"National Army (LNA)": take in the capitalised words before the name whose initials spell the acronym.</summary>
    public static FoundName ExtendToAcronym(string text, FoundName name, int limit)
    {
        var match = AcronymAfter().Match(text[name.Span.End..Math.Min(text.Length, name.Span.End + 20)]);
        if (!match.Success)
            return name;
        var letters = match.Groups[1].Value.Where(char.IsUpper).ToArray();
        var from = Math.Min(name.Span.Start, Math.Max(limit, name.Span.Start - 80));
        var before = WordSplitter.Split(text[from..name.Span.End]);
        var initials = new List<char>();
        var start = -1;
        for (var i = before.Count - 1; i >= 0; i--)
        {
            var w = before[i].Text;
            if (Glue.Contains(w))
                continue;
            if (!char.IsUpper(w[0]))
                break;
            initials.Insert(0, w[0]);
            if (initials.Count == letters.Length)
            {
                if (initials.SequenceEqual(letters))
                    start = from + before[i].Span.Start;
                break;
            }
        }
        return start >= 0 && start < name.Span.Start ? name with { Span = new TextSpan(start, name.Span.End) } : name;
    }

    /// <summary>"Nations" after "United": the longest known organisation or country name ending here.</summary>
    public static FoundName ExtendToKnownName(string text, FoundName name, int limit, KnowledgeBase knowledge)
    {
        if (name.Type == EntityType.PER)
            return name;
        var from = Math.Max(limit, name.Span.Start - 60);
        if (from >= name.Span.Start)
            return name;
        var before = WordSplitter.Split(text[from..name.Span.Start]);
        for (var take = Math.Min(4, before.Count); take >= 1; take--)
        {
            var start = from + before[before.Count - take].Span.Start;
            // A name opens with a capital: the knowledge's "the UN" alias must not pull "the" into "told the UN".
            if (char.IsLower(text[start]))
                continue;
            var candidate = string.Join(' ', WordSplitter.Split(text[start..name.Span.End]).Select(w => w.Text));
            if (knowledge.FindOrganisation(candidate) is not null || knowledge.FindCountryByName(candidate) is not null)
                return name with { Span = new TextSpan(start, name.Span.End) };
        }
        return name;
    }
}
