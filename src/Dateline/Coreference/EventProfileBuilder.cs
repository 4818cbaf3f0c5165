using System.Collections.Immutable;
using Dateline.Entities;
using Dateline.Events;
using Dateline.Model;
using Dateline.Stories;
using Dateline.Time;

namespace Dateline.Coreference;

/// <summary>
/// Builds the <see cref="EventProfile"/> of one event mention from a parsed document, the same way for the store
/// (a mention our <c>EventCoder</c> found: <c>CrossDocumentLinker</c>) and for the ECB+ evaluation (a gold
/// mention span), so `dateline eval coref` measures what ingest does. Only the participant keys differ by caller:
/// the store keys an entity by its cross-document entity id, the evaluation (which has no entity store) by name.
/// </summary>
public static class EventProfileBuilder
{
    /// <summary>Main actors kept per article: its most mentioned people and organisations.</summary>
    public const int ArticleActorCount = 5;

    /// <summary>The article's main actors: the keys of its <see cref="ArticleActorCount"/> most mentioned people and organisations.</summary>
    public static ImmutableArray<string> ArticleActors(Document doc, Func<EntityChain, string?> key) =>
        [.. doc.EntityChains.Where(c => c.Type is EntityType.PER or EntityType.ORG)
            .OrderByDescending(c => c.Mentions.Length).ThenBy(c => c.Id).Take(ArticleActorCount)
            .Select(key).OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>The token a coded mention's trigger starts at (its head word for a one-word trigger), or -1.</summary>
    public static int TriggerToken(Document doc, EventMention coded)
    {
        int first = -1;
        for (int i = 0; i < doc.Tokens.Length; i++)
        {
            var t = doc.Tokens[i];
            if (t.Start >= coded.TriggerEnd) break;
            if (t.End <= coded.TriggerStart) continue;
            if (first < 0) first = i;
            // The syntactic head of a multi-word trigger ("held talks"): the first token whose head lies outside it.
            if (t.Head < 0 || doc.Tokens[t.Head].Start >= coded.TriggerEnd || doc.Tokens[t.Head].End <= coded.TriggerStart) return i;
        }
        return first;
    }

    /// <summary>
    /// The head lemmas of a trigger's arguments in the dependency parse: its subject, object, oblique and nominal
    /// dependents and compounds that are nouns, names or numbers ("a 6.1 quake struck Indonesia": "quake", "indonesia"),
    /// and for a noun trigger its numeric and adjective modifiers too ("the deadly 6.1 earthquake": "deadly", "6.1");
    /// the noun a trigger clause modifies, and a coordinated verb's shared subject.
    /// Pronouns, dates and light words ("people", "day") say nothing of which happening it is and are left out.
    /// A name is keyed by its last word ("Tara Reid" → "reid"), as the evaluation keys people.
    /// </summary>
    public static ImmutableArray<string> Arguments(Document doc, int head)
    {
        if (head < 0 || head >= doc.Tokens.Length) return [];
        var ht = doc.Tokens[head];
        bool noun = ht.Upos is "NOUN" or "PROPN";
        var result = new List<string>();
        var sentence = doc.Sentences[ht.Sentence];
        int end = sentence.FirstToken + sentence.TokenCount;
        bool subject = false;
        for (int i = sentence.FirstToken; i < end; i++)
        {
            var t = doc.Tokens[i];
            if (t.Head != head || i == head || t.Deprel.EndsWith(":tmod", StringComparison.Ordinal)) continue;
            string kind = Kind(t.Deprel);
            bool argument = kind is "nsubj" or "obj" or "iobj" or "obl" or "nmod" or "compound"
                ? t.Upos is "NOUN" or "PROPN" or "NUM"
                : noun && (kind is "nummod" && t.Upos == "NUM" || kind is "amod" && t.Upos == "ADJ");
            if (argument && Key(doc, i, end) is { } k) result.Add(k);
            subject |= kind == "nsubj";
        }
        if (ht.Head >= 0 && ht.Head < doc.Tokens.Length)
        {
            var gov = doc.Tokens[ht.Head];
            // A clause on a noun names what it is about: "the earthquake that struck Zembla" ("struck" takes "earthquake").
            if (Kind(ht.Deprel) == "acl" && gov.Upos is "NOUN" or "PROPN" && Key(doc, ht.Head, end) is { } g) result.Add(g);
            // A second verb of a coordination shares the first one's subject: "the quake struck and killed 34" ("killed" takes "quake").
            if (ht.Deprel == "conj" && !subject)
                for (int i = sentence.FirstToken; i < end; i++)
                    if (doc.Tokens[i].Head == ht.Head && Kind(doc.Tokens[i].Deprel) == "nsubj" && doc.Tokens[i].Upos is "NOUN" or "PROPN" && Key(doc, i, end) is { } k)
                        result.Add(k);
        }
        return [.. result.Distinct(StringComparer.Ordinal)];
    }

    private static string Kind(string deprel)
    {
        int colon = deprel.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? deprel : deprel[..colon];
    }

    /// <summary>The argument key of token <paramref name="i"/>: its lemma, a name's last word ("Tara" heads "Tara Reid"
    /// (flat): "reid"); null for light words and dates.</summary>
    private static string? Key(Document doc, int i, int sentenceEnd)
    {
        var t = doc.Tokens[i];
        int last = i;
        for (int j = i + 1; j < sentenceEnd && doc.Tokens[j].Head == i && doc.Tokens[j].Deprel.StartsWith("flat", StringComparison.Ordinal); j++) last = j;
        var lemma = doc.Tokens[last].Lemma.ToLowerInvariant();
        if (lemma.Length < 2 || !lemma.Any(char.IsLetterOrDigit) || LightArguments.Contains(lemma)) return null;
        return doc.TimeExpressions.Any(x => x.Span.Start <= t.Start && t.End <= x.Span.End) ? null : lemma;
    }

    // Nouns any happening has ("people", "time"), which would relate every pair of a story.
    private static readonly System.Collections.Frozen.FrozenSet<string> LightArguments = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "people", "person", "time", "year", "day", "week", "month", "way", "thing", "part", "lot", "one", "some", "all", "number", "other");

