using System.Collections.Frozen;
using System.Collections.Immutable;
using Dateline.Entities;
using Dateline.Model;
using Dateline.Time;

namespace Dateline.Coreference;

/// <summary>
/// A trigger's own arguments read from the dependency parse, as role-tagged keys (<see cref="EventProfile.Arguments"/>):
/// "a:" the agent (subject, "by" phrase), "p:" the patient (object, passive subject; of a noun trigger its "of" phrase
/// and possessor: "the shooting of Reid", "Reid's arrest"), "o:" other nominal dependents (obliques, nominal modifiers,
/// compounds; of a noun trigger its adjectives), "n:" numbers in the trigger's own phrase ("a 6.1 quake", "killed 34"),
/// "t:" the TIMEX3 value of a date in that phrase, "l:" a place named in it. A noun or name gives its lemma (a name its
/// last word: "Tara Reid" → "reid") and, when it lies in an entity mention, that entity's key as well. The phrase is the
/// trigger's subtree without its clauses (another verb's arguments are another event's). Pure; reads the language,
/// names and time layers only.
/// </summary>
public static class EventArguments
{
    /// <summary>Keys kept per mention: a long sentence does not flood the event summary.</summary>
    public const int MaxPerMention = 12;

    /// <param name="key">The entity key of a name (as for participants); null leaves the entity key out.</param>
    public static ImmutableArray<string> Read(Document doc, int head, Func<EntityChain?, string, EntityType, string?>? key = null)
    {
        if (head < 0 || head >= doc.Tokens.Length) return [];
        var ht = doc.Tokens[head];
        if (ht.Sentence < 0 || ht.Sentence >= doc.Sentences.Length) return [];
        var sentence = doc.Sentences[ht.Sentence];
        int first = sentence.FirstToken, end = sentence.FirstToken + sentence.TokenCount;
        bool noun = ht.Upos is "NOUN" or "PROPN";
        var keys = new List<string>();

        void AddToken(string role, int i)
        {
            if (Lemma(doc, i, end) is { } lemma) keys.Add(role + lemma);
            if (key is not null && EntityKey(doc, i, key) is { } e) keys.Add(role + e);
        }

        // Direct dependents: the roles.
        bool subject = false;
        for (int i = first; i < end; i++)
        {
            var t = doc.Tokens[i];
            if (t.Head != head || i == head) continue;
            string kind = Kind(t.Deprel);
            subject |= kind is "nsubj";
            if (InDate(doc, i)) continue;
            bool nominal = t.Upos is "NOUN" or "PROPN";
            string? role = t.Deprel switch
            {
                "nsubj" or "obl:agent" when nominal => "a:",
                "obj" or "iobj" or "nsubj:pass" when nominal => "p:",
                "nmod:poss" when nominal && noun => "p:",
                _ when kind == "nmod" && nominal && noun && HasCase(doc, i, first, end, "by") => "a:",
                _ when kind == "nmod" && nominal && noun && HasCase(doc, i, first, end, "of") => "p:",
                _ when kind is "obl" or "nmod" or "compound" && nominal => "o:",
                _ when kind == "amod" && noun && t.Upos == "ADJ" => "o:",
                _ => null,
            };
            if (role is not null) AddToken(role, i);
        }
        if (ht.Head >= 0 && ht.Head < doc.Tokens.Length)
        {
            var gov = doc.Tokens[ht.Head];
            // A clause on a noun names what it is about: "the earthquake that struck Zembla" ("struck" takes "earthquake").
            if (Kind(ht.Deprel) == "acl" && gov.Upos is "NOUN" or "PROPN") AddToken(ht.Deprel == "acl:relcl" ? "a:" : "p:", ht.Head);
            // A second verb of a coordination shares the first one's subject: "the quake struck and killed 34".
            if (ht.Deprel == "conj" && !subject)
                for (int i = first; i < end; i++)
                    if (doc.Tokens[i].Head == ht.Head && doc.Tokens[i].Deprel == "nsubj" && doc.Tokens[i].Upos is "NOUN" or "PROPN") AddToken("a:", i);
        }

        // The trigger's own phrase: numbers, dates and places in it.
        var phrase = Phrase(doc, head, first, end);
        foreach (int i in phrase)
        {
            var t = doc.Tokens[i];
            if (t.Upos == "NUM" && !InDate(doc, i) && t.Lemma.Any(char.IsLetterOrDigit)) keys.Add("n:" + t.Lemma.ToLowerInvariant());
        }
        foreach (var x in doc.TimeExpressions)
            if (x.Type == TimexType.Date && TimexCompatibility.Parse(x.Value) is not null && phrase.Any(i => x.Span.Start <= doc.Tokens[i].Start && doc.Tokens[i].End <= x.Span.End))
                keys.Add("t:" + x.Value);
        foreach (var em in doc.EntityMentions)
        {
            if (em.Span.Start < sentence.Start || em.Span.Start >= sentence.End) continue;
            var chain = em.Chain >= 0 && em.Chain < doc.EntityChains.Length ? doc.EntityChains[em.Chain] : null;
            var type = chain?.Type ?? em.Type;
            if (type is not (EntityType.LOC or EntityType.GPE)) continue;
            if (!phrase.Any(i => em.Span.Start <= doc.Tokens[i].Start && doc.Tokens[i].End <= em.Span.End)) continue;
            var name = chain?.Name ?? em.Name;
            if (!string.IsNullOrWhiteSpace(name)) keys.Add("l:" + name.Trim().ToLowerInvariant());
        }
        return [.. keys.Distinct(StringComparer.Ordinal).Take(MaxPerMention)];
    }

