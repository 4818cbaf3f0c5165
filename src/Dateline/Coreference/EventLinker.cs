using System.Globalization;
using System.Text;
using Dateline.Time;

namespace Dateline.Coreference;

/// <summary>
/// Decides, one mention at a time, whether a new event mention reports an event already known (one of the
/// candidate summaries the store fetched by <see cref="EventKeys.ForLookup"/>) or a new one. Pure: the same
/// mention and candidates give the same decision; the cost is linear in the number of candidates, whose
/// summaries are bounded, so linking one more mention does not grow with the store.
/// The score adds weighted evidence (<see cref="EventLinkerOptions"/>): trigger form, context words,
/// participants, dates at their precisions, place, story, PLOVER type. Known-incompatible dates or types veto.
/// </summary>
public sealed class EventLinker
{
    public EventLinker(EventLinkerOptions? options = null, TriggerRelations? relations = null, EventDecisionModel? model = null)
    {
        Options = options ?? EventLinkerOptions.Default;
        Relations = relations ?? TriggerRelations.BuiltIn;
        Model = model;
    }

    /// <summary>A learned decision that replaces the weighted score and the unrelated-trigger veto; null for the hand weights.</summary>
    public EventDecisionModel? Model { get; }

    public EventLinkerOptions Options { get; }

    /// <summary>How related two triggers of the same PLOVER type count at least.</summary>
    public const double SameTypeTrigger = 0.8;

    /// <summary>Learned trigger-lemma evidence; <see cref="TriggerRelations.Empty"/> for forms only.</summary>
    public TriggerRelations Relations { get; }

    public EventLinkDecision Link(EventProfile mention, IReadOnlyList<EventClusterSummary> candidates)
    {
        if (Model is not null) return LinkLearned(mention, candidates, Model);
        EventClusterSummary? best = null;
        double bestScore = double.NegativeInfinity;
        string bestWhy = "";
        foreach (var c in candidates)
        {
            var (score, why) = Score(mention, c);
            // Ties go to the larger, then the earlier-named event, so decisions do not depend on candidate order.
            if (best is null || score > bestScore || (score == bestScore &&
                (c.MentionCount > best.MentionCount || (c.MentionCount == best.MentionCount && string.CompareOrdinal(c.Id, best.Id) < 0))))
                (best, bestScore, bestWhy) = (c, score, why);
        }
        if (best is null) return new EventLinkDecision(null, 0, "no candidate event: new event");
        var s = bestScore.ToString("0.00", CultureInfo.InvariantCulture);
        var t = Options.Threshold.ToString("0.00", CultureInfo.InvariantCulture);
        return bestScore >= Options.Threshold
            ? new EventLinkDecision(best.Id, bestScore, $"joins {best.Id}: {bestWhy} → {s} ≥ {t}")
            : new EventLinkDecision(null, Math.Max(0, bestScore), $"new event; best {best.Id}: {bestWhy} → {(double.IsNegativeInfinity(bestScore) ? "vetoed" : s)} < {t}");
    }

    /// <summary>
    /// The learned decision: the candidate the model gives the highest probability joins when it reaches the model's
    /// threshold. The explanation names the trigger match and the features that weighed most for and against.
    /// </summary>
    private EventLinkDecision LinkLearned(EventProfile mention, IReadOnlyList<EventClusterSummary> candidates, EventDecisionModel model)
    {
        EventClusterSummary? best = null;
        double bestP = -1;
        double[]? bestX = null;
        string? firstVeto = null;
        foreach (var c in candidates)
        {
            if (EventPairFeatures.Compute(mention, c, Relations, Options, out var veto) is not { } x) { firstVeto ??= $"{c.Id}: {veto}"; continue; }
            double p = model.Probability(x);
            if (best is null || p > bestP || (p == bestP &&
                (c.MentionCount > best.MentionCount || (c.MentionCount == best.MentionCount && string.CompareOrdinal(c.Id, best.Id) < 0))))
                (best, bestP, bestX) = (c, p, x);
        }
        if (candidates.Count == 0) return new EventLinkDecision(null, 0, "no candidate event: new event");
        var t = F(model.Threshold);
        if (best is null || bestX is null)
            return new EventLinkDecision(null, 0, $"new event; every candidate vetoed ({firstVeto})");
        var why = $"p {F(bestP)}; trigger '{mention.TriggerLemma}' vs {string.Join("/", best.Lemmas.Keys.Order(StringComparer.Ordinal).Take(3))}; {Contributions(model, bestX)}";
        return bestP >= model.Threshold
            ? new EventLinkDecision(best.Id, bestP, $"joins {best.Id}: {why} → {F(bestP)} ≥ {t}")
            : new EventLinkDecision(null, bestP, $"new event; best {best.Id}: {why} → {F(bestP)} < {t}");
    }