    /// <param name="doc">The parsed article (language, time, names, events layers).</param>
    /// <param name="head">Index of the trigger's head token.</param>
    /// <param name="coded">The event our coder found at this trigger, when there is one: its type, and its date when the text states one.</param>
    /// <param name="key">The participant key of a name (its chain when it has one, the name, its type); null leaves it out.</param>
    public static EventProfile Build(
        Document doc, string id, string documentId, string? storyId, int head, string trigger, EventMention? coded,
        Func<EntityChain?, string, EntityType, string?> key, ImmutableArray<string> articleActors)
    {
        var ht = doc.Tokens[head];
        var sentSpan = doc.Sentences[ht.Sentence];
        // Participants and place: what our coder read for this trigger (its sources and targets, its place) when it
        // found an event there ("to Paris for talks with Macron, a day after meeting Conte in Rome": each trigger its
        // own); else every name in the sentence and its first place.
        var participants = new List<EventParticipant>();
        string? place = null, country = null;
        if (coded is not null)
        {
            foreach (var a in coded.Source.Concat(coded.Target))
            {
                if (a.Chain is not int ci || ci < 0 || ci >= doc.EntityChains.Length) continue;
                var chain = doc.EntityChains[ci];
                if (key(chain, chain.Name, chain.Type) is { } k) participants.Add(new EventParticipant(k, chain.Name));
            }
            if (coded.EventLoc.Text is { } loc) (place, country) = (loc, coded.EventLoc.Country);
        }
        bool codedParticipants = participants.Count > 0;
        foreach (var em in doc.EntityMentions)
        {
            if (em.Span.Start < sentSpan.Start || em.Span.Start >= sentSpan.End) continue;
            var chain = em.Chain >= 0 && em.Chain < doc.EntityChains.Length ? doc.EntityChains[em.Chain] : null;
            var name = chain?.Name ?? em.Name;
            if (string.IsNullOrWhiteSpace(name)) continue;
            var type = chain?.Type ?? em.Type;
            if (type is EntityType.LOC or EntityType.GPE && place is null) { place = name; country = chain?.Country ?? em.Country; }
            if (!codedParticipants && key(chain, name, type) is { } k) participants.Add(new EventParticipant(k, name));
        }
        // The date: the one the text gives for this event. When our coder read the trigger and found no date governing
        // it, none ("will travel next week, a day after meeting Conte": "next week" is not the meeting's); a date taken
        // from the publication date is no evidence either. Only a trigger the coder did not read takes the sentence's
        // first calendar date.
        string? time, timeText;
        if (coded?.Date is { Text: { } stated, Value: { } value } && TimexCompatibility.Parse(value) is not null) (time, timeText) = (value, stated);
        else if (coded is not null) (time, timeText) = (null, null);
        else
        {
            var t = doc.TimeExpressions.FirstOrDefault(t => t.Span.Start >= sentSpan.Start && t.Span.Start < sentSpan.End && t.Type == TimexType.Date && TimexCompatibility.Parse(t.Value) is not null);
            (time, timeText) = (t?.Value, t?.Text);
        }
        var context = StoryProfileBuilder.CountTerms(doc.Tokens.Skip(sentSpan.FirstToken).Take(sentSpan.TokenCount).Select(t => (t.Lemma, t.Upos)))
            .Keys.Where(k => !string.Equals(k, ht.Lemma, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal);
        return new EventProfile
        {
            Id = id,
            DocumentId = documentId,
            StoryId = storyId,
            Trigger = trigger,
            TriggerLemma = ht.Lemma.ToLowerInvariant(),
            TriggerPos = ht.Upos,
            EventClass = coded?.Event,
            Participants = [.. participants.DistinctBy(p => p.Key)],
            Time = time,
            TimeRelative = timeText is not null && !timeText.Any(char.IsAsciiDigit),
            Place = place,
            PlaceCountry = country,
            Context = [.. context],
            Arguments = Arguments(doc, head),
            ArticleActors = articleActors,
        };
    }
}
