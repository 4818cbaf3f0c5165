using Dateline.Language;

namespace Dateline.Coreference;

/// <summary>
/// The evidence on one (mention, candidate event) pair as a feature vector for the learned decision
/// (<see cref="EventDecisionModel"/>): the components the hand-weighted score adds (trigger similarity and how it
/// arose, context, participants, article actors, dates, place, type), plus what a learner can weigh and hand
/// weights could not: the trigger lemma's own coreference rate, parts of speech, lead sentences, the same document,
/// the candidate's size, the unrelated trigger crossed with the other evidence, and since session 7 the shares of the
/// trigger's own agents and patients read from the parse (<see cref="EventArguments"/>), since session 10 GloVe cosines of the
/// trigger with the event's other triggers and with its sentence words (<see cref="EventVectors"/>). The unrelated-trigger veto of the
/// hand linker is a feature here; the vetoes the product relies on (another story, another type, disjoint dates,
/// a stated place in another country) stay vetoes: <see cref="Compute"/> returns null.
/// </summary>
public static class EventPairFeatures
{
    /// <summary>Feature names, in vector order; the model file names its weights by them.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "bias",
        "trigger.same_lemma", "trigger.form", "trigger.pair_rate", "trigger.same_type_only", "trigger.unrelated",
        "trigger.similarity", "trigger.self_rate", "trigger.self_unknown", "trigger.lemma_share",
        "type.same",
        "context", "context.unrelated", "context.high_unrelated",
        "participants.share", "participants.none_shared", "participants.share_unrelated",
        "actors.share", "actors.none_shared", "actors.share_unrelated",
        "date.compatible", "date.overlaps", "date.disagree", "date.unknown",
        "place.same", "place.same_country", "place.other_country",
        "size.log",
        "pos.noun_noun", "pos.verb_verb", "pos.mixed", "pos.mixed_unrelated",
        "lead.both", "lead.both_unrelated",
        "document.same", "document.same_unrelated",
        "args.agent_share", "args.patient_share",
        "vec.trigger_max", "vec.trigger_max_unrelated", "vec.trigger_context", "vec.trigger_context_unrelated",
    ];

    public static int Count => Names.Count;

    /// <summary>The features of <paramref name="m"/> joining <paramref name="c"/>; null when a product veto applies.</summary>
    public static double[]? Compute(EventProfile m, EventClusterSummary c, TriggerRelations relations, EventLinkerOptions o) =>
        Compute(m, c, relations, o, out _);

    /// <summary>As <see cref="Compute(EventProfile, EventClusterSummary, TriggerRelations, EventLinkerOptions)"/>, with the veto said in words.</summary>
    public static double[]? Compute(EventProfile m, EventClusterSummary c, TriggerRelations relations, EventLinkerOptions o, out string? veto)
    {
        veto = null;
        if (o.RequireSameStory && m.StoryId is { } st && !c.Stories.ContainsKey(st)) { veto = $"other story (not {st})"; return null; }
        var x = new double[Count];
        int i = 0;
        x[i++] = 1;

        bool sameClass = false;
        if (m.EventClass is { } cls && c.Classes.Count > 0)
        {
            if (c.Classes.ContainsKey(cls)) sameClass = true;
            else if (o.VetoIncompatible) { veto = $"type {cls} ≠ {string.Join("/", c.Classes.Keys.Order(StringComparer.Ordinal))}"; return null; }
        }

        // Trigger: the best lemma of the event, and how the similarity arose.
        var (trig, match) = EventLinker.BestTrigger(m, c, relations);
        bool same = c.Lemmas.ContainsKey(m.TriggerLemma);
        bool form = !same && match is not null && TriggerForms.Similarity(m.TriggerLemma, match) > 0;
        bool typeOnly = sameClass && trig < EventLinker.SameTypeTrigger;
        if (typeOnly) trig = EventLinker.SameTypeTrigger;
        double u = trig == 0 ? 1 : 0;
        x[i++] = same ? 1 : 0;
        x[i++] = form ? 1 : 0;
        x[i++] = !same && !form && !typeOnly && trig > 0 ? trig : 0;
        x[i++] = typeOnly ? 1 : 0;
        x[i++] = u;
        x[i++] = trig;
        var self = relations.Lookup(m.TriggerLemma, m.TriggerLemma);
        x[i++] = self is { } s && s.Pairs >= TriggerRelations.MinPairsForSelf ? (s.Same + 0.0) / (s.Pairs + 2.0) : 0;
        x[i++] = self is { } s2 && s2.Pairs >= TriggerRelations.MinPairsForSelf ? 0 : 1;
        x[i++] = c.MentionCount == 0 ? 0 : (double)c.Lemmas.GetValueOrDefault(m.TriggerLemma) / c.MentionCount;
        x[i++] = sameClass ? 1 : 0;

        double ctx = EventLinker.Cosine(m, c);
        x[i++] = ctx;
        x[i++] = ctx * u;
        x[i++] = ctx >= 0.3 ? u : 0;

        double pshare = 0;
        bool pnone = false;
        if (m.Participants.Length > 0 && c.Participants.Count > 0)
        {
            var keys = m.Participants.Select(p => p.Key).Distinct(StringComparer.Ordinal).ToList();
            int shared = keys.Count(c.Participants.ContainsKey);
            pshare = (double)shared / Math.Min(keys.Count, c.Participants.Count);
            pnone = shared == 0;
        }
        x[i++] = pshare;
        x[i++] = pnone ? 1 : 0;
        x[i++] = pshare * u;

        double ashare = 0;
        bool anone = false;
        if (m.ArticleActors.Length > 0 && c.ArticleActors.Count > 0)
        {
            int shared = m.ArticleActors.Count(c.ArticleActors.ContainsKey);
            ashare = (double)shared / Math.Min(m.ArticleActors.Length, c.ArticleActors.Count);
            anone = shared == 0;
        }
        x[i++] = ashare;
        x[i++] = anone ? 1 : 0;
        x[i++] = ashare * u;

        // Dates: the best relation over the event's dates; disjoint dates veto unless the reports merely disagree.
        double compatible = 0, overlaps = 0, disagree = 0, unknown = 1;
        if (m.Time is { } time && c.Times.Count > 0)
        {
            var (best, other) = EventLinker.BestTime(time, c);
            if (best is TimexRelation.Same or TimexRelation.Inside or TimexRelation.Contains) (compatible, unknown) = (1, 0);
            else if (best == TimexRelation.Overlaps) (overlaps, unknown) = (1, 0);
            else if (best == TimexRelation.Disjoint)
            {
                if (EventLinker.Disagreement(m, c, o) is not null) (disagree, unknown) = (1, 0);
                else if (o.VetoIncompatible) { veto = $"dates {TimexCompatibility.Describe(time, other, best)} incompatible"; return null; }
                else unknown = 0;
            }
        }
        x[i++] = compatible;
        x[i++] = overlaps;
        x[i++] = disagree;
        x[i++] = unknown;

        double samePlace = 0, sameCountry = 0, otherCountry = 0;
        if (m.Place is { } place && c.Places.Count > 0 && c.Places.ContainsKey(place.ToLowerInvariant())) samePlace = 1;
        else if (m.PlaceCountry is { } country && c.Countries.Count > 0)
        {
            if (c.Countries.ContainsKey(country)) sameCountry = 1;
            else if (o.VetoOtherCountry && (m.PlaceStated || c.StatedCountries.Count > 0))
            {
                veto = $"country {country} ≠ {string.Join("/", c.Countries.Keys.Order(StringComparer.Ordinal))}";
                return null;
            }
            else otherCountry = 1;
        }
        x[i++] = samePlace;
        x[i++] = sameCountry;
        x[i++] = otherCountry;

        x[i++] = Math.Log(1 + c.MentionCount);

        // Parts of speech: the mention's against the event's most frequent one.
        string? cpos = c.Pos.Count == 0 ? null : c.Pos.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
        bool mNoun = m.TriggerPos is "NOUN" or "PROPN", mVerb = m.TriggerPos == "VERB";
        bool cNoun = cpos is "NOUN" or "PROPN", cVerb = cpos == "VERB";
        x[i++] = mNoun && cNoun ? 1 : 0;
        x[i++] = mVerb && cVerb ? 1 : 0;
        bool mixed = (mNoun && cVerb) || (mVerb && cNoun);
        x[i++] = mixed ? 1 : 0;
        x[i++] = mixed ? u : 0;

        bool lead = m.Lead && c.LeadMentions > 0;
        x[i++] = lead ? 1 : 0;
        x[i++] = lead ? u : 0;

        bool sameDoc = c.Documents.ContainsKey(m.DocumentId);
        x[i++] = sameDoc ? 1 : 0;
        x[i++] = sameDoc ? u : 0;

        // The trigger's own agent and patient from the parse (EventArguments): "police arrested Reid" and "Reid's arrest"
        // share a patient. An event's keys are those of any of its mentions.
        var mArgs = m.Arguments.IsDefault ? [] : m.Arguments;
        x[i++] = RoleShare(mArgs, c, "a");
        x[i++] = RoleShare(mArgs, c, "p");

        // GloVe cosines (EventVectors), since session 10: a different-lemma trigger of the same happening is near in the
        // vectors ("dead" / "die"), crossed with the unrelated flag so that it can rescue such a pair; a trigger near the
        // event's sentence words is more likely another happening of the story told in them ("shooting" in an arrest's
        // sentences), so that cosine weighs against the join.
        var vectors = WordVectors.BuiltIn;
        double tmax = EventVectors.TriggerMax(vectors, m.TriggerLemma, c.Lemmas);
        double tctx = EventVectors.TriggerContext(vectors, m.TriggerLemma, c.Context);
        x[i++] = tmax;
        x[i++] = tmax * u;
        x[i++] = tctx;
        x[i++] = tctx * u;
        return x;
    }

    /// <summary>The share of the mention's arguments in one role that the event also has in that role; 0 when either has none.</summary>
    private static double RoleShare(IEnumerable<string> m, EventClusterSummary c, string role)
    {
        var mine = EventArguments.Of(m, role).ToHashSet(StringComparer.Ordinal);
        if (mine.Count == 0) return 0;
        var theirs = EventArguments.Of(c.Arguments.Keys, role).ToHashSet(StringComparer.Ordinal);
        return theirs.Count == 0 ? 0 : (double)mine.Count(theirs.Contains) / Math.Min(mine.Count, theirs.Count);
    }
}
