using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dateline.Coreference;
using Dateline.Pipeline;
using Dateline.Stories;

namespace Dateline.Eval.Coreference;

/// <summary>
/// `dateline eval coref --data ../shared/datasets/ecbplus [--topics LIST]`: cross-document event coreference on
/// ECB+ with gold event mentions (validated sentences, singletons included), arguments from our own pipeline.
/// Articles are processed one at a time in a fixed order (a seeded shuffle: stories interleave as in a feed);
/// the story linker assigns each article to a story, the event linker each mention to an event, both against
/// candidates fetched by blocking keys. Scores MUC, B³, CEAF-e and CoNLL F1 over all mentions as one
/// meta-document, with predicted stories and with the gold (topic, sub-topic) groups, next to the same-lemma
/// baseline; and the stories against the gold groups (B³ over documents, adjusted Rand).
/// Without --topics the development topics and the training topics are scored separately.
/// </summary>
public sealed partial class CorefEvalTask : IEvalTask
{
    private static readonly Option<string?> TopicsOption = new("--topics") { Description = "Topics to score: a comma list (\"2,5,12\"), \"dev\" or \"train\". Default: dev and train, scored apart." };
    private static readonly Option<int> SeedOption = new("--seed") { Description = "Seed of the article order (a fixed shuffle). 0 = file-name order.", DefaultValueFactory = _ => 1 };
    private static readonly Option<int> OrdersOption = new("--orders") { Description = "Score N article orders (seeds 0 to N-1) and their mean, one line each; the floors of the mean of 4 orders are checked (the order noise on dev is about ±1 point: one order is a weak figure)." };
    private static readonly Option<bool> ShowChecksOption = new("--show-checks") { Description = "With --split-grid: print each story check (size, the two-means halves by gold group, their cross score)." };

    private static readonly Option<bool> ShowStoriesOption = new("--show-stories") { Description = "Print each predicted story with the gold groups of its articles." };
    private static readonly Option<bool> NoSplitOption = new("--no-story-split") { Description = "Comparison, not what ingest does: predicted stories without the story split and the stray repair (Stories/StorySplitter, StoryStrayFinder; ingest before session 9); floors not checked." };
    private static readonly Option<string?> LearnPairsOption = new("--learn-pairs") { Description = "Write the trigger-pair table learned on the training topics (never dev) to this path (data/coref/trigger-pairs.tsv)." };
    private static readonly Option<string?> LearnDecisionOption = new("--learn-decision") { Description = "Train the learned event decision on the training topics (never dev) and write its weights to this path (data/coref/event-decision.tsv)." };
    private static readonly Option<string?> TuneOption = new("--tune") { Description = "Grid-search the story (\"stories\") or event (\"events\") linker, where missed joins go wrong (\"errors\"), which mention pairs the learned decision misses or merges wrongly (\"event-mistakes\"), GloVe features of the learned decision (\"glove-learned\"), each gold trigger's lemma (\"trigger-lemmas\"), or both by the event score with predicted stories (\"joint\", what ingest does), events across stories (\"cross\"), story oracles and repairs (\"story-oracles\", \"stories-repair\", \"stories-split-trained\", \"stories-split-threshold\", \"stories-split-orders\", \"story-mistakes\", \"story-years\"), on the training topics (never dev) and print the best." };

    public string Name => "coref";

    public string Description => "ECB+ cross-document event coreference (gold mentions; MUC, B³, CEAF-e, CoNLL F1) and story clustering (B³, ARI).";

    public IReadOnlyList<Option> ExtraOptions => [TopicsOption, SeedOption, OrdersOption, TuneOption, LearnPairsOption, LearnDecisionOption, ShowStoriesOption, ShowChecksOption, NoSplitOption, SplitGridOption];

