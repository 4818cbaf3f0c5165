using Dateline.Coreference;
using Dateline.Pipeline;
using Dateline.Stories;

namespace Dateline.Eval.Coreference;

/// <summary>The learned story decision: its training samples, its grid on the training folds, and the shipped file.</summary>
public sealed partial class CorefEvalTask
{
    /// <summary>
    /// (article, candidate story) samples from linking <paramref name="articles"/> incrementally: every candidate the keys
    /// fetch, labelled by whether the gold document group of most of its articles so far is the article's. With
    /// <paramref name="goldStories"/> the stories are the gold groups (pure candidates), else the hand linker's.
    /// </summary>
    private static List<(double[] X, bool Y)> CollectStories(List<EcbPlusArticle> articles, bool goldStories)
    {
        var groupOf = articles.ToDictionary(a => a.Gold.Name, a => a.Gold.Group, StringComparer.Ordinal);
        var held = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var samples = new List<(double[], bool)>();
        IncrementalRun.Run(articles, new StoryLinker(), new EventLinker(), goldStories, lemmaBaseline: true, observeStory: (p, candidates, id) =>
        {
            var g = groupOf[p.DocumentId];
            foreach (var c in candidates)
            {
                var major = held[c.Id].OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
                samples.Add((StoryPairFeatures.Compute(p, c), string.Equals(major, g, StringComparison.Ordinal)));
            }
            if (!held.TryGetValue(id, out var counts)) held[id] = counts = new(StringComparer.Ordinal);
            counts[g] = counts.GetValueOrDefault(g) + 1;
        });
        return samples;
    }