    /// <summary>The four features that moved the logit most, with their values and signed contributions.</summary>
    private static string Contributions(EventDecisionModel model, double[] x) =>
        string.Join(", ", Enumerable.Range(1, x.Length - 1)
            .Select(j => (Name: EventPairFeatures.Names[j], Value: x[j], C: model.Weights[j] * x[j]))
            .Where(f => f.C != 0).OrderByDescending(f => Math.Abs(f.C)).ThenBy(f => f.Name, StringComparer.Ordinal).Take(4)
            .Select(f => $"{f.Name} {F(f.Value)} ({(f.C >= 0 ? "+" : "")}{F(f.C)})"));

    /// <summary>The score of <paramref name="m"/> joining <paramref name="c"/> and its explanation; −∞ when vetoed.</summary>
    public (double Score, string Explanation) Score(EventProfile m, EventClusterSummary c)
    {
        var o = Options;
        var why = new StringBuilder();
        double score = 0;

        if (o.RequireSameStory && m.StoryId is { } st && !c.Stories.ContainsKey(st))
            return (double.NegativeInfinity, $"other story (not {st})");

        // Type: a known different type vetoes; the same type relates the triggers ("met" and "held talks", CONSULT).
        bool sameClass = false;
        if (m.EventClass is { } cls && c.Classes.Count > 0)
        {
            if (c.Classes.ContainsKey(cls)) { sameClass = true; score += o.ClassWeight; Append(why, $"same type {cls}"); }
            else
            {
                Append(why, $"type {cls} ≠ {string.Join("/", c.Classes.Keys.Order(StringComparer.Ordinal))}");
                if (o.VetoIncompatible) return (double.NegativeInfinity, why.ToString());
            }
        }

        // Trigger: the same lemma, a related form or learned pair, or the same type; unrelated triggers never join.
        var (trig, match) = BestTrigger(m, c, Relations);
        if (sameClass && trig < SameTypeTrigger) (trig, match) = (SameTypeTrigger, null);
        if (trig == 0)
        {
            Append(why, $"trigger '{m.TriggerLemma}' unrelated to {string.Join("/", c.Lemmas.Keys.Order(StringComparer.Ordinal).Take(3))}");
            return (double.NegativeInfinity, why.ToString());
        }
        score += o.TriggerWeight * trig;
        Append(why, match == m.TriggerLemma ? $"trigger '{m.TriggerLemma}' ({F(trig)})" : match is null ? $"trigger '{m.TriggerLemma}' of the same type ({F(trig)})" : $"trigger '{m.TriggerLemma}' ~ '{match}' ({F(trig)})");

        // Participants.
        if (m.Participants.Length > 0 && c.Participants.Count > 0)
        {
            var shared = m.Participants.Where(p => c.Participants.ContainsKey(p.Key)).Select(p => p.Name).Distinct(StringComparer.Ordinal).ToList();
            int denom = Math.Min(m.Participants.Select(p => p.Key).Distinct(StringComparer.Ordinal).Count(), c.Participants.Count);
            double share = denom == 0 ? 0 : (double)shared.Count / denom;
            score += o.ParticipantWeight * share;
            Append(why, $"participants {shared.Count}/{denom} shared" + (shared.Count > 0 ? $" ({string.Join(", ", shared)})" : ""));
        }

        // The articles' main actors.
        if (o.ArticleActorWeight > 0 && m.ArticleActors.Length > 0 && c.ArticleActors.Count > 0)
        {
            int shared = m.ArticleActors.Count(c.ArticleActors.ContainsKey);
            double share = (double)shared / Math.Min(m.ArticleActors.Length, c.ArticleActors.Count);
            score += shared == 0 ? -o.ArticleActorWeight : o.ArticleActorWeight * share;
            Append(why, $"article actors {shared}/{Math.Min(m.ArticleActors.Length, c.ArticleActors.Count)} shared");
        }

        // Date at its precision.
        if (m.Time is { } time && c.Times.Count > 0)
        {
            var (best, other) = BestTime(time, c);
            if (best is TimexRelation.Same or TimexRelation.Inside or TimexRelation.Contains or TimexRelation.Overlaps)
            {
                score += o.TimeWeight * (best == TimexRelation.Overlaps ? 0.5 : 1);
                Append(why, $"dates {TimexCompatibility.Describe(time, other, best)} compatible");
            }
            else if (best == TimexRelation.Disjoint && Disagreement(m, c, o) is { } disagreement)
            {
                // Two outlets a day apart on one meeting in one place between the same people: one event, two versions.
                score -= o.TimeWeight;
                Append(why, $"dates disagree ({time} vs {disagreement}), kept as two versions");
            }
            else if (best == TimexRelation.Disjoint)
            {
                Append(why, $"dates {TimexCompatibility.Describe(time, other, best)} incompatible");
                if (o.VetoIncompatible) return (double.NegativeInfinity, why.ToString());
                score -= o.TimeWeight;
            }
        }

        // Place.
        if (m.Place is { } place && c.Places.Count > 0 && c.Places.ContainsKey(place.ToLowerInvariant()))
        {
            score += o.PlaceWeight;
            Append(why, $"same place {place}");
        }
        else if (m.PlaceCountry is { } country && c.Countries.Count > 0)
        {
            if (c.Countries.ContainsKey(country)) { score += o.PlaceWeight * 0.5; Append(why, $"same country {country}"); }
            else
            {
                Append(why, $"country {country} ≠ {string.Join("/", c.Countries.Keys.Order(StringComparer.Ordinal))}");
                // A place one side states as the event's own vetoes; two places that sentences merely name do not: the
                // first place a sentence happens to name is weak evidence ("police in Ohio said the climber who died ...").
                if (o.VetoOtherCountry && (m.PlaceStated || c.StatedCountries.Count > 0)) return (double.NegativeInfinity, why.ToString());
                score -= o.PlaceWeight;
            }
        }

        // Story.
        if (m.StoryId is { } story && c.Stories.ContainsKey(story))
        {
            score += o.StoryWeight;
            Append(why, "same story");
        }

        // Context words.
        double ctx = Cosine(m, c);
        if (ctx > 0)
        {
            score += o.ContextWeight * ctx;
            Append(why, $"context {ctx.ToString("0.00", CultureInfo.InvariantCulture)}");
        }
        return (score, why.ToString());
    }

