using Dateline.Entities;
using Dateline.Model;

namespace Dateline.Events;

/// <summary>
/// The dateline ("GENEVA, March 3 (Reuters) -") says where the reporter is, not where everything reported happened: a
/// Geneva-datelined roundup's missile test is not in Geneva. A sentence that names no place takes the dateline's city only
/// when its paragraph names no other place and the event is plausibly there: a meeting or visit, a statement by no one of
/// another country, a deed of the dateline's country alone; or (after the article is coded) a participant of a meeting or
/// statement is at the dateline city by another sentence. Otherwise the place is unknown and its reason says why.
/// </summary>
public sealed partial class EventCoder
{
    /// <summary>The start of the reason of a place withheld from the dateline; <see cref="PlaceByOtherSentence"/> reads it.</summary>
    private const string DatelineWithheld = "no place in the sentence; the dateline ";

    /// <summary>Said, not done: a statement is made where the speaker is, which the dateline may be.</summary>
    private static readonly FrozenWords StatementTypes = new("ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "AGREE");

    private static bool Statement(string type, string? mode) => StatementTypes.Contains(type) || (type == "PROTEST" && mode is null);

    /// <summary>A meeting or visit in person (a phone call is made from anywhere).</summary>
    private static bool Meeting(string type, string? mode) => type == "CONSULT" && mode != "phone";

    private EventPlace DatelinePlace(DocContext ctx, Sentence sentence, Trigger trigger, List<EventActor> sources, List<EventActor> targets, EventPlace dateline)
    {
        var country = dateline.Country;
        var where = dateline.Text ?? "the dateline";
        EventPlace Withheld(string why) => new() { Reason = $"{DatelineWithheld}({where}) is where the story was filed, {why}" };
        EventPlace Taken(string why) => dateline with { Reason = $"{dateline.Reason}; taken because {why}" };
        // "North Korea fired a missile ..." in the paragraph of a Geneva meeting: the paragraph is about somewhere else.
        if (OtherPlace(ctx, sentence, sources, targets, dateline) is { } elsewhere)
            return Withheld($"and its paragraph names another place ('{elsewhere}')");
        bool statement = Statement(trigger.Event, trigger.Mode);
        // A statement is made where its speaker is; a deed involves both sides.
        var parties = statement ? sources : sources.Concat(targets).ToList();
        var local = country is null ? null : parties.FirstOrDefault(a => a.Country == country);
        var foreign = parties.FirstOrDefault(a => a.Country is not null && a.Country != country);
        if (Meeting(trigger.Event, trigger.Mode))
            return Taken(local is not null ? $"{local.Name} ({local.Country}) is of the dateline's country"
                : $"a {trigger.Mode ?? "meeting"} is plausibly where the reporter is and its paragraph names no other place");
        if (statement)
            return foreign is not null ? Withheld($"and the speaker {foreign.Name} is of {foreign.Country}, not {country ?? "its country"}")
                : Taken(local is not null ? $"the speaker {local.Name} ({local.Country}) is of the dateline's country"
                    : "a statement by no one of another country is plausibly made where the reporter is and its paragraph names no other place");
        // "TRIPOLI - Libyan forces shelled ...": a deed of the dateline's country alone happens where the reporter is.
        if (local is not null && foreign is null) return Taken($"{local.Name} ({local.Country}) is of the dateline's country and no participant of another");
        return Withheld(local is not null ? $"not where the {trigger.Event} event with {foreign!.Name} ({foreign.Country}) is"
            : $"not where the {trigger.Event} event is: no participant is of {country ?? "its country"}");
    }

    /// <summary>
    /// A place named in the sentence's paragraph other than the event's own actors, their countries and the dateline: a
    /// country, or a city the gazetteer knows ("Tel Aviv" in a Jerusalem-datelined story). Names the gazetteer does not
    /// know ("Parliament", "White House") are no place here.
    /// </summary>
    private string? OtherPlace(DocContext ctx, Sentence sentence, List<EventActor> sources, List<EventActor> targets, EventPlace dateline)
    {
        var d = ctx.Doc;
        int from = sentence.Start, to = sentence.End;
        foreach (var p in d.Paragraphs)
            if (p.Start <= sentence.Start && sentence.Start < p.End) { from = p.Start; to = Math.Max(p.End, sentence.End); break; }
        var actors = sources.Concat(targets).ToList();
        foreach (int m in ctx.BodyMentions)
        {
            var mention = d.EntityMentions[m];
            if (mention.Type is not (EntityType.GPE or EntityType.LOC) || mention.Span.Start < from || mention.Span.End > to) continue;
            if (ctx.InTimeOrDateline(ctx.TokenAt(mention.Span.Start))) continue;
            if (actors.Any(a => a.Start < mention.Span.End && mention.Span.Start < a.End)) continue;
            var name = mention.Name.Length > 0 ? mention.Name : mention.Text;
            if (string.Equals(name, dateline.Text, StringComparison.OrdinalIgnoreCase)) continue;
            if (mention.KnowledgeId?.StartsWith("country:", StringComparison.Ordinal) ?? false)
            {
                // "US Secretary of State Antony Blinken": a participant's own country, or the dateline's, is no other place.
                if (mention.Country == dateline.Country || actors.Any(a => a.Country is not null && a.Country == mention.Country)) continue;
                return mention.Text;
            }
            if (_places.Locate(d, mention, ctx.Places, "").Latitude is not null) return mention.Text;
        }
        return null;
    }

    /// <summary>
    /// "PARIS - Macron held talks with Haftar in Paris ... Haftar refused to commit to a ceasefire": a meeting or statement
    /// whose place was withheld from the dateline takes it when one of its participants is at the dateline city by another
    /// sentence's own words. Force and other deeds are not drawn there: Haftar in Paris does not put his army's shelling there.
    /// </summary>
    private static void PlaceByOtherSentence(DocContext ctx, List<EventMention> events)
    {
        if (ctx.Places.Dateline is not { Text: { } city } dateline) return;
        var there = new Dictionary<int, EventMention>();
        foreach (var e in events)
        {
            if (!string.Equals(e.EventLoc.Text, city, StringComparison.OrdinalIgnoreCase) || e.EventLoc.Reason.StartsWith("no place in the sentence", StringComparison.Ordinal)) continue;
            foreach (var a in e.Source.Concat(e.Target))
                if (a.Chain is int c) there.TryAdd(c, e);
        }
        if (there.Count == 0) return;
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (!e.EventLoc.Reason.StartsWith(DatelineWithheld, StringComparison.Ordinal) || e.EventLoc.Reason.Contains("names another place", StringComparison.Ordinal)) continue;
            if (!Meeting(e.Event, e.Mode) && !Statement(e.Event, e.Mode)) continue;
            if (e.Source.Concat(e.Target).FirstOrDefault(a => a.Chain is int c && there.ContainsKey(c)) is not { } present) continue;
            var by = there[present.Chain!.Value];
            events[i] = e with { EventLoc = dateline with { Reason = $"{dateline.Reason}; taken because {present.Name} is there by another sentence ('{by.Trigger}' in {by.EventLoc.Text})" } };
        }
    }
}