    /// <summary>
    /// Where the hand story linker's decisions go, article by article, on all training topics in the seed orders 1-3: an
    /// article whose gold group already has articles should join the predicted story holding most of them; counts whether
    /// it did, or why not (that story not among the candidates the keys fetch, below the threshold, another story won), and
    /// how many first articles of a group joined a story.
    /// </summary>
    private static void StoryErrors(List<EcbPlusArticle> articles, TextWriter w)
    {
        var byName = articles.OrderBy(a => a.Gold.Topic).ThenBy(a => a.Gold.Name, StringComparer.Ordinal).ToList();
        var hand = new StoryLinker();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (int seed in new[] { 1, 2, 3 })
        {
            var order = byName.ToList();
            new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(order));
            var groupOf = order.ToDictionary(a => a.Gold.Name, a => a.Gold.Group, StringComparer.Ordinal);
            var groupToStory = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
            IncrementalRun.Run(order, hand, new EventLinker(), goldStories: false, lemmaBaseline: true, observeStory: (p, cands, id) =>
            {
                var g = groupOf[p.DocumentId];
                string? target = groupToStory.TryGetValue(g, out var tp) ? tp.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key : null;
                bool joined = cands.Any(c => c.Id == id);
                string k;
                if (target is null) k = joined ? "new: joined a story" : "new ok";
                else if (id == target) k = "join ok";
                else if (!cands.Any(c => c.Id == target)) k = "miss: not a candidate" + (joined ? " (joined another)" : " (new story)");
                else if (!joined) k = $"miss: below threshold (score {Bucket(hand.Score(p, cands.First(c => c.Id == target)).Score)})";
                else k = "miss: another story won";
                counts[k] = counts.GetValueOrDefault(k) + 1;
                if (!groupToStory.TryGetValue(g, out var map)) groupToStory[g] = map = new(StringComparer.Ordinal);
                map[id] = map.GetValueOrDefault(id) + 1;
            });
        }
        foreach (var kv in counts.OrderBy(kv => kv.Key, StringComparer.Ordinal)) w.WriteLine($"{kv.Key}\t{kv.Value}");
    }

    private static string Bucket(double score) => score < 0.05 ? "< 0.05" : score < 0.1 ? "0.05-0.1" : "0.1-0.15";

    /// <summary>The hand score's components alone (what <see cref="TuneStoriesLearned"/> compares with all features).</summary>
    private static readonly IReadOnlySet<string> StoryHandFeatures = new HashSet<string>(StringComparer.Ordinal)
    {
        "terms", "entities", "entities.clash", "entities.unknown", "dates.agree", "dates.same_year", "dates.clash", "events.share",
    };

    /// <summary>
    /// The learned story decision against the hand story linker on the training topics, in the two folds of <see cref="Tune"/>:
    /// each fold linked with a story model, a trigger table and a learned event decision trained on the other fold only;
    /// event CoNLL F1 with predicted stories (what ingest does) and story B³ / ARI per fold, averaged over the article orders
    /// of seeds 1-3, next to the hand story linker in the same orders and with the same event linkers.
    /// </summary>
    /// <param name="rescue">Instead of the grid: the hand decision, and where it starts a new story, the learned model's best
    /// candidate at a high probability (a rescue of the hand linker's splits, as the event score follows story recall).</param>
    /// <param name="groups">Instead of the grid: the hand components plus one group of the added features at a time.</param>
    private static void TuneStoriesLearned(List<EcbPlusArticle> articles, TextWriter w, bool rescue = false, bool groups = false)
    {
        var byName = articles.OrderBy(a => a.Gold.Topic).ThenBy(a => a.Gold.Name, StringComparer.Ordinal).ToList();
        int[] seeds = [1, 2, 3];
        var orders = seeds.Select(s => { var c = byName.ToList(); new Random(s).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(c)); return c; }).ToList();
        var folds = orders.Select(o => new[] { o.Where(a => a.Gold.Topic % 2 == 1).ToList(), o.Where(a => a.Gold.Topic % 2 == 0).ToList() }).ToList();
        var relations = new[] { Learned(folds[0][1]), Learned(folds[0][0]) };
        var keys = folds[0].Select(f => Clusters(f.SelectMany(a => a.Gold.EventMentions.Where(m => a.Mentions.Any(p => p.Id == m.Id))).Select(m => (m.Id, m.GoldCluster)))).ToArray();
        var eventModels = new[] { EventDecisionModel.Train(CrossFitted(folds[0][1], true), DecisionL2, DecisionThreshold, DecisionFeatures),
            EventDecisionModel.Train(CrossFitted(folds[0][0], true), DecisionL2, DecisionThreshold, DecisionFeatures) };
        var eventLinkers = new[] { new EventLinker(null, relations[0], eventModels[0]), new EventLinker(null, relations[1], eventModels[1]) };

        (double Conll, double B3, double P, double R, double Ari, double Stories, string Seeds) Measure(Func<int, StoryLinker> storyFor, Func<int, Func<StoryProfile, IReadOnlyList<StorySummary>, string?>>? decideFor = null)
        {
            double conll = 0, b3 = 0, pr = 0, re = 0, ari = 0, n = 0;
            var per = new List<string>();
            for (int s = 0; s < orders.Count; s++)
            {
                double cs = 0;
                for (int f = 0; f < 2; f++)
                {
                    var r = IncrementalRun.Run(folds[s][f], storyFor(f), eventLinkers[f], goldStories: false, decideStory: decideFor?.Invoke(f));
                    cs += Score(keys[f], r).Conll / 2;
                    var groups = folds[s][f].Select(a => a.Gold.Group).ToList();
                    var m = CorefMetrics.BCubed(ClusteringScores.Clusters(groups), ClusteringScores.Clusters(r.Stories));
                    int k = orders.Count * 2;
                    b3 += m.F1 / k; pr += m.Precision / k; re += m.Recall / k;
                    ari += ClusteringScores.AdjustedRand(groups, r.Stories) / k;
                    n += r.Stories.Distinct(StringComparer.Ordinal).Count() / (double)orders.Count;
                }
                conll += cs / orders.Count;
                per.Add(P(cs).Trim());
            }
            return (conll, b3, pr, re, ari, n, string.Join(" ", per));
        }

        void Line(string name, (double Conll, double B3, double P, double R, double Ari, double Stories, string Seeds) r) =>
            w.WriteLine($"{name}: event CoNLL {P(r.Conll)} (seeds 1-3: {r.Seeds}) stories B³ F1 {P(r.B3)} (P {P(r.P)} R {P(r.R)}) ARI {r.Ari:0.000} stories {r.Stories:0}");

        Line("hand story linker", Measure(_ => new StoryLinker()));
        w.Flush();
        if (rescue)
        {
            var hand = new StoryLinker();
            var samples = new[] { CollectStories(folds[0][1], false), CollectStories(folds[0][0], false) };
            for (int f = 0; f < 2; f++) samples[f].AddRange(CollectStories(folds[0][1 - f], true));
            foreach (var (setName, set) in new[] { ("all features", (IReadOnlySet<string>?)null), ("hand components", StoryHandFeatures) })
            {
                var models = samples.Select(s => StoryDecisionModel.Train(s, 1, 0.5, set)).ToArray();
                foreach (var th in new[] { 0.3, 0.4, 0.5, 0.6, 0.7, 0.8 })
                {
                    Line($"hand, else learned ({setName}, l2 1) at {th}", Measure(_ => hand, f => (p, cands) =>
                    {
                        if (hand.Link(p, cands).StoryId is { } id) return id;
                        var best = cands.Select(c => (c.Id, P: models[f].Probability(StoryPairFeatures.Compute(p, c))))
                            .OrderByDescending(x => x.P).ThenBy(x => x.Id, StringComparer.Ordinal).FirstOrDefault();
                        return best.Id is not null && best.P >= th ? best.Id : null;
                    }));
                    Line($"hand vetoed below learned ({setName}, l2 1) {th / 4}", Measure(_ => hand, f => (p, cands) =>
                    {
                        if (hand.Link(p, cands).StoryId is not { } id) return null;
                        return models[f].Probability(StoryPairFeatures.Compute(p, cands.First(c => c.Id == id))) >= th / 4 ? id : null;
                    }));
                    w.Flush();
                }
            }
            return;
        }
        if (groups)
        {
            // Hand components plus one group of the added features at a time.
            var samples = new[] { CollectStories(folds[0][1], false), CollectStories(folds[0][0], false) };
            for (int f = 0; f < 2; f++) samples[f].AddRange(CollectStories(folds[0][1 - f], true));
            var added = new (string Name, string[] Features)[]
            {
                ("people", ["people.top_in_story", "people.story_top_in_article", "people.none_shared", "people.shared"]),
                ("organisations, places", ["organisations.shared", "places.shared"]),
                ("terms extra", ["terms.first_article", "terms.best_shared", "terms.top_shared", "entities.top_shared"]),
                ("size", ["size.log"]),
            };
            foreach (var (name, feats) in added)
            {
                var set = new HashSet<string>(StoryHandFeatures.Concat(feats), StringComparer.Ordinal);
                var models = samples.Select(s => StoryDecisionModel.Train(s, 1, 0.5, set)).ToArray();
                foreach (var th in new[] { 0.2, 0.3 })
                {
                    Line($"learned hand components + {name}, l2 1, threshold {th}, samples pred+gold", Measure(f => new StoryLinker(null, models[f].WithThreshold(th))));
                    w.Flush();
                }
            }
            return;
        }
        foreach (var both in new[] { false, true })
        {
            // Each fold's story model learns on the other fold (seed-1 order).
            var samples = new[] { CollectStories(folds[0][1], false), CollectStories(folds[0][0], false) };
            if (both)
                for (int f = 0; f < 2; f++) samples[f].AddRange(CollectStories(folds[0][1 - f], true));
            w.WriteLine($"samples ({(both ? "predicted + gold stories" : "predicted stories")}): {samples[0].Count} / {samples[1].Count}, positive {samples[0].Count(x => x.Y)} / {samples[1].Count(x => x.Y)}");
            foreach (var (setName, set) in new[] { ("all features", (IReadOnlySet<string>?)null), ("hand components", StoryHandFeatures) })
            foreach (var l2 in new[] { 1.0, 10.0 })
            {
                var models = samples.Select(s => StoryDecisionModel.Train(s, l2, 0.5, set)).ToArray();
                foreach (var th in new[] { 0.1, 0.2, 0.3, 0.4, 0.5, 0.6 })
                {
                    Line($"learned {setName}, l2 {l2}, threshold {th}, samples {(both ? "pred+gold" : "pred")}", Measure(f => new StoryLinker(null, models[f].WithThreshold(th))));
                    w.Flush();
                }
            }
        }
    }

    /// <summary>
    /// `dateline train stories`: reads the ECB+ training topics (never dev or test) with our pipeline and writes the learned
    /// story decision (<see cref="WriteStoryDecision"/>). Returns a process exit code.
    /// </summary>
    public static int TrainStoryDecision(string root, string outPath, TextWriter log, TextWriter error)
    {
        var all = EcbPlusReader.Topics(root);
        if (all.Count == 0 || !File.Exists(Path.Combine(root, "ECBplus_coreference_sentences.csv")))
        {
            error.WriteLine($"dateline train stories: --data must be the ECB+ folder with ECB+/<topic>/ and ECBplus_coreference_sentences.csv ('{root}').");
            return 2;
        }
        var models = ShippedModels.Load();
        if (models.Language is null || models.Ner is null)
        {
            error.WriteLine("dateline train stories: needs the shipped language and NER models (data/models).");
            return 2;
        }
        var train = all.Where(t => !EcbPlusReader.DevTopics.Contains(t)).ToList();
        var features = EcbPlusFeatures.Create(models);
        var articles = EcbPlusReader.Read(root, train).Where(d => d.EventMentions.Count > 0).Select(features.Read).ToList();
        WriteStoryDecision(articles, train, outPath, log);
        return 0;
    }

    /// <summary>The shipped learned story decision: samples from all training topics in the seed-1 order, with the setting
    /// <see cref="TuneStoriesLearned"/> chose.</summary>
    private static void WriteStoryDecision(List<EcbPlusArticle> articles, List<int> topics, string path, TextWriter log)
    {
        var byName = articles.OrderBy(a => a.Gold.Topic).ThenBy(a => a.Gold.Name, StringComparer.Ordinal).ToList();
        new Random(1).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(byName));
        var samples = CollectStories(byName, false);
        if (StoryDecisionBothStories) samples.AddRange(CollectStories(byName, true));
        var model = StoryDecisionModel.Train(samples, StoryDecisionL2, StoryDecisionThreshold, StoryDecisionFeatures);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var w = new StreamWriter(path);
        w.WriteLine("# Learned story decision (src/Dateline/Stories/StoryDecisionModel.cs): logistic regression over StoryPairFeatures,");
        w.WriteLine("# P(the candidate story is the article's); the best candidate joins at the threshold (after the product's time decay).");
        w.WriteLine($"# Samples: {samples.Count} (article, candidate story) pairs, {samples.Count(s => s.Y)} positive, from linking ECB+ (Cybulska and Vossen 2014,");
        w.WriteLine($"# annotations CC BY 3.0) training topics only ({string.Join(",", topics)}), never dev or test; L2 {StoryDecisionL2}.");
        w.WriteLine("# Rebuild: ./dateline train stories (or ./dateline eval coref --data ../shared/datasets/ecbplus --learn-stories data/stories/story-decision.tsv)");
        w.WriteLine("# Card: data/models/story-decision.md.");
        model.Write(w);
        log.WriteLine($"wrote {path}: {samples.Count} samples, {samples.Count(s => s.Y)} positive");
    }

    /// <summary>The training setting chosen by <see cref="TuneStoriesLearned"/> on the training folds.</summary>
    private static readonly double StoryDecisionL2 = 10.0;
    private static readonly double StoryDecisionThreshold = 0.3;
    private static readonly bool StoryDecisionBothStories = true;
    private static readonly IReadOnlySet<string>? StoryDecisionFeatures = null;
}
