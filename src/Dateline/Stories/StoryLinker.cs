using System.Globalization;
using Dateline.Coreference;

namespace Dateline.Stories;

/// <summary>
/// Decides whether a new article continues one of the candidate stories (fetched by <see cref="StoryKeys"/>) or
/// starts a new one. Score = (term cosine · w + entity cosine · w + date agreement · w + shared event keys · w)
/// × time decay over the publication gap. Pure; cost linear in the candidates, each of bounded size.
/// </summary>
public sealed class StoryLinker
{
    public StoryLinker(StoryLinkerOptions? options = null) => Options = options ?? StoryLinkerOptions.Default;

    public StoryLinkerOptions Options { get; }

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
        var t = Options.Threshold.ToString("0.00", CultureInfo.InvariantCulture);
        return bestScore >= Options.Threshold
            ? new StoryLinkDecision(best.Id, bestScore, $"joins {best.Id}: {bestWhy} → {s} ≥ {t}")
            : new StoryLinkDecision(null, bestScore, $"new story; best {best.Id}: {bestWhy} → {s} < {t}");
    }

    public (double Score, string Explanation) Score(StoryProfile a, StorySummary story)
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
    private static (double, string) DateAgreement(StoryProfile a, StorySummary story)
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
