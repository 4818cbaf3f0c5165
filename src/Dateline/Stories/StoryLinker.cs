using System.Globalization;
using Dateline.Coreference;

namespace Dateline.Stories;

/// <summary>
/// Decides whether a new article continues one of the candidate stories (fetched by <see cref="StoryKeys"/>) or
/// starts a new one. With a <see cref="StoryDecisionModel"/> (the product's), the score is the learned probability
/// that the candidate is the article's story; without one, the hand score (term cosine · w + entity cosine · w + date
/// agreement · w + shared event keys · w). Either way × the time decay over the publication gap. Pure; cost linear in
/// the candidates, each of bounded size.
/// </summary>
public sealed class StoryLinker
{
    public StoryLinker(StoryLinkerOptions? options = null, StoryDecisionModel? model = null)
    {
        Options = options ?? StoryLinkerOptions.Default;
        Model = model;
    }

    public StoryLinkerOptions Options { get; }

    /// <summary>The learned decision, or null for the hand weights of <see cref="Options"/>.</summary>
    public StoryDecisionModel? Model { get; }

    /// <summary>The join threshold in force: the model's when there is one.</summary>
    public double Threshold => Model?.Threshold ?? Options.Threshold;

    public StoryLinkDecision Link(StoryProfile article, IReadOnlyList<StorySummary> candidates)
    {
        StorySummary? best = null;
        double bestScore = double.NegativeInfinity;
        string bestWhy = "";
        foreach (var c in candidates)
        {
            var (score, why) = Score(article, c);
            if (best is null || score > bestScore || (score == bestScore && string.CompareOrdinal(c.Id, best.Id) < 0))
                (best, bestScore, bestWhy) = (c, score, why);
        }
        if (best is null) return new StoryLinkDecision(null, 0, "no candidate story: new story");
        var s = bestScore.ToString("0.00", CultureInfo.InvariantCulture);
        var t = Threshold.ToString("0.00", CultureInfo.InvariantCulture);
        return bestScore >= Threshold
            ? new StoryLinkDecision(best.Id, bestScore, $"joins {best.Id}: {bestWhy} → {s} ≥ {t}")
            : new StoryLinkDecision(null, bestScore, $"new story; best {best.Id}: {bestWhy} → {s} < {t}");
    }

    /// <summary>The score of <paramref name="story"/> for <paramref name="a"/> (the learned probability with a model,
    /// else the hand score), after the time decay, and why in words.</summary>
    public (double Score, string Explanation) Score(StoryProfile a, StorySummary story) =>
        Model is null ? HandScore(a, story) : LearnedScore(a, story, Model);

    private (double Score, string Explanation) LearnedScore(StoryProfile a, StorySummary story, StoryDecisionModel model)
    {
        var x = StoryPairFeatures.Compute(a, story);
        double p = model.Probability(x);
        // The four features that moved the logit most, so a reader sees what decided.
        var top = Enumerable.Range(1, x.Length - 1).Where(j => x[j] != 0)
            .OrderByDescending(j => Math.Abs(model.Weights[j] * x[j])).ThenBy(j => j).Take(4)
            .Select(j => $"{StoryPairFeatures.Names[j]} {F(x[j])} ({(model.Weights[j] * x[j]).ToString("+0.00;-0.00", CultureInfo.InvariantCulture)})");
        var (_, dateWhy) = DateAgreement(a, story);
        var why = $"p {F(p)}; terms {F(x[1])}; entities {F(x[5])}; {dateWhy}; {string.Join(", ", top)}";
        return Decay(a, story, p, why);
    }

