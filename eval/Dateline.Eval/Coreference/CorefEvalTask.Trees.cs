using System.Diagnostics;
using Dateline.Coreference;
using Dateline.Stories;

namespace Dateline.Eval.Coreference;

/// <summary>A nonlinear event decision on the training folds: boosted trees over the same pair features.</summary>
public sealed partial class CorefEvalTask
{
    /// <summary>
    /// `--tune trees-learned`: gradient-boosted trees (<see cref="BoostedTrees"/>, logistic loss, shrinkage 0.1) over the
    /// shipped <see cref="EventPairFeatures"/>, on the training folds exactly as <see cref="TuneGloveLearned"/> (each fold's
    /// model trained on the other fold's cross-fitted samples from both kinds of runs, article orders of seeds 1-3, event
    /// CoNLL F1 with predicted stories and gold groups), against the shipped logistic regression in the same run.
    /// </summary>
    private static void TuneTreesLearned(List<EcbPlusArticle> articles, TextWriter w)
    {
        var (orders, folds, relations, keys) = LearnedFolds(articles);
        var samples = new[] { CrossFitted(folds[0][1], true), CrossFitted(folds[0][0], true) };
        w.WriteLine($"samples: {samples[0].Count} / {samples[1].Count}, positive {samples[0].Count(x => x.Y)} / {samples[1].Count(x => x.Y)}");

        void Measure(string name, Func<int, EventDecisionModel> modelFor)
        {
            double pred = 0, gold = 0;
            var per = new List<string>();
            for (int s = 0; s < orders.Count; s++)
            {
                double ps = 0, gs = 0;
                for (int f = 0; f < 2; f++)
                {
                    var linker = new EventLinker(null, relations[f], modelFor(f));
                    ps += Score(keys[f], IncrementalRun.Run(folds[s][f], new StoryLinker(), linker, goldStories: false)).Conll / 2;
                    gs += Score(keys[f], IncrementalRun.Run(folds[s][f], new StoryLinker(), linker, goldStories: true)).Conll / 2;
                }
                pred += ps / orders.Count;
                gold += gs / orders.Count;
                per.Add($"{P(ps).Trim()}/{P(gs).Trim()}");
            }
            w.WriteLine($"{name}: predicted stories {P(pred)} gold groups {P(gold)}  (seeds 1-3: {string.Join(" ", per)})");
            w.Flush();
        }

        var linear = samples.Select(s => EventDecisionModel.Train(s, DecisionL2, DecisionThreshold, DecisionFeatures)).ToArray();
        foreach (var th in new[] { 0.3, 0.35, 0.4 })
            Measure($"linear (shipped recipe), threshold {th}", f => linear[f].WithThreshold(th));
        foreach (var (depth, minHessian) in new[] { (2, 5.0), (3, 5.0), (1, 5.0), (2, 100.0) })
        {
            var watch = Stopwatch.StartNew();
            var trees = samples.Select(s => BoostedTrees.Train(s, depth, 200, minHessian: minHessian)).ToArray();
            w.WriteLine($"trees depth {depth}, min hessian {minHessian}: trained in {watch.Elapsed.TotalSeconds:0.0} s");
            // Depth 1 (stumps: an additive model, no interactions) and the stronger leaves only where they tell something new.
            bool control = depth == 1 || minHessian > 5;
            foreach (var rounds in control ? new[] { 50, 200 } : new[] { 50, 100, 200 })
            foreach (var th in control ? new[] { 0.3, 0.35, 0.4 } : new[] { 0.3, 0.35, 0.4, 0.5 })
                Measure($"trees depth {depth}, min hessian {minHessian}, {rounds} rounds, threshold {th}",
                    f => new EventDecisionModel(x => trees[f].Logit(x, rounds), th));
        }
    }
}