    public int Run(EvalRequest request)
    {
        var root = request.DataPath;
        var all = EcbPlusReader.Topics(root);
        if (all.Count == 0 || !File.Exists(Path.Combine(root, "ECBplus_coreference_sentences.csv")))
        {
            request.Error.WriteLine($"dateline eval coref: --data must be the ECB+ folder with ECB+/<topic>/ and ECBplus_coreference_sentences.csv ('{root}').");
            return 2;
        }
        var topicsArg = request.Parse.GetValue(TopicsOption);
        int seed = request.Parse.GetValue(SeedOption);
        var train = all.Where(t => !EcbPlusReader.DevTopics.Contains(t)).ToList();
        var dev = all.Where(EcbPlusReader.DevTopics.Contains).ToList();
        var splits = new List<(string Name, List<int> Topics)>();
        var learnPath = request.Parse.GetValue(LearnPairsOption);
        var decisionPath = request.Parse.GetValue(LearnDecisionOption);
        if (request.Parse.GetValue(TuneOption) is not null || learnPath is not null || decisionPath is not null) splits.Add(("train", train));
        else if (topicsArg is null) { splits.Add(("dev", dev)); splits.Add(("train", train)); }
        else if (topicsArg == "dev") splits.Add(("dev", dev));
        else if (topicsArg == "train") splits.Add(("train", train));
        else
        {
            var list = topicsArg.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int t) ? t : -1).ToList();
            if (list.Any(t => !all.Contains(t)))
            {
                request.Error.WriteLine($"dateline eval coref: --topics must list topics found in {root} ({string.Join(",", all)}), or say dev or train.");
                return 2;
            }
            splits.Add((list.Order().SequenceEqual(dev) ? "dev" : "topics", list));
        }

        var models = ShippedModels.Load();
        if (models.Language is null || models.Ner is null)
        {
            request.Error.WriteLine("dateline eval coref: needs the shipped language and NER models (data/models).");
            return 2;
        }
        var features = EcbPlusFeatures.Create(models);
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        var reports = new List<object>();
        foreach (var (splitName, topics) in splits)
        {
            var watch = Stopwatch.StartNew();
            var gold = EcbPlusReader.Read(root, topics).Where(d => d.EventMentions.Count > 0).ToList();
            var articles = Order(gold, seed).Select(features.Read).ToList();
            double readSeconds = watch.Elapsed.TotalSeconds;
            if (learnPath is not null)
            {
                WritePairs(articles, topics, learnPath);
                request.Out.WriteLine($"wrote {learnPath}");
                return 0;
            }
            if (decisionPath is not null)
            {
                WriteDecision(articles, topics, decisionPath, request.Out);
                return 0;
            }
            if (request.Parse.GetValue(TuneOption) is { } tune)
            {
                if (tune == "errors-learned") Errors(articles, request.Out, learned: true);
                else if (tune == "event-mistakes") EventMistakes(articles, request.Out);
                else if (tune == "args-learned") TuneArgsLearned(articles, request.Out);
                else if (tune == "glove-learned") TuneGloveLearned(articles, request.Out);
                else if (tune == "trigger-lemmas") TriggerLemmas(articles, request.Out);
                else if (tune is "learned" or "learned-rounds") TuneLearned(articles, request.Out, rounds: tune == "learned-rounds");
                else if (tune == "errors") Errors(articles, request.Out);
                else if (tune == "stories") TuneStories(articles, request.Out);
                else if (tune == "story-years") StoryYears(articles, request.Out);
                else if (tune == "story-mistakes") StoryMistakes(Order(articles.Select(a => a.Gold).ToList(), seed).Select(g => articles.First(a => a.Gold == g)).ToList(), request.Out);
                else if (tune == "stories-repair") TuneStoryRuns(articles, request.Out, RepairVariants(request.Out));
                else if (tune == "stories-split-trained")
                {
                    TuneStoryRuns(articles, request.Out, SplitVariants(request.Out));
                    TuneStoryRuns(articles, request.Out, SplitVariants(request.Out), SplitPrototype);
                }
                else if (tune == "stories-split-threshold") TuneStoryRuns(articles, request.Out, SplitThresholdVariants(request.Out));
                else if (tune == "stories-split-orders") TuneStoryRuns(articles, request.Out, SplitVariants(request.Out), orderCount: 10);
                else if (tune == "story-oracles") StoryOracles(articles, request.Out);
                else if (tune == "joint") TuneJoint(articles, request.Out);
                else if (tune == "cross") TuneCrossStory(articles, request.Out);
                else Tune(articles, request.Out);
                return 0;
            }
            if (request.Parse.GetValue(SplitGridOption) is { } grid)
            {
                request.Out.WriteLine($"ECB+ {splitName} topics, seed {seed}: {articles.Count} documents");
                SplitGrid(articles, grid, request.Out, request.Parse.GetValue(ShowStoriesOption), request.Parse.GetValue(ShowChecksOption));
                continue;
            }
            bool noSplit = request.Parse.GetValue(NoSplitOption);
            if (request.Parse.GetValue(OrdersOption) is > 0 and var orders)
            {
                var mean = Orders(splitName, gold, articles, orders, request.Json ? TextWriter.Null : request.Out, noSplit, reports);
                if (splitName == "dev" && !noSplit && orders == 4)
                    foreach (var (k, v) in mean) metrics[k.Replace("dev.", "dev.orders4.", StringComparison.Ordinal)] = v;
                continue;
            }
            var split = Evaluate(splitName, topics, articles, readSeconds, request.Json ? TextWriter.Null : request.Out, request.Parse.GetValue(ShowStoriesOption), noSplit);
            reports.Add(split.Report);
            if (splitName == "dev" && !noSplit)
                foreach (var (k, v) in split.Metrics) metrics[k] = v;
        }
        if (request.Json) request.Out.WriteLine(JsonSerializer.Serialize(new { task = Name, seed, splits = reports }));
        return EvalFloors.Check(Name, metrics, request.Error, root);
    }

    private static IEnumerable<EcbPlusDocument> Order(List<EcbPlusDocument> docs, int seed)
    {
        if (seed == 0) return docs;
        var copy = docs.ToList();
        new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(copy));
        return copy;
    }

    private sealed record SplitResult(Dictionary<string, double> Metrics, object Report);

    /// <summary>`--orders N`: the split scored in article orders 0 to N-1 (as `--seed`), one line each and the mean of
    /// each metric, which it returns.</summary>
    private static Dictionary<string, double> Orders(string splitName, List<EcbPlusDocument> gold, List<EcbPlusArticle> articles, int orders,
        TextWriter w, bool noSplit, List<object> reports)
    {
        var byDocument = articles.ToDictionary(a => a.Gold.Name, StringComparer.Ordinal);
        var sums = new Dictionary<string, double>(StringComparer.Ordinal);
        w.WriteLine($"ECB+ {splitName} topics, {articles.Count} documents, article orders 0-{orders - 1}{(noSplit ? ", WITHOUT the story split (not what ingest does)" : "")}:");
        for (int order = 0; order < orders; order++)
        {
            var ordered = Order(gold, order).Select(d => byDocument[d.Name]).ToList();
            var r = Evaluate(splitName, [], ordered, 0, TextWriter.Null, showStories: false, noSplit);
            reports.Add(new { order, report = r.Report });
            foreach (var (k, v) in r.Metrics) sums[k] = sums.GetValueOrDefault(k) + v;
            w.WriteLine($"  order {order,2}: {Line(r.Metrics)}");
        }
        var mean = sums.ToDictionary(kv => kv.Key, kv => kv.Value / orders, StringComparer.Ordinal);
        w.WriteLine($"  mean    : {Line(mean)}");
        return mean;

        static string Line(Dictionary<string, double> m) => string.Create(CultureInfo.InvariantCulture,
            $"CoNLL F1 predicted stories {m["dev.conll_f1"],6:0.00}  gold groups {m["dev.conll_f1_gold_groups"],6:0.00}  stories B³ {m["dev.stories_b3_f1"],6:0.00}  ARI {m["dev.stories_ari"]:0.000}");
    }

    private static SplitResult Evaluate(string splitName, List<int> topics, List<EcbPlusArticle> articles, double readSeconds, TextWriter w, bool showStories, bool noSplit = false)
    {
        // The linkers ingest uses (the shipped learned decision when there is one).
        var storyLinker = Linking.CrossDocumentLinker.StoryLinker;
        var eventLinker = Linking.CrossDocumentLinker.EventLinker;
        var mentions = articles.SelectMany(a => a.Mentions).ToList();
        var goldMentions = articles.SelectMany(a => a.Gold.EventMentions.Where(m => a.Mentions.Any(p => p.Id == m.Id))).ToList();
        var keyClusters = Clusters(goldMentions.Select(m => (m.Id, m.GoldCluster)));
        var goldGroups = articles.Select(a => a.Gold.Group).ToList();

        var watch = Stopwatch.StartNew();
        // Predicted stories as ingest makes them: linked one article at a time, split as ingest splits them.
        var splitter = noSplit ? null : Linking.CrossDocumentLinker.StorySplitter;
        var strays = noSplit ? null : Linking.CrossDocumentLinker.StoryStrays;
        var predicted = IncrementalRun.Run(articles, storyLinker, eventLinker, goldStories: false, splitter: splitter, strays: strays);
        if (noSplit) w.WriteLine("  WITHOUT the story split (not what ingest does)");
        double linkSeconds = watch.Elapsed.TotalSeconds;
        var gold = IncrementalRun.Run(articles, storyLinker, eventLinker, goldStories: true);
        var topicsRun = IncrementalRun.Run(articles, storyLinker, eventLinker, goldStories: true, goldTopics: true);
        var lemmaGold = IncrementalRun.Run(articles, storyLinker, eventLinker, goldStories: true, lemmaBaseline: true);
        var lemmaPred = IncrementalRun.Run(articles, storyLinker, eventLinker, goldStories: false, lemmaBaseline: true, splitter: splitter, strays: strays);

        var rows = new (string Name, CorefScores Scores)[]
        {
            ("linker, predicted stories", Score(keyClusters, predicted)),
            ("linker, gold groups", Score(keyClusters, gold)),
            ("linker, gold topics", Score(keyClusters, topicsRun)),
            ("same lemma, predicted stories", Score(keyClusters, lemmaPred)),
            ("same lemma, gold groups", Score(keyClusters, lemmaGold)),
        };
        var docB3 = CorefMetrics.BCubed(ClusteringScores.Clusters(goldGroups), ClusteringScores.Clusters(predicted.Stories));
        double ari = ClusteringScores.AdjustedRand(goldGroups, predicted.Stories);
        int storyCount = predicted.Stories.Distinct(StringComparer.Ordinal).Count();

        w.WriteLine($"ECB+ {splitName} topics {string.Join(",", topics)}: {articles.Count} documents, {mentions.Count} gold event mentions "
            + $"({goldMentions.Count(m => !m.GoldCluster.StartsWith("single:", StringComparison.Ordinal))} in gold chains), {keyClusters.Count} gold events incl. singletons, {goldGroups.Distinct().Count()} gold document groups");
        w.WriteLine($"  read with our pipeline in {readSeconds:0.0} s; linked incrementally in {linkSeconds * 1000:0} ms "
            + $"(at most {predicted.StoryCandidatesMax} candidate stories and {predicted.EventCandidatesMax} candidate events per decision)");
        w.WriteLine($"  stories: {storyCount} predicted ({predicted.Splits} split on the way, {predicted.Moves} stray articles moved) vs {goldGroups.Distinct().Count()} gold groups; B³ R {P(docB3.Recall)} P {P(docB3.Precision)} F1 {P(docB3.F1)}; ARI {ari:0.000}");
        if (showStories)
            foreach (var g in predicted.Stories.Select((s, i) => (Story: s, Group: goldGroups[i])).GroupBy(x => x.Story, StringComparer.Ordinal))
                w.WriteLine($"    {g.Key}: {string.Join(" ", g.GroupBy(x => x.Group, StringComparer.Ordinal).Select(x => $"{x.Key}×{x.Count()}"))}");
        if (topics.Any(t => !EcbPlusReader.DevTopics.Contains(t)))
            w.WriteLine("  (the shipped trigger-pair table was learned on the training topics: their event scores flatter the linker)");
        w.WriteLine("  events (gold mentions, singletons included)   MUC R/P/F1          B³ R/P/F1           CEAF-e R/P/F1       CoNLL F1");
        foreach (var (name, s) in rows)
            w.WriteLine($"    {name,-34} {Rpf(s.Muc)}   {Rpf(s.B3)}   {Rpf(s.CeafE)}   {P(s.Conll)}");

        var m = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["dev.conll_f1"] = 100 * rows[0].Scores.Conll,
            ["dev.conll_f1_gold_groups"] = 100 * rows[1].Scores.Conll,
            ["dev.stories_b3_f1"] = 100 * docB3.F1,
            ["dev.stories_ari"] = ari,
        };
        var report = new
        {
            split = splitName, topics, documents = articles.Count, mentions = mentions.Count, goldEvents = keyClusters.Count,
            stories = new { predicted = storyCount, splits = predicted.Splits, moved = predicted.Moves, gold = goldGroups.Distinct().Count(), b3 = Json(docB3), ari },
            events = rows.Select(r => new { setting = r.Name, muc = Json(r.Scores.Muc), b3 = Json(r.Scores.B3), ceafE = Json(r.Scores.CeafE), conll = 100 * r.Scores.Conll }),
            readSeconds, linkSeconds,
        };
        return new SplitResult(m, report);
    }

    /// <summary>
    /// A small grid over the thresholds and main weights on the training topics, in two folds (odd and even topics):
    /// each fold is linked with trigger pairs learned on the other, so the learned table does not flatter itself.
    /// </summary>
    private static void Tune(List<EcbPlusArticle> articles, TextWriter w)
    {
        var folds = new[] { articles.Where(a => a.Gold.Topic % 2 == 1).ToList(), articles.Where(a => a.Gold.Topic % 2 == 0).ToList() };
        var relations = new[] { Learned(folds[1]), Learned(folds[0]) };
        var keys = folds.Select(f => Clusters(f.SelectMany(a => a.Gold.EventMentions.Where(m => a.Mentions.Any(p => p.Id == m.Id))).Select(m => (m.Id, m.GoldCluster)))).ToArray();
        var results = new List<(double Score, double Pred, string What)>();
        foreach (var th in new[] { 1.0, 1.2 })
        foreach (var trig in new[] { 1.0 })
        foreach (var ctx in new[] { 0.5, 1.0 })
        foreach (var part in new[] { 0.0, 0.25, 0.5 })
        foreach (var actors in new[] { 0.0, 0.2, 0.4, 0.6 })
        {
            double time = 0.25;
            var o = new EventLinkerOptions { Threshold = th, TriggerWeight = trig, ContextWeight = ctx, ParticipantWeight = part, TimeWeight = time, StoryWeight = 0, ArticleActorWeight = actors };
            double gold = 0, pred = 0;
            for (int f = 0; f < 2; f++)
            {
                var linker = new EventLinker(o, relations[f]);
                gold += Score(keys[f], IncrementalRun.Run(folds[f], new StoryLinker(), linker, goldStories: true, goldTopics: true)).Conll / 2;
                pred += Score(keys[f], IncrementalRun.Run(folds[f], new StoryLinker(), linker, goldStories: false)).Conll / 2;
            }
            results.Add((gold, pred, $"threshold {th} trigger {trig} context {ctx} participants {part} time {time} article actors {actors}"));
        }
        foreach (var (s, pr, what) in results.OrderByDescending(r => r.Pred + r.Score).Take(12))
            w.WriteLine($"CoNLL gold topics {P(s)} predicted stories {P(pr)}  {what}");
    }

    /// <summary>
    /// The story and event linkers together, scored as ingest uses them: event CoNLL F1 with predicted stories, on the
    /// training topics in the two folds of <see cref="Tune"/> (each linked with trigger pairs learned on the other).
    /// </summary>
    private static void TuneJoint(List<EcbPlusArticle> articles, TextWriter w)
    {
        var folds = new[] { articles.Where(a => a.Gold.Topic % 2 == 1).ToList(), articles.Where(a => a.Gold.Topic % 2 == 0).ToList() };
        var relations = new[] { Learned(folds[1]), Learned(folds[0]) };
        var keys = folds.Select(f => Clusters(f.SelectMany(a => a.Gold.EventMentions.Where(m => a.Mentions.Any(p => p.Id == m.Id))).Select(m => (m.Id, m.GoldCluster)))).ToArray();
        var results = new List<(double Pred, string What)>();
        foreach (var st in new[] { 0.15, 0.2, 0.25 })
        foreach (var clash in new[] { 0.1, 0.2 })
        foreach (var th in new[] { 0.9, 1.0, 1.2 })
        foreach (var actors in new[] { 0.2, 0.4 })
        foreach (var place in new[] { 0.3, 0.6 })
        foreach (var country in new[] { false, true })
        {
            var so = new StoryLinkerOptions { Threshold = st, EntityClashPenalty = clash };
            var o = new EventLinkerOptions { Threshold = th, ArticleActorWeight = actors, PlaceWeight = place, VetoOtherCountry = country };
            double pred = 0;
            for (int f = 0; f < 2; f++)
                pred += Score(keys[f], IncrementalRun.Run(folds[f], new StoryLinker(so), new EventLinker(o, relations[f]), goldStories: false)).Conll / 2;
            results.Add((pred, $"story threshold {st} clash {clash}; event threshold {th} article actors {actors} place {place} veto other country {country}"));
        }
        foreach (var (pr, what) in results.OrderByDescending(r => r.Pred).Take(12))
            w.WriteLine($"CoNLL predicted stories {P(pr)}  {what}");
    }

    /// <summary>
    /// Events across stories, on the training folds of <see cref="Tune"/> with predicted stories: without
    /// <see cref="EventLinkerOptions.RequireSameStory"/>, a same-story candidate gets <see cref="EventLinkerOptions.StoryWeight"/>
    /// and the threshold rises by as much (within a story nothing changes), so a mention can still join an event of
    /// another story (one the story linker split off) on strong enough evidence alone.
    /// </summary>
    private static void TuneCrossStory(List<EcbPlusArticle> articles, TextWriter w)
    {
        var folds = new[] { articles.Where(a => a.Gold.Topic % 2 == 1).ToList(), articles.Where(a => a.Gold.Topic % 2 == 0).ToList() };
        var relations = new[] { Learned(folds[1]), Learned(folds[0]) };
        var keys = folds.Select(f => Clusters(f.SelectMany(a => a.Gold.EventMentions.Where(m => a.Mentions.Any(p => p.Id == m.Id))).Select(m => (m.Id, m.GoldCluster)))).ToArray();
        var settings = new List<EventLinkerOptions>();
        foreach (var th in new[] { 1.0, 0.9, 0.8 })
        {
            settings.Add(new EventLinkerOptions { Threshold = th });
            settings.Add(new EventLinkerOptions { RequireSameStory = false, StoryWeight = 0.3, Threshold = th + 0.3 });
        }
        foreach (var o in settings)
        {
            double pred = 0, gold = 0;
            for (int f = 0; f < 2; f++)
            {
                pred += Score(keys[f], IncrementalRun.Run(folds[f], new StoryLinker(), new EventLinker(o, relations[f]), goldStories: false)).Conll / 2;
                gold += Score(keys[f], IncrementalRun.Run(folds[f], new StoryLinker(), new EventLinker(o, relations[f]), goldStories: true)).Conll / 2;
            }
            w.WriteLine($"CoNLL predicted stories {P(pred)} gold groups {P(gold)}  same story required {o.RequireSameStory} story weight {o.StoryWeight} threshold {o.Threshold}");
            w.Flush();
        }
    }

    /// <summary>
    /// Where the event linker goes wrong, mention by mention, with the gold document groups as stories, in the two folds of
    /// <see cref="Tune"/>: a mention whose gold event already has mentions should join the predicted event holding most of
    /// them; counts whether it did, or why not (not among the candidates the keys fetched, a veto and which, below the
    /// threshold, another event scored higher), and how many first mentions of a gold event joined something.
    /// </summary>
    /// <param name="learned">Follow the learned decision (each fold's model trained on the other fold, as in <see cref="TuneLearned"/>)
    /// instead of the hand weights; a miss then also says whether the trigger was unrelated.</param>
    private static void Errors(List<EcbPlusArticle> articles, TextWriter w, bool learned = false)
    {
        var folds = new[] { articles.Where(a => a.Gold.Topic % 2 == 1).ToList(), articles.Where(a => a.Gold.Topic % 2 == 0).ToList() };
        var relations = new[] { Learned(folds[1]), Learned(folds[0]) };
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int f = 0; f < 2; f++)
        {
            var model = learned ? EventDecisionModel.Train(CrossFitted(folds[1 - f], true), DecisionL2, DecisionThreshold, DecisionFeatures) : null;
            var linker = new EventLinker(null, relations[f], model);
            var goldOf = folds[f].SelectMany(a => a.Gold.EventMentions).ToDictionary(m => m.Id, m => m.GoldCluster, StringComparer.Ordinal);
            var events = new Dictionary<string, EventClusterSummary>(StringComparer.Ordinal);
            var idx = new KeyIndex(Linking.CrossDocumentLinker.EventCandidatesPerKey);
            var goldToPred = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
            foreach (var a in folds[f])
                foreach (var m0 in a.Mentions)
                {
                    var m = m0 with { StoryId = a.Gold.Group };
                    var cands = idx.Lookup(EventKeys.ForLookup(m)).Select(id => events[id]).ToList();
                    var d = linker.Link(m, cands);
                    var g = goldOf[m.Id];
                    string? target = goldToPred.TryGetValue(g, out var tp) ? tp.OrderByDescending(kv => kv.Value).First().Key : null;
                    string k;
                    if (target is null) k = d.ClusterId is null ? "new ok" : "new: joined wrongly";
                    else if (d.ClusterId == target) k = "join ok";
                    else if (!cands.Any(c => c.Id == target)) k = "miss: not a candidate";
                    else if (model is not null)
                    {
                        var x = EventPairFeatures.Compute(m, events[target], linker.Relations, linker.Options, out var veto);
                        string trig = x is null ? "" : x[EventPairFeatures.Names.ToList().IndexOf("trigger.unrelated")] > 0 ? " (trigger unrelated)" : " (trigger related)";
                        k = x is null ? "miss: vetoed, " + VetoReason(veto ?? "")
                            : d.ClusterId is null ? "miss: below threshold" + trig : "miss: other event won" + trig;
                    }
                    else
                    {
                        var (sc, why) = linker.Score(m, events[target]);
                        bool sameLemma = events[target].Lemmas.ContainsKey(m.TriggerLemma);
                        k = double.IsNegativeInfinity(sc) ? "miss: vetoed, " + VetoReason(why)
                            : d.ClusterId is null ? $"miss: below threshold (same lemma {sameLemma})" : "miss: other event won";
                    }
                    counts[k] = counts.GetValueOrDefault(k) + 1;
                    var id = d.ClusterId ?? $"e{events.Count + 1}";
                    events[id] = events.TryGetValue(id, out var e) ? e.Add(m) : EventClusterSummary.Start(id, m);
                    idx.Add(EventKeys.ForMention(m), id);
                    if (!goldToPred.TryGetValue(g, out var map)) goldToPred[g] = map = new(StringComparer.Ordinal);
                    map[id] = map.GetValueOrDefault(id) + 1;
                }
        }
        foreach (var kv in counts.OrderBy(kv => kv.Key, StringComparer.Ordinal)) w.WriteLine($"{kv.Key}\t{kv.Value}");
    }

    private static string VetoReason(string why) =>
        why.Contains("unrelated", StringComparison.Ordinal) ? "trigger unrelated"
        : why.Contains("incompatible", StringComparison.Ordinal) ? "dates"
        : why.Contains("country", StringComparison.Ordinal) ? "other country"
        : why.Contains("type", StringComparison.Ordinal) ? "other type" : "other";

    /// <summary>
    /// A grid over the story linker on the training topics: story B³ and ARI against the gold groups over all of them
    /// (the story linker learns nothing), and the event CoNLL F1 with those predicted stories in the two folds of
    /// <see cref="Tune"/> (each linked with trigger pairs learned on the other). Sorted by the event score.
    /// </summary>
    private static void TuneStories(List<EcbPlusArticle> articles, TextWriter w)
    {
        var groups = articles.Select(a => a.Gold.Group).ToList();
        var folds = new[] { articles.Where(a => a.Gold.Topic % 2 == 1).ToList(), articles.Where(a => a.Gold.Topic % 2 == 0).ToList() };
        var relations = new[] { Learned(folds[1]), Learned(folds[0]) };
        var keys = folds.Select(f => Clusters(f.SelectMany(a => a.Gold.EventMentions.Where(m => a.Mentions.Any(p => p.Id == m.Id))).Select(m => (m.Id, m.GoldCluster)))).ToArray();
        var results = new List<(double Conll, double B3, double P, double R, double Ari, int Stories, string What)>();
        foreach (var ew in new[] { 0.4, 0.6 })
        foreach (var pen in new[] { 0.0, 0.1, 0.2 })
        foreach (var st in new[] { 0.1, 0.15, 0.2, 0.25 })
        {
            var so = new StoryLinkerOptions { Threshold = st, EntityClashPenalty = pen, EntityWeight = ew };
            var r = IncrementalRun.Run(articles, new StoryLinker(so), new EventLinker(), goldStories: false, lemmaBaseline: true);
            var b3 = CorefMetrics.BCubed(ClusteringScores.Clusters(groups), ClusteringScores.Clusters(r.Stories));
            double conll = 0;
            for (int f = 0; f < 2; f++)
                conll += Score(keys[f], IncrementalRun.Run(folds[f], new StoryLinker(so), new EventLinker(null, relations[f]), goldStories: false)).Conll / 2;
            results.Add((conll, b3.F1, b3.Precision, b3.Recall, ClusteringScores.AdjustedRand(groups, r.Stories), r.Stories.Distinct().Count(),
                $"entities {ew} clash {pen} threshold {st}"));
            w.WriteLine($"CoNLL predicted stories {P(conll)} stories B³ F1 {P(b3.F1)} (P {P(b3.Precision)} R {P(b3.Recall)}) ARI {results[^1].Ari:0.000} stories {results[^1].Stories}  {results[^1].What}");
            w.Flush();
        }
        w.WriteLine("best:");
        foreach (var x in results.OrderByDescending(r => r.Conll).Take(15))
            w.WriteLine($"CoNLL predicted stories {P(x.Conll)} stories B³ F1 {P(x.B3)} (P {P(x.P)} R {P(x.R)}) ARI {x.Ari:0.000} stories {x.Stories}  {x.What}");
    }

    /// <summary>Feature sets of <see cref="TuneLearned"/>: the hand score's components alone, or everything.</summary>
    private static readonly IReadOnlySet<string> HandFeatures = new HashSet<string>(StringComparer.Ordinal)
    {
        "trigger.same_lemma", "trigger.form", "trigger.pair_rate", "trigger.same_type_only", "trigger.unrelated", "trigger.similarity", "type.same",
        "context", "participants.share", "actors.share", "actors.none_shared", "date.compatible", "date.overlaps", "date.disagree",
        "place.same", "place.same_country", "place.other_country",
    };

    /// <summary>
    /// (mention, candidate event) samples from linking <paramref name="articles"/> incrementally with <paramref name="linker"/>:
    /// every candidate no product veto excludes, labelled by whether the gold event of most of its mentions so far is the mention's.
    /// </summary>
    private static List<(double[] X, bool Y)> Collect(List<EcbPlusArticle> articles, EventLinker linker, bool goldStories, StoryRepair? repair = null)
    {
        var goldOf = articles.SelectMany(a => a.Gold.EventMentions).ToDictionary(m => m.Id, m => m.GoldCluster, StringComparer.Ordinal);
        var held = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var samples = new List<(double[], bool)>();
        Action<EventProfile, IReadOnlyList<EventClusterSummary>, string> observe = (m, candidates, id) =>
        {
            var g = goldOf[m.Id];
            foreach (var c in candidates)
            {
                if (EventPairFeatures.Compute(m, c, linker.Relations, linker.Options) is not { } x) continue;
                var major = held[c.Id].OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
                samples.Add((x, string.Equals(major, g, StringComparison.Ordinal)));
            }
            if (!held.TryGetValue(id, out var counts)) held[id] = counts = new(StringComparer.Ordinal);
            counts[g] = counts.GetValueOrDefault(g) + 1;
        };
        if (repair is not null && !goldStories) RepairRun.Run(articles, new StoryLinker(), linker, repair, out _, observe);
        else IncrementalRun.Run(articles, new StoryLinker(), linker, goldStories, observe: observe);
        return samples;
    }

    /// <summary>
    /// Training samples from <paramref name="articles"/> with trigger tables that never saw the mentions they describe:
    /// the topics split in two halves (alternate topics), each half linked and described with the table of the other.
    /// With <paramref name="model"/>, the trajectory follows the learned decision instead of the hand weights.
    /// </summary>
    private static List<(double[] X, bool Y)> CrossFitted(List<EcbPlusArticle> articles, bool bothStories, IReadOnlyList<EventDecisionModel?>? model = null, StoryRepair? repair = null) =>
        [.. CrossFittedHalves(articles, bothStories, model, repair).SelectMany(h => h)];

    /// <summary>The samples of <see cref="CrossFitted"/>, one list per half of the topics.</summary>
    private static List<(double[] X, bool Y)>[] CrossFittedHalves(List<EcbPlusArticle> articles, bool bothStories, IReadOnlyList<EventDecisionModel?>? model = null, StoryRepair? repair = null)
    {
        var topics = articles.Select(a => a.Gold.Topic).Distinct().Order().ToList();
        var halves = new[]
        {
            articles.Where(a => topics.IndexOf(a.Gold.Topic) % 2 == 0).ToList(),
            articles.Where(a => topics.IndexOf(a.Gold.Topic) % 2 == 1).ToList(),
        };
        var samples = new[] { new List<(double[] X, bool Y)>(), new List<(double[] X, bool Y)>() };
        for (int h = 0; h < 2; h++)
        {
            var linker = new EventLinker(null, Learned(halves[1 - h]), model?[h]);
            samples[h].AddRange(Collect(halves[h], linker, goldStories: false, repair));
            if (bothStories) samples[h].AddRange(Collect(halves[h], linker, goldStories: true));
        }
        return samples;
    }

    /// <summary>
    /// The learned decision against the hand weights on the training topics, in the two folds of <see cref="Tune"/>: each
    /// fold is linked with the trigger table and a model learned on the other fold only (the model's samples themselves
    /// cross-fitted, <see cref="CrossFitted"/>); event CoNLL F1 with predicted stories and gold groups, averaged over
    /// the article orders of seeds 1-3, next to the hand linker in the same orders.
    /// </summary>
    /// <param name="rounds">Compare one round of samples with two (the second along the learned decision's own trajectory) instead of the feature grid.</param>
    private static void TuneLearned(List<EcbPlusArticle> articles, TextWriter w, bool rounds)
    {
        var (orders, folds, relations, keys) = LearnedFolds(articles);

        (double Pred, double Gold, string Seeds) Measure(Func<int, EventLinker> linkerFor)
        {
            double pred = 0, gold = 0;
            var per = new List<string>();
            for (int s = 0; s < orders.Count; s++)
            {
                double ps = 0, gs = 0;
                for (int f = 0; f < 2; f++)
                {
                    ps += Score(keys[f], IncrementalRun.Run(folds[s][f], new StoryLinker(), linkerFor(f), goldStories: false)).Conll / 2;
                    gs += Score(keys[f], IncrementalRun.Run(folds[s][f], new StoryLinker(), linkerFor(f), goldStories: true)).Conll / 2;
                }
                pred += ps / orders.Count;
                gold += gs / orders.Count;
                per.Add($"{P(ps).Trim()}/{P(gs).Trim()}");
            }
            return (pred, gold, string.Join(" ", per));
        }

        var hand = Measure(f => new EventLinker(null, relations[f]));
        w.WriteLine($"hand weights: predicted stories {P(hand.Pred)} gold groups {P(hand.Gold)}  (seeds 1-3: {hand.Seeds})");
        w.Flush();
        if (rounds)
        {
            // A second round: samples also along the learned decision's own trajectory (each half linked with a model
            // trained on the other half's first-round samples), then one model on both rounds.
            var first = new[] { CrossFittedHalves(folds[0][1], true), CrossFittedHalves(folds[0][0], true) };
            var round1 = first.Select(h => EventDecisionModel.Train([.. h[0], .. h[1]], 10, 0.3)).ToArray();
            var second = first.Select((h, i) =>
            {
                var halfModels = new EventDecisionModel?[] { EventDecisionModel.Train(h[1], 10, 0.3), EventDecisionModel.Train(h[0], 10, 0.3) };
                return CrossFitted(i == 0 ? folds[0][1] : folds[0][0], true, halfModels);
            }).ToArray();
            var round2 = first.Select((h, i) => EventDecisionModel.Train([.. h[0], .. h[1], .. second[i]], 10, 0.3)).ToArray();
            foreach (var th in new[] { 0.25, 0.3, 0.35, 0.4 })
            {
                var r1 = Measure(f => new EventLinker(null, relations[f], round1[f].WithThreshold(th)));
                w.WriteLine($"learned, one round: predicted stories {P(r1.Pred)} gold groups {P(r1.Gold)}  (seeds 1-3: {r1.Seeds})  threshold {th}");
                var r2 = Measure(f => new EventLinker(null, relations[f], round2[f].WithThreshold(th)));
                w.WriteLine($"learned, two rounds: predicted stories {P(r2.Pred)} gold groups {P(r2.Gold)}  (seeds 1-3: {r2.Seeds})  threshold {th}");
                w.Flush();
            }
            return;
        }
        foreach (var both in new[] { false, true })
        {
            // Each fold's samples come from the other fold (seed-1 order), cross-fitted inside it.
            var samples = new[] { CrossFitted(folds[0][1], both), CrossFitted(folds[0][0], both) };
            w.WriteLine($"samples ({(both ? "predicted stories + gold groups" : "predicted stories")}): {samples[0].Count} / {samples[1].Count}, positive {samples[0].Count(x => x.Y)} / {samples[1].Count(x => x.Y)}");
            foreach (var (setName, set) in new[] { ("all features", (IReadOnlySet<string>?)null), ("hand components", HandFeatures) })
            foreach (var l2 in new[] { 1.0, 10.0 })
            {
                var models = samples.Select(s => EventDecisionModel.Train(s, l2, 0.5, set)).ToArray();
                foreach (var th in new[] { 0.3, 0.4, 0.5, 0.6 })
                {
                    var r = Measure(f => new EventLinker(null, relations[f], models[f].WithThreshold(th)));
                    w.WriteLine($"learned: predicted stories {P(r.Pred)} gold groups {P(r.Gold)}  (seeds 1-3: {r.Seeds})  {setName}, l2 {l2}, threshold {th}, samples {(both ? "pred+gold" : "pred")}");
                    w.Flush();
                }
            }
        }
    }

    /// <summary>Argument feature groups of <see cref="TuneArgsLearned"/>, each tried on top of the shipped features.</summary>
    private static readonly (string Name, string[] Features)[] ArgumentGroups =
    [
        ("none (the features before session 7)", []),
        ("agent+patient", ["args.agent_share", "args.patient_share"]),
    ];

    /// <summary>
    /// The trigger's parse arguments as features of the learned decision, on the training folds of <see cref="TuneLearned"/>
    /// (same samples, models per fold learned on the other, seeds 1-3, L2 10, samples from both kinds of runs): each group
    /// of <see cref="ArgumentGroups"/> added to the shipped features, against the shipped features alone in the same run.
    /// </summary>
    private static void TuneArgsLearned(List<EcbPlusArticle> articles, TextWriter w)
    {
        var (orders, folds, relations, keys) = LearnedFolds(articles);
        var mentions = articles.SelectMany(a => a.Mentions).ToList();
        w.WriteLine($"mentions with arguments: {mentions.Count(m => m.Arguments.Length > 0)} of {mentions.Count}; by role: " +
            string.Join(", ", "ap".Select(r => $"{r} {mentions.Count(m => EventArguments.Of(m.Arguments, r.ToString()).Any())}")));
        var samples = new[] { CrossFitted(folds[0][1], true), CrossFitted(folds[0][0], true) };
        w.WriteLine($"samples: {samples[0].Count} / {samples[1].Count}");
        var shipped = EventPairFeatures.Names.Where(n => !n.StartsWith("args.", StringComparison.Ordinal) && !n.StartsWith("vec.", StringComparison.Ordinal)).ToList();
        LearnedGroups(orders, folds, relations, keys, samples, shipped, ArgumentGroups, [0.3, 0.35, 0.4], w);
    }

    /// <summary>GloVe feature groups of <see cref="TuneGloveLearned"/>, each tried on top of the features before them.</summary>
    private static readonly (string Name, string[] Features)[] GloveGroups =
    [
        ("none (the 38 features before session 10)", []),
        ("trigger max", ["vec.trigger_max", "vec.trigger_max_unrelated"]),
        ("trigger vs context", ["vec.trigger_context", "vec.trigger_context_unrelated"]),
        ("trigger max + trigger vs context", ["vec.trigger_max", "vec.trigger_max_unrelated", "vec.trigger_context", "vec.trigger_context_unrelated"]),
    ];

    /// <summary>
    /// Pre-trained GloVe cosines (<see cref="EventVectors"/>) as features of the learned decision, on the training folds as
    /// <see cref="TuneArgsLearned"/> does: each group of <see cref="GloveGroups"/> added to the 38 features before them.
    /// </summary>
    private static void TuneGloveLearned(List<EcbPlusArticle> articles, TextWriter w)
    {
        var (orders, folds, relations, keys) = LearnedFolds(articles);
        var samples = new[] { CrossFitted(folds[0][1], true), CrossFitted(folds[0][0], true) };
        w.WriteLine($"samples: {samples[0].Count} / {samples[1].Count}");
        int ui = EventPairFeatures.Names.ToList().IndexOf("trigger.unrelated");
        foreach (var name in new[] { "vec.trigger_max", "vec.trigger_context" })
        {
            int j = EventPairFeatures.Names.ToList().IndexOf(name);
            var un = samples.SelectMany(s => s).Where(s => s.X[ui] == 1).ToList();
            string Stat(bool y) { var v = un.Where(s => s.Y == y).Select(s => s.X[j]).ToList(); return $"mean {v.Average():0.000}, > 0.5 {100.0 * v.Count(x => x > 0.5) / v.Count:0}%"; }
            w.WriteLine($"  {name} over unrelated-trigger pairs: right event {Stat(true)}; other {Stat(false)}");
        }
        var before = EventPairFeatures.Names.Where(n => !n.StartsWith("vec.", StringComparison.Ordinal)).ToList();
        LearnedGroups(orders, folds, relations, keys, samples, before, GloveGroups, [0.3, 0.35], w);
    }

    private static void LearnedGroups(List<List<EcbPlusArticle>> orders, List<List<EcbPlusArticle>[]> folds, TriggerRelations[] relations, List<IReadOnlyCollection<string>>[] keys,
        List<(double[] X, bool Y)>[] samples, List<string> shipped, (string Name, string[] Features)[] groups, double[] thresholds, TextWriter w)
    {
        foreach (var (name, group) in groups)
        {
            var use = new HashSet<string>([.. shipped, .. group], StringComparer.Ordinal);
            var models = samples.Select(s => EventDecisionModel.Train(s, DecisionL2, 0.5, use)).ToArray();
            foreach (var th in thresholds)
            {
                double pred = 0, gold = 0;
                var per = new List<string>();
                for (int s = 0; s < orders.Count; s++)
                {
                    double ps = 0, gs = 0;
                    for (int f = 0; f < 2; f++)
                    {
                        var linker = new EventLinker(null, relations[f], models[f].WithThreshold(th));
                        ps += Score(keys[f], IncrementalRun.Run(folds[s][f], new StoryLinker(), linker, goldStories: false)).Conll / 2;
                        gs += Score(keys[f], IncrementalRun.Run(folds[s][f], new StoryLinker(), linker, goldStories: true)).Conll / 2;
                    }
                    pred += ps / orders.Count;
                    gold += gs / orders.Count;
                    per.Add($"{P(ps).Trim()}/{P(gs).Trim()}");
                }
                w.WriteLine($"learned + {name}: predicted stories {P(pred)} gold groups {P(gold)}  (seeds 1-3: {string.Join(" ", per)})  threshold {th}");
                w.Flush();
            }
            if (group.Length > 0)
                w.WriteLine("  weights (fold 1 / fold 2): " + string.Join(", ", group.Select(g => $"{g} {models[0].Weights[EventPairFeatures.Names.ToList().IndexOf(g)]:0.00}/{models[1].Weights[EventPairFeatures.Names.ToList().IndexOf(g)]:0.00}")));
        }
    }

    /// <summary>
    /// `dateline train coref`: reads the ECB+ training topics (never dev or test) with our pipeline and writes the learned
    /// event decision (<see cref="WriteDecision"/>). Returns a process exit code.
    /// </summary>
    public static int TrainDecision(string root, string outPath, TextWriter log, TextWriter error)
    {
        var all = EcbPlusReader.Topics(root);
        if (all.Count == 0 || !File.Exists(Path.Combine(root, "ECBplus_coreference_sentences.csv")))
        {
            error.WriteLine($"dateline train coref: --data must be the ECB+ folder with ECB+/<topic>/ and ECBplus_coreference_sentences.csv ('{root}').");
            return 2;
        }
        var models = ShippedModels.Load();
        if (models.Language is null || models.Ner is null)
        {
            error.WriteLine("dateline train coref: needs the shipped language and NER models (data/models).");
            return 2;
        }
        var train = all.Where(t => !EcbPlusReader.DevTopics.Contains(t)).ToList();
        var features = EcbPlusFeatures.Create(models);
        var articles = EcbPlusReader.Read(root, train).Where(d => d.EventMentions.Count > 0).Select(features.Read).ToList();
        WriteDecision(articles, train, outPath, log);
        return 0;
    }

    /// <summary>
    /// The shipped learned decision: samples from all training topics in the two folds of <see cref="Tune"/>, each linked
    /// and described with the trigger table of the other fold (as the product's table never saw the articles it links).
    /// </summary>
    private static void WriteDecision(List<EcbPlusArticle> articles, List<int> topics, string path, TextWriter log)
    {
        var samples = new List<(double[] X, bool Y)>();
        foreach (var seed in DecisionSeeds)
        {
            var byName = articles.OrderBy(a => a.Gold.Topic).ThenBy(a => a.Gold.Name, StringComparer.Ordinal).ToList();
            new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(byName));
            var folds = new[] { byName.Where(a => a.Gold.Topic % 2 == 1).ToList(), byName.Where(a => a.Gold.Topic % 2 == 0).ToList() };
            for (int f = 0; f < 2; f++)
            {
                var linker = new EventLinker(null, Learned(folds[1 - f]));
                samples.AddRange(Collect(folds[f], linker, goldStories: false));
                if (DecisionBothStories) samples.AddRange(Collect(folds[f], linker, goldStories: true));
            }
        }
        var model = EventDecisionModel.Train(samples, DecisionL2, DecisionThreshold, DecisionFeatures);
        using var w = new StreamWriter(path);
        w.WriteLine("# Learned join decision for cross-document event coreference (src/Dateline/Coreference/EventDecisionModel.cs): logistic");
        w.WriteLine("# regression over EventPairFeatures, P(the candidate event holds the mention's event); the best candidate joins at the threshold.");
        w.WriteLine($"# Samples: {samples.Count} (mention, candidate) pairs, {samples.Count(s => s.Y)} positive, from linking ECB+ (Cybulska and Vossen 2014,");
        w.WriteLine($"# annotations CC BY 3.0) training topics only ({string.Join(",", topics)}), never dev or test; article orders of seeds {string.Join(", ", DecisionSeeds)}; L2 {DecisionL2}.");
        w.WriteLine("# Rebuild: ./dateline train coref (or ./dateline eval coref --data ../shared/datasets/ecbplus --learn-decision data/coref/event-decision.tsv)");
        w.WriteLine("# Card: data/models/coref-event-decision.md.");
        model.Write(w);
        log.WriteLine($"wrote {path}: {samples.Count} samples, {samples.Count(s => s.Y)} positive");
    }

    /// <summary>The training setting chosen by <see cref="TuneLearned"/> on the training folds.</summary>
    private static readonly double DecisionL2 = 10.0;
    private static readonly double DecisionThreshold = 0.3;
    private static readonly bool DecisionBothStories = true;

    /// <summary>The article orders (shuffle seeds) the samples are collected along: each order meets the events at other
    /// stages, so three orders give the regression more varied candidates than one (session 12).</summary>
    private static readonly int[] DecisionSeeds = [1, 2, 3];
    private static readonly IReadOnlySet<string>? DecisionFeatures = null;

    /// <summary>
    /// The article orders of seeds 1-3 (from file-name order), each split into the two folds of <see cref="Tune"/> (odd and
    /// even topics); each fold's trigger table learned on the other fold, and each fold's gold event clusters.
    /// </summary>
    private static (List<List<EcbPlusArticle>> Orders, List<List<EcbPlusArticle>[]> Folds, TriggerRelations[] Relations, List<IReadOnlyCollection<string>>[] Keys) LearnedFolds(List<EcbPlusArticle> articles, int orderCount = 3)
    {
        var byName = articles.OrderBy(a => a.Gold.Topic).ThenBy(a => a.Gold.Name, StringComparer.Ordinal).ToList();
        int[] seeds = [.. Enumerable.Range(1, orderCount)];
        var orders = seeds.Select(s => { var c = byName.ToList(); new Random(s).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(c)); return c; }).ToList();
        var folds = orders.Select(o => new[] { o.Where(a => a.Gold.Topic % 2 == 1).ToList(), o.Where(a => a.Gold.Topic % 2 == 0).ToList() }).ToList();
        var relations = new[] { Learned(folds[0][1]), Learned(folds[0][0]) };
        var keys = folds[0].Select(f => Clusters(f.SelectMany(a => a.Gold.EventMentions.Where(m => a.Mentions.Any(p => p.Id == m.Id))).Select(m => (m.Id, m.GoldCluster)))).ToArray();
        return (orders, folds, relations, keys);
    }

    private static TriggerRelations Learned(List<EcbPlusArticle> articles)
    {
        var goldOf = articles.SelectMany(a => a.Gold.EventMentions).ToDictionary(m => m.Id, m => m.GoldCluster, StringComparer.Ordinal);
        return TriggerRelations.From(TriggerRelations.Learn(articles.GroupBy(a => a.Gold.Group, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<(string, string)>)g.SelectMany(a => a.Mentions).Select(m => (m.TriggerLemma, goldOf[m.Id])).ToList())));
    }

    private static void WritePairs(List<EcbPlusArticle> articles, List<int> topics, string path)
    {
        var goldOf = articles.SelectMany(a => a.Gold.EventMentions).ToDictionary(m => m.Id, m => m.GoldCluster, StringComparer.Ordinal);
        var stories = articles.GroupBy(a => a.Gold.Group, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<(string, string)>)g.SelectMany(a => a.Mentions).Select(m => (m.TriggerLemma, goldOf[m.Id])).ToList());
        var rows = TriggerRelations.Kept(TriggerRelations.Learn(stories))
            .OrderBy(r => r.A, StringComparer.Ordinal).ThenBy(r => r.B, StringComparer.Ordinal).ToList();
        using var w = new StreamWriter(path);
        w.WriteLine("# Trigger-lemma pairs for cross-document event coreference: for two trigger lemmas (our lemmatiser) of gold event");
        w.WriteLine("# mentions in one ECB+ document group (topic, sub-topic), how many mention pairs there are and how many corefer.");
        w.WriteLine("# Different lemmas: kept when at least 2 pairs corefer. One lemma: kept when seen in at least 10 pairs.");
        w.WriteLine($"# Source: ECB+ (Cybulska and Vossen 2014), annotations CC BY 3.0; training topics only ({string.Join(",", topics)}), never dev or test.");
        w.WriteLine("# Rebuild: ./dateline eval coref --data ../shared/datasets/ecbplus --learn-pairs data/coref/trigger-pairs.tsv");
        w.WriteLine("# Card: data/models/coref-trigger-pairs.md.");
        w.WriteLine("lemma_a\tlemma_b\tsame\tpairs");
        foreach (var r in rows) w.WriteLine($"{r.A}\t{r.B}\t{r.Same}\t{r.Pairs}");
    }

    private static CorefScores Score(List<IReadOnlyCollection<string>> key, IncrementalRun.Result r) =>
        CorefMetrics.Score(key, Clusters(r.Events.Select(kv => (kv.Key, kv.Value))));

    private static List<IReadOnlyCollection<string>> Clusters(IEnumerable<(string Mention, string Cluster)> pairs) =>
        [.. pairs.GroupBy(p => p.Cluster, StringComparer.Ordinal).Select(g => (IReadOnlyCollection<string>)g.Select(p => p.Mention).ToList())];

    private static string P(double v) => (100 * v).ToString("0.0", CultureInfo.InvariantCulture).PadLeft(5);

    private static string Rpf(CorefMetric m) => $"{P(m.Recall)} {P(m.Precision)} {P(m.F1)}";

    private static object Json(CorefMetric m) => new { recall = 100 * m.Recall, precision = 100 * m.Precision, f1 = 100 * m.F1 };

    // Measurement, not tuning: every gold trigger with our lemma and part of speech, and the lemmas GloVe does not
    // know (a lemmatiser slip such as "hange" for "hanged" reads as no word to the trigger cosines).
    private static void TriggerLemmas(IReadOnlyList<EcbPlusArticle> articles, TextWriter output)
    {
        var vectors = Dateline.Language.WordVectors.BuiltIn;
        int all = 0, unknown = 0;
        foreach (var m in articles.SelectMany(a => a.Mentions))
        {
            bool known = vectors.Contains(m.TriggerLemma);
            all++;
            if (!known) unknown++;
            output.WriteLine($"{m.Trigger}\t{m.TriggerLemma}\t{m.TriggerPos}\t{(known ? "glove" : "not-in-glove")}");
        }
        output.WriteLine($"{all} mentions, {unknown} trigger lemmas not in GloVe");
    }
}