    private (double Score, string Explanation) HandScore(StoryProfile a, StorySummary story)
    {
        var o = Options;
        double terms = Cosine(a.Terms, story.Terms);
        double ents = Cosine(a.Entities, story.Entities);
        var (dates, dateWhy) = DateAgreement(a, story);
        double events = a.EventKeys.Length == 0 ? 0 : (double)a.EventKeys.Count(story.EventKeys.ContainsKey) / a.EventKeys.Length;
        double score = o.TermWeight * terms + o.EntityWeight * ents + o.DateWeight * dates + o.EventWeight * events;
        var why = $"terms {F(terms)}; entities {F(ents)}; {dateWhy}" + (a.EventKeys.Length > 0 ? $"; events {F(events)}" : "");
        if (o.EntityClashPenalty > 0 && a.Entities.Length > 0 && story.Entities.Length > 0 && ents < 1)
        {
            score -= o.EntityClashPenalty * (1 - ents);
            if (ents < 0.1) why += "; other actors";
        }
        return Decay(a, story, score, why);
    }

    /// <summary>The product's time rule, learned or not: past <see cref="StoryLinkerOptions.GraceDays"/> the score decays
    /// with the publication gap (ECB+ has no publication days, so no model could learn it).</summary>
    private (double Score, string Explanation) Decay(StoryProfile a, StorySummary story, double score, string why)
    {
        var o = Options;
        int? gap = Gap(a.Published, story);
        if (gap is int g && g > o.GraceDays)
        {
            double decay = Math.Exp(-(g - o.GraceDays) / o.ScaleDays);
            score *= decay;
            why += $"; published {g} days from the story (×{F(decay)})";
        }
        return (score, why);
    }

    /// <summary>+1 when the article and the story name a common day, week or month; +0.5 a common year only;
    /// −1 when both name dates and share no year; 0 when either names none.</summary>
    internal static (double Value, string Why) DateAgreement(StoryProfile a, StorySummary story)
    {
        if (a.Dates.Length == 0 || story.Dates.Count == 0) return (0, "dates unknown");
        bool sameYear = false;
        foreach (var d in a.Dates)
        {
            var x = TimexCompatibility.Parse(d);
            if (x is null) continue;
            foreach (var e in story.Dates.Keys)
            {
                var y = TimexCompatibility.Parse(e);
                if (y is null) continue;
                var rel = TimexCompatibility.Compare(x.Value, y.Value);
                if (rel == TimexRelation.Disjoint)
                {
                    if (x.Value.Start.Year == y.Value.Start.Year) sameYear = true;
                    continue;
                }
                bool fine = x.Value.Precision >= Time.TimePrecision.Month && y.Value.Precision >= Time.TimePrecision.Month;
                if (fine) return (1, $"dates agree ({TimexCompatibility.Describe(d, e, rel)})");
                sameYear = true;
            }
        }
        return sameYear ? (0.5, "same year") : (-1, $"dates clash ({a.Dates[0]} vs {story.Dates.Keys.Order(StringComparer.Ordinal).First()})");
    }

    private static int? Gap(DateOnly? published, StorySummary story)
    {
        if (published is not DateOnly p || story.FirstPublished is not DateOnly first || story.LastPublished is not DateOnly last) return null;
        if (p < first) return first.DayNumber - p.DayNumber;
        if (p > last) return p.DayNumber - last.DayNumber;
        return 0;
    }

    /// <summary>Cosine of a unit vector with a summed centroid (normalised here).</summary>
    internal static double Cosine(IReadOnlyList<WeightedTerm> unit, IReadOnlyList<WeightedTerm> centroid)
    {
        if (unit.Count == 0 || centroid.Count == 0) return 0;
        var c = new Dictionary<string, double>(centroid.Count, StringComparer.Ordinal);
        double norm = 0;
        foreach (var t in centroid) { c[t.Term] = t.Weight; norm += t.Weight * t.Weight; }
        double dot = 0, unorm = 0;
        foreach (var t in unit) { dot += t.Weight * c.GetValueOrDefault(t.Term); unorm += t.Weight * t.Weight; }
        return dot == 0 ? 0 : dot / Math.Sqrt(norm * unorm);
    }

    private static string F(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);
}
