using System.Globalization;
using Dateline.Coreference;
using Dateline.Stories;

namespace Dateline.Eval.Coreference;

/// <summary>Event-decision diagnostics on the training topics: which mention pairs the learned decision gets wrong.</summary>
public sealed partial class CorefEvalTask
{
    /// <summary>
    /// `--tune event-mistakes`: the learned decision on the training folds (each fold linked with the trigger table and a
    /// model learned on the other, as <see cref="TuneLearned"/>), seed-1 order, with the gold groups and with predicted
    /// stories. Counts mention pairs of one gold group: right merges, missed merges (one gold event, two predicted) and
    /// false merges (two gold events, one predicted), each within one document or across two, by how the two trigger
    /// lemmas relate (the same, a related form or learned pair, unrelated); then the lemmas and lemma pairs that cost most.
    /// </summary>
    private static void EventMistakes(List<EcbPlusArticle> articles, TextWriter w)
    {
        var (_, folds, relations, _) = LearnedFolds(articles, orderCount: 1);
        var samples = new[] { CrossFitted(folds[0][1], true), CrossFitted(folds[0][0], true) };
        var models = samples.Select(s => EventDecisionModel.Train(s, DecisionL2, DecisionThreshold, DecisionFeatures)).ToArray();
        foreach (var goldStories in new[] { true, false })
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var missed = new Dictionary<string, int>(StringComparer.Ordinal);
            var wrong = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int f = 0; f < 2; f++)
            {
                var linker = new EventLinker(null, relations[f], models[f]);
                var run = IncrementalRun.Run(folds[0][f], new StoryLinker(), linker, goldStories);
                foreach (var group in folds[0][f].GroupBy(a => a.Gold.Group, StringComparer.Ordinal))
                {
                    var ms = group.SelectMany(a => a.Mentions.Select(m => (Mention: m, Gold: a.Gold.EventMentions.First(g => g.Id == m.Id).GoldCluster))).ToList();
                    for (int i = 0; i < ms.Count; i++)
                        for (int j = i + 1; j < ms.Count; j++)
                        {
                            var (a, b) = (ms[i], ms[j]);
                            bool gold = string.Equals(a.Gold, b.Gold, StringComparison.Ordinal);
                            bool pred = string.Equals(run.Events[a.Mention.Id], run.Events[b.Mention.Id], StringComparison.Ordinal);
                            if (!gold && !pred) continue;
                            string kind = gold && pred ? "right" : gold ? "missed" : "false";
                            string where = a.Mention.DocumentId == b.Mention.DocumentId ? "within" : "across";
                            string la = a.Mention.TriggerLemma, lb = b.Mention.TriggerLemma;
                            string rel = la == lb ? "same lemma" : relations[f].Similarity(la, lb) > 0 ? "related" : "unrelated";
                            Add(counts, $"{kind,-6} {where,-6} {rel}");
                            Add(counts, $"{kind,-6} all    all");
                            var pair = string.CompareOrdinal(la, lb) <= 0 ? $"{la}/{lb}" : $"{lb}/{la}";
                            if (kind == "missed") Add(missed, pair);
                            if (kind == "false") Add(wrong, pair);
                        }
                }
            }
            w.WriteLine($"{(goldStories ? "gold groups" : "predicted stories")}: mention pairs of one gold group (training folds, seed 1)");
            foreach (var kv in counts.OrderBy(kv => kv.Key, StringComparer.Ordinal)) w.WriteLine($"  {kv.Key,-32} {kv.Value,7}");
            w.WriteLine("  missed merges, top lemma pairs: " + string.Join(", ", missed.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(25).Select(kv => $"{kv.Key} {kv.Value}")));
            w.WriteLine("  false merges, top lemma pairs: " + string.Join(", ", wrong.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(25).Select(kv => $"{kv.Key} {kv.Value}")));
            w.Flush();
        }

        static void Add(Dictionary<string, int> d, string k) => d[k] = d.GetValueOrDefault(k) + 1;
    }
}
