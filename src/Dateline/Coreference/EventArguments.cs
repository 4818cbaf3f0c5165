using System.Collections.Frozen;
using System.Collections.Immutable;
using Dateline.Entities;
using Dateline.Model;
using Dateline.Time;

namespace Dateline.Coreference;

/// <summary>
/// A trigger's own agent and patient read from the dependency parse, as role-tagged keys (<see cref="EventProfile.Arguments"/>):
/// "a:" the agent (subject, "by" phrase; the noun a relative clause modifies: "the gunman who shot"; a coordinated verb's
/// shared subject), "p:" the patient (object, passive subject; of a noun trigger its "of" phrase and possessor: "the
/// shooting of Reid", "Reid's arrest"). Nouns and names only (no pronouns, no dates, no light nouns like "people"): a
/// noun gives its lemma, a name its last word ("Tara Reid" → "reid") and, when it lies in an entity mention, that
/// entity's key as well. Pure; reads the language, names and time layers only. Other roles, numbers, the phrase's own
/// date and place were tried as evidence and did not help (src/Dateline/Coreference/README.md, "Session 7").
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

        return [.. keys.Distinct(StringComparer.Ordinal).Take(MaxPerMention)];
    }

    /// <summary>The role-free keys of <paramref name="arguments"/> whose role is one of <paramref name="roles"/> ("a", "p", "ap").</summary>
    public static IEnumerable<string> Of(IEnumerable<string> arguments, string roles) =>
        arguments.Where(a => a.Length > 2 && a[1] == ':' && roles.Contains(a[0], StringComparison.Ordinal)).Select(a => a[2..]);

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
