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
        bool placeStated = false;
        if (coded is not null)
        {
            foreach (var a in coded.Source.Concat(coded.Target))
            {
                if (a.Chain is not int ci || ci < 0 || ci >= doc.EntityChains.Length) continue;
                var chain = doc.EntityChains[ci];
                if (key(chain, chain.Name, chain.Type) is { } k) participants.Add(new EventParticipant(k, chain.Name));
            }
            if (coded.EventLoc.Text is { } loc) (place, country, placeStated) = (loc, coded.EventLoc.Country, true);
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
            // A nationality or other MISC name ("Israeli", "the Oscars") is context, not a participant: it is in most sentences of a story.
            if (!codedParticipants && type != EntityType.MISC && key(chain, name, type) is { } k) participants.Add(new EventParticipant(k, name));
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
            Lead = ht.Sentence < 2,
            EventClass = coded?.Event,
            Participants = [.. participants.DistinctBy(p => p.Key)],
            Time = time,
            TimeRelative = timeText is not null && !timeText.Any(char.IsAsciiDigit),
            Place = place,
            PlaceCountry = country,
            PlaceStated = placeStated,
            Context = [.. context],
            Arguments = EventArguments.Read(doc, head, key),
            ArticleActors = articleActors,
        };
    }
}