    /// <summary>
    /// The event's day a report's day disagrees with but may still be the same happening: one of the two days was worked
    /// out from a weekday or "yesterday" (the report's, <see cref="EventProfile.TimeRelative"/>, or one of the event's,
    /// <see cref="EventClusterSummary.RelativeTimes"/>: "on Monday" first, "Sept 26" next joins as "Sept 26" first,
    /// "on Monday" next does), both are precise to the day, at most <see cref="EventLinkerOptions.DisagreementDays"/> apart,
    /// with the same place and at least two shared participants ("met Conte in Rome on Wednesday" read as 15 May vs "on
    /// 16 May"). Null when the dates are simply two happenings.
    /// </summary>
    internal static string? Disagreement(EventProfile m, EventClusterSummary c, EventLinkerOptions o)
    {
        if (o.DisagreementDays <= 0 || (!m.TimeRelative && c.RelativeTimes.Count == 0) || TimexCompatibility.Parse(m.Time) is not { Precision: TimePrecision.Day } mine) return null;
        if (m.Place is not { } place || !c.Places.ContainsKey(place.ToLowerInvariant())) return null;
        if (m.Participants.Select(p => p.Key).Distinct(StringComparer.Ordinal).Count(c.Participants.ContainsKey) < 2) return null;
        foreach (var v in c.Times.Keys.Order(StringComparer.Ordinal))
            if ((m.TimeRelative || c.RelativeTimes.ContainsKey(v))
                && TimexCompatibility.Parse(v) is { Precision: TimePrecision.Day } theirs && Math.Abs(theirs.Start.DayNumber - mine.Start.DayNumber) <= o.DisagreementDays)
                return v;
        return null;
    }

    /// <summary>The event's trigger lemma most related to the mention's, and how much (0: unrelated); ties go to the first lemma in ordinal order.</summary>
    internal static (double Similarity, string? Match) BestTrigger(EventProfile m, EventClusterSummary c, TriggerRelations relations)
    {
        double trig = 0;
        string? match = null;
        foreach (var l in c.Lemmas.Keys)
        {
            double sim = relations.Similarity(m.TriggerLemma, l);
            if (sim > trig || (sim == trig && match is not null && string.CompareOrdinal(l, match) < 0)) (trig, match) = (sim, l);
        }
        return (trig, match);
    }

    /// <summary>The closest relation of a mention's date to the event's dates (same, inside, overlapping, disjoint), and that date.</summary>
    internal static (TimexRelation Relation, string? Other) BestTime(string time, EventClusterSummary c)
    {
        var best = TimexRelation.Unknown;
        string? other = null;
        foreach (var v in c.Times.Keys.Order(StringComparer.Ordinal))
        {
            var rel = TimexCompatibility.Compare(time, v);
            if (Rank(rel) > Rank(best)) (best, other) = (rel, v);
        }
        return (best, other);
    }

    private static int Rank(TimexRelation r) => r switch
    {
        TimexRelation.Same => 5,
        TimexRelation.Inside or TimexRelation.Contains => 4,
        TimexRelation.Overlaps => 3,
        TimexRelation.Disjoint => 1,
        _ => 0,
    };

    internal static double Cosine(EventProfile m, EventClusterSummary c)
    {
        if (m.Context.IsDefaultOrEmpty || c.Context.Count == 0) return 0;
        var words = m.Context.Distinct(StringComparer.Ordinal).ToList();
        double dot = 0;
        foreach (var w in words) dot += c.Context.GetValueOrDefault(w);
        if (dot == 0) return 0;
        // In key order: an ImmutableDictionary's own order follows the per-process randomised string hash, and a sum in
        // that order moved the last bits, and now and then a decision, between two runs of `train coref`.
        double norm = Math.Sqrt(c.Context.OrderBy(kv => kv.Key, StringComparer.Ordinal).Sum(kv => kv.Value * kv.Value));
        return dot / (Math.Sqrt(words.Count) * norm);
    }

    private static string F(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);

    private static void Append(StringBuilder sb, string part)
    {
        if (sb.Length > 0) sb.Append("; ");
        sb.Append(part);
    }
}
