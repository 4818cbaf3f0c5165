using System.Globalization;
using Dateline.Coreference;
using Dateline.Stories;

namespace Dateline.Eval.Coreference;

/// <summary>Story-linker diagnostics and grids on the training topics.</summary>
public sealed partial class CorefEvalTask
{
    /// <summary>Per gold group of the training topics: how many articles name a calendar year, and the years named.</summary>
    private static void StoryYears(List<EcbPlusArticle> articles, TextWriter w)
    {
        foreach (var g in articles.GroupBy(a => a.Gold.Group, StringComparer.Ordinal).OrderBy(g => g.First().Gold.Topic).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            int withYear = 0;
            var years = new Dictionary<int, int>();
            var anchors = new Dictionary<int, int>();
            foreach (var a in g)
            {
                var ys = a.Dates.Select(TimexCompatibility.Parse).Where(x => x is not null).Select(x => x!.Value.Start.Year).ToList();
                if (ys.Count > 0) withYear++;
                foreach (var y in ys.Distinct()) years[y] = years.GetValueOrDefault(y) + 1;
                if (ys.Count > 0)
                {
                    int anchor = ys.GroupBy(y => y).OrderByDescending(x => x.Count()).ThenByDescending(x => x.Key).First().Key;
                    anchors[anchor] = anchors.GetValueOrDefault(anchor) + 1;
                }
            }
            w.WriteLine($"{g.Key,-10} {g.Count(),3} docs, {withYear,3} with a year; anchors {string.Join(" ", anchors.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key}×{kv.Value}"))}; years {string.Join(" ", years.OrderByDescending(kv => kv.Value).Take(6).Select(kv => $"{kv.Key}×{kv.Value}"))}");
        }
    }

    /// <summary>
    /// Story-linker variants on the training topics, judged as ingest runs them: the two folds of <see cref="Tune"/>, each
    /// linked with the trigger table and the learned event decision trained on the other fold only, averaged over the
    /// article orders of seeds 1-3; event CoNLL F1 with the predicted stories, and story B³ / ARI against the gold groups.
    /// </summary>
    private static void TuneStoryRuns(List<EcbPlusArticle> articles, TextWriter w, IReadOnlyList<(string Name, Func<List<EcbPlusArticle>, EventLinker, IncrementalRun.Result> Run)> variants, StoryRepair? trainAlong = null, int orderCount = 3)
    {
        var (orders, folds, relations, keys) = LearnedFolds(articles, orderCount);
        var models = new[] { EventDecisionModel.Train(CrossFitted(folds[0][1], true, repair: trainAlong), DecisionL2, DecisionThreshold, DecisionFeatures),
            EventDecisionModel.Train(CrossFitted(folds[0][0], true, repair: trainAlong), DecisionL2, DecisionThreshold, DecisionFeatures) };
        if (trainAlong is not null) w.WriteLine($"event decisions trained along the stories of {trainAlong}");
        var linkers = new[] { new EventLinker(null, relations[0], models[0]), new EventLinker(null, relations[1], models[1]) };
        foreach (var (name, run) in variants)
        {
            double conll = 0, b3 = 0, pr = 0, re = 0, ari = 0, n = 0;
            var per = new List<string>();
            int k = orders.Count * 2;
            for (int s = 0; s < orders.Count; s++)
            {
                double cs = 0;
                for (int f = 0; f < 2; f++)
                {
                    var r = run(folds[s][f], linkers[f]);
                    cs += Score(keys[f], r).Conll / 2;
                    var groups = folds[s][f].Select(a => a.Gold.Group).ToList();
                    var m = CorefMetrics.BCubed(ClusteringScores.Clusters(groups), ClusteringScores.Clusters(r.Stories));
                    b3 += m.F1 / k; pr += m.Precision / k; re += m.Recall / k;
                    ari += ClusteringScores.AdjustedRand(groups, r.Stories) / k;
                    n += r.Stories.Distinct(StringComparer.Ordinal).Count() / (double)orders.Count;
                }
                conll += cs / orders.Count;
                per.Add(P(cs).Trim());
            }
            w.WriteLine($"event CoNLL {P(conll)} (seeds 1-{orders.Count}: {string.Join(" ", per)}) stories B³ F1 {P(b3)} (P {P(pr)} R {P(re)}) ARI {ari:0.000} stories {n:0}  {name}");
            w.Flush();
        }
    }


    private static List<(string, Func<List<EcbPlusArticle>, EventLinker, IncrementalRun.Result>)> RepairVariants(TextWriter w)
    {
        var v = new List<(string, Func<List<EcbPlusArticle>, EventLinker, IncrementalRun.Result>)>
        {
            ("defaults", (arts, linker) => IncrementalRun.Run(arts, new StoryLinker(), linker, goldStories: false)),
        };
        var settings = new List<StoryRepair>();
        // The pull-out: a new article takes a weakly joined member out of a candidate story.
        foreach (var min in new[] { 0.3, 0.45 })
        foreach (var margin in new[] { 0.05, 0.15, 0.3 })
        foreach (var ratio in new[] { 100.0, 0.8 })
            settings.Add(new StoryRepair(min, margin, 3, ratio));
        // The periodic split: two-means over a story's members when it reaches 6, 10, 16, 24 articles (or more often).
        foreach (var dense in new[] { false, true })
        foreach (var below in new[] { 0.2, 0.3, 0.35, 0.4, 0.45, 0.5 })
        foreach (var side in new[] { 2, 3, 4 })
            settings.Add(new StoryRepair(100, 100, 0, 0, SplitBelow: below, SplitMinSide: side, DenseChecks: dense));
        foreach (var r in settings)
            v.Add(($"repair {r}", (arts, linker) => { var x = RepairRun.Run(arts, new StoryLinker(), linker, r, out int n); w.Write($"[{n}] "); return x; }));
        return v;
    }

    /// <summary>The split setting chosen on the training folds (`--tune stories-repair`; every order of seeds 1-3 up).</summary>
    private static readonly StoryRepair SplitPrototype = new(100, 100, 0, 0, SplitBelow: 0.35, SplitMinSide: 3);

    /// <summary>The hand stories and a few split settings, for the event decisions trained along either trajectory.</summary>
    private static List<(string, Func<List<EcbPlusArticle>, EventLinker, IncrementalRun.Result>)> SplitVariants(TextWriter w)
    {
        var v = new List<(string, Func<List<EcbPlusArticle>, EventLinker, IncrementalRun.Result>)>
        {
            ("defaults", (arts, linker) => IncrementalRun.Run(arts, new StoryLinker(), linker, goldStories: false)),
        };
        foreach (var r in new[] { SplitPrototype, SplitPrototype with { SplitBelow = 0.4, SplitMinSide = 4 }, SplitPrototype with { SplitBelow = 0.5, SplitMinSide = 4, DenseChecks = true } })
            v.Add(($"repair {r}", (arts, linker) => { var x = RepairRun.Run(arts, new StoryLinker(), linker, r, out int n); w.Write($"[{n}] "); return x; }));
        return v;
    }

    /// <summary>The split with a lower story threshold (more recall for the split to repair).</summary>
    private static List<(string, Func<List<EcbPlusArticle>, EventLinker, IncrementalRun.Result>)> SplitThresholdVariants(TextWriter w)
    {
        var v = new List<(string, Func<List<EcbPlusArticle>, EventLinker, IncrementalRun.Result>)>();
        foreach (var r in new[] { SplitPrototype, SplitPrototype with { SplitBelow = 0.4, SplitMinSide = 4 }, SplitPrototype with { SplitBelow = 0.5, SplitMinSide = 4, DenseChecks = true } })
        {
            var f = r with { ForwardOnly = true };
            v.Add(($"forward only {f}", (arts, linker) => { var x = RepairRun.Run(arts, new StoryLinker(), linker, f, out int n); w.Write($"[{n}] "); return x; }));
        }
        foreach (var th in new[] { 0.1, 0.125 })
        {
            var o = StoryLinkerOptions.Default with { Threshold = th };
            v.Add(($"threshold {th}", (arts, linker) => IncrementalRun.Run(arts, new StoryLinker(o), linker, goldStories: false)));
            foreach (var r in new[] { SplitPrototype, SplitPrototype with { SplitBelow = 0.4, SplitMinSide = 4 }, SplitPrototype with { SplitBelow = 0.5, SplitMinSide = 4, DenseChecks = true } })
                v.Add(($"threshold {th}, repair {r}", (arts, linker) => { var x = RepairRun.Run(arts, new StoryLinker(o), linker, r, out int n); w.Write($"[{n}] "); return x; }));
        }
        return v;
    }



    /// <summary>
    /// How much of the gap to gold groups is merges and how much splits, in the folds of <see cref="TuneStoryVariants"/>: the
    /// event linker sees the predicted stories cut by gold group (no merge left), or the predicted stories of one majority
    /// group joined (no split left), or the gold groups.
    /// </summary>
    private static void StoryOracles(List<EcbPlusArticle> articles, TextWriter w)
    {
        var (orders, folds, relations, keys) = LearnedFolds(articles);
        var models = new[] { EventDecisionModel.Train(CrossFitted(folds[0][1], true), DecisionL2, DecisionThreshold, DecisionFeatures),
            EventDecisionModel.Train(CrossFitted(folds[0][0], true), DecisionL2, DecisionThreshold, DecisionFeatures) };
        var linkers = new[] { new EventLinker(null, relations[0], models[0]), new EventLinker(null, relations[1], models[1]) };
        foreach (var oracle in new[] { "none", "no merges", "no splits", "gold groups" })
        {
            double conll = 0;
            var per = new List<string>();
            for (int s = 0; s < orders.Count; s++)
            {
                double cs = 0;
                for (int f = 0; f < 2; f++)
                {
                    var first = IncrementalRun.Run(folds[s][f], new StoryLinker(), linkers[f], goldStories: false);
                    var majority = folds[s][f].Select((a, i) => (a.Gold.Group, Story: first.Stories[i])).GroupBy(x => x.Story, StringComparer.Ordinal)
                        .ToDictionary(g => g.Key, g => g.GroupBy(x => x.Group, StringComparer.Ordinal).OrderByDescending(x => x.Count()).ThenBy(x => x.Key, StringComparer.Ordinal).First().Key, StringComparer.Ordinal);
                    Func<EcbPlusArticle, string, string>? map = oracle switch
                    {
                        "no merges" => (a, id) => id + "|" + a.Gold.Group,
                        "no splits" => (a, id) => majority[id] == a.Gold.Group ? "g:" + a.Gold.Group : id,
                        "gold groups" => (a, id) => a.Gold.Group,
                        _ => null,
                    };
                    cs += Score(keys[f], IncrementalRun.Run(folds[s][f], new StoryLinker(), linkers[f], goldStories: false, eventStory: map)).Conll / 2;
                }
                conll += cs / orders.Count;
                per.Add(P(cs).Trim());
            }
            w.WriteLine($"event CoNLL {P(conll)} (seeds 1-{orders.Count}: {string.Join(" ", per)})  {oracle}");
            w.Flush();
        }
    }

    /// <summary>Each wrong story decision on the training topics (seed-1 order): the article, the story it joined or
    /// missed, the score's explanation, and the heaviest entities on both sides.</summary>
    private static void StoryMistakes(List<EcbPlusArticle> articles, TextWriter w)
    {
        var linker = new StoryLinker();
        var groupToStory = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var storyGroups = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        string Ents(IEnumerable<WeightedTerm> e) => string.Join(", ", e.Take(6).Select(t => $"{t.Term} {t.Weight:0.00}"));
        IncrementalRun.Run(articles, linker, new EventLinker(), goldStories: false, lemmaBaseline: true, observeStory: (a, p, cands, id) =>
        {
            var g = a.Gold.Group;
            string? target = groupToStory.TryGetValue(g, out var tp) ? tp.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key : null;
            var joined = cands.FirstOrDefault(c => c.Id == id);
            string Groups(string sid) => storyGroups.TryGetValue(sid, out var sg) ? string.Join(" ", sg.Select(kv => $"{kv.Key}×{kv.Value}")) : "";
            if (joined is not null && target != id)
            {
                w.WriteLine($"{a.Gold.Name} ({g}) joined {id} [{Groups(id)}] {(target is null ? "as first of its group" : $"instead of {target}")}: {linker.Score(p, joined).Explanation}");
                w.WriteLine($"    article: {Ents(p.Entities)}");
                w.WriteLine($"    story:   {Ents(joined.Entities.OrderByDescending(t => t.Weight))}");
                if (target is not null && cands.FirstOrDefault(c => c.Id == target) is { } right)
                    w.WriteLine($"    right:   {linker.Score(p, right).Explanation}");
            }
            else if (joined is null && target is not null)
                w.WriteLine($"{a.Gold.Name} ({g}) new story, missed {target}: {(cands.FirstOrDefault(c => c.Id == target) is { } t ? linker.Score(p, t).Explanation : "not a candidate")}");
            if (!groupToStory.TryGetValue(g, out var map)) groupToStory[g] = map = new(StringComparer.Ordinal);
            map[id] = map.GetValueOrDefault(id) + 1;
            if (!storyGroups.TryGetValue(id, out var sgm)) storyGroups[id] = sgm = new(StringComparer.Ordinal);
            sgm[g] = sgm.GetValueOrDefault(g) + 1;
        });
    }
}