    /// <summary>The role-free keys of <paramref name="arguments"/> whose role is one of <paramref name="roles"/> ("ap" for agents and patients).</summary>
    public static IEnumerable<string> Of(IEnumerable<string> arguments, string roles) =>
        arguments.Where(a => a.Length > 2 && a[1] == ':' && roles.Contains(a[0], StringComparison.Ordinal)).Select(a => a[2..]);

    /// <summary>The trigger and its dependents, recursively, but not into clauses (another verb's own arguments) or coordinated heads.</summary>
    private static List<int> Phrase(Document doc, int head, int first, int end)
    {
        var inside = new List<int> { head };
        for (int k = 0; k < inside.Count; k++)
            for (int i = first; i < end; i++)
            {
                var t = doc.Tokens[i];
                if (t.Head != inside[k] || inside.Contains(i)) continue;
                if (Kind(t.Deprel) is "ccomp" or "xcomp" or "advcl" or "acl" or "conj" or "parataxis" or "csubj" or "list" or "dep") continue;
                inside.Add(i);
            }
        return inside;
    }

    private static string Kind(string deprel)
    {
        int colon = deprel.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? deprel : deprel[..colon];
    }

    private static bool HasCase(Document doc, int i, int first, int end, string lemma)
    {
        for (int j = first; j < end; j++)
            if (doc.Tokens[j].Head == i && doc.Tokens[j].Deprel == "case" && string.Equals(doc.Tokens[j].Lemma, lemma, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool InDate(Document doc, int i)
    {
        var t = doc.Tokens[i];
        return doc.TimeExpressions.Any(x => x.Span.Start <= t.Start && t.End <= x.Span.End);
    }

    /// <summary>The lemma key of token <paramref name="i"/>: a name's last word ("Tara" heads "Tara Reid" (flat): "reid"); null for light words.</summary>
    private static string? Lemma(Document doc, int i, int sentenceEnd)
    {
        int last = i;
        for (int j = i + 1; j < sentenceEnd && doc.Tokens[j].Head == i && doc.Tokens[j].Deprel.StartsWith("flat", StringComparison.Ordinal); j++) last = j;
        var lemma = doc.Tokens[last].Lemma.ToLowerInvariant();
        return lemma.Length < 2 || !lemma.Any(char.IsLetterOrDigit) || LightArguments.Contains(lemma) ? null : lemma;
    }

    private static string? EntityKey(Document doc, int i, Func<EntityChain?, string, EntityType, string?> key)
    {
        var t = doc.Tokens[i];
        foreach (var em in doc.EntityMentions)
        {
            if (em.Span.Start > t.Start || t.End > em.Span.End) continue;
            var chain = em.Chain >= 0 && em.Chain < doc.EntityChains.Length ? doc.EntityChains[em.Chain] : null;
            var name = chain?.Name ?? em.Name;
            return string.IsNullOrWhiteSpace(name) ? null : key(chain, name, chain?.Type ?? em.Type);
        }
        return null;
    }

    // Nouns any happening has ("people", "time"), which would relate every pair of a story.
    private static readonly FrozenSet<string> LightArguments = FrozenSet.Create(StringComparer.Ordinal,
        "people", "person", "time", "year", "day", "week", "month", "way", "thing", "part", "lot", "one", "some", "all", "number", "other");
}
