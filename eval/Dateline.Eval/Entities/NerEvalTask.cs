using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dateline.Entities;

namespace Dateline.Eval.Entities;

/// <summary>
/// `dateline eval ner --data FILE [--model PATH]`: tags each sentence of a CoNLL-format file
/// (CoNLL-2003, wikigold, BTC, WNUT-17, UNER; IOB1 or IOB2; layout detected) and prints per-type
/// and overall precision/recall/F1 with conlleval's exact-span rule. Our types are mapped onto the
/// file's: GPE counts as LOC, and a type the file does not annotate (MISC in UNER and BTC) is
/// dropped from the predictions. Floor key: "ner.f1.FILENAME" in eval/floors.json.
/// `--cross-validate K` scores a file the shipped model trains on (UNER English-EWT dev) honestly:
/// K contiguous folds by document; for each, a model is trained exactly as `dateline train ner`
/// does on the other folds plus the other training sets, and tags the held-out fold; the pooled
/// predictions give one conlleval figure. Floor key: "ner.cvK.f1.FILENAME". Deterministic.
/// </summary>
public sealed class NerEvalTask : IEvalTask
{
    private readonly Option<string?> _model = new("--model") { Description = "The model file (default: data/models/ner-en.bin)." };

    private readonly Option<string?> _predictions = new("--predictions") { Description = "Write WORD GOLD PREDICTED lines (conlleval's input) to this file." };

    public string Name => "ner";

    public string Description => "Named-entity recognition: conlleval P/R/F1 on a CoNLL-format file.";

    private readonly Option<int> _crossValidate = new("--cross-validate") { Description = "Score by K-fold cross-validation over the file's documents (it must be one of the training sets, never CoNLL-2003): trains K models (several minutes)." };

    private readonly Option<string> _datasets = new("--datasets") { Description = "The shared data sets folder (for --cross-validate).", DefaultValueFactory = _ => "../shared/datasets" };

    private readonly Option<string[]> _repeat = new("--repeat") { Description = "With --cross-validate: training weights NAME=TIMES, replacing the defaults of `dateline train ner`.", AllowMultipleArgumentsPerToken = true };

    private readonly Option<int?> _seed = new("--seed") { Description = "With --cross-validate: the training seed (default as `dateline train ner`)." };

    private readonly Option<int> _errors = new("--errors") { Description = "List the errors by class (missed, spurious, type confusion, boundary), largest first, with up to N examples each." };

    private readonly Option<string?> _errorsFile = new("--errors-file") { Description = "Write every error to this file, one tab-separated line each (class, sports|other article, name, predicted, sentence)." };

    public IReadOnlyList<Option> ExtraOptions => [_model, _predictions, _errors, _errorsFile, _crossValidate, _datasets, _repeat, _seed];

    public int Run(EvalRequest request)
    {
        var folds = request.Parse.GetValue(_crossValidate);
        var corpus = NerCorpus.ReadConllFile(request.DataPath, leadingDocument: true);
        if (corpus.Sentences.Count == 0 || corpus.Types.Count == 0)
        {
            // A score of 0.00 over nothing reads like a broken model; say the file is not what the task reads.
            request.Error.WriteLine($"dateline eval ner: no tagged sentences in '{request.DataPath}' (--data is a CoNLL file: a token and its IOB tag per line).");
            return 2;
        }
        string modelPath;
        var loadClock = new Stopwatch();
        IReadOnlyList<IReadOnlyList<BioSpan>> found;
        var clock = Stopwatch.StartNew();
        if (folds > 0)
        {
            if (CrossValidate(request, corpus, folds) is not { } pooled)
                return 2;
            found = pooled;
            modelPath = string.Create(CultureInfo.InvariantCulture, $"{folds} fold models (cross-validation)");
        }
        else
        {
            modelPath = request.Parse.GetValue(_model) ?? NerModelLocator.Find() ?? "";
            if (!File.Exists(modelPath))
            {
                request.Error.WriteLine("dateline eval ner: no model (looked for data/models/ner-en.bin); build one with `dateline train ner`.");
                return 2;
            }
            loadClock.Start();
            var model = NerModel.Load(modelPath);
            loadClock.Stop();
            clock.Restart();
            found = TagDocuments(model, corpus.Sentences, 0, corpus.Sentences.Count);
        }
        var score = new NerScore();
        var tokens = 0;
        var predictions = request.Parse.GetValue(_predictions) is { } predictionPath ? File.CreateText(predictionPath) : null;
        var errorsFile = request.Parse.GetValue(_errorsFile);
        var errors = request.Parse.GetValue(_errors) > 0 || errorsFile is not null ? new NerErrors() : null;
        var sports = errors is null ? null : SportsReading(corpus.Sentences);
        for (var index = 0; index < corpus.Sentences.Count; index++)
        {
            var sentence = corpus.Sentences[index];
            tokens += sentence.Words.Count;
            var predicted = found[index]
                .Select(s => s.Type == "GPE" ? s with { Type = "LOC" } : s)
                .Where(s => corpus.Types.Contains(s.Type))
                .ToList();
            score.Add(BioTags.Spans(sentence.Tags), predicted);
            errors?.Add(sentence.Words, BioTags.Spans(sentence.Tags), predicted, sports![index]);
            if (predictions is not null)
            {
                var tags = BioTags.FromSpans(predicted, sentence.Words.Count);
                for (var i = 0; i < tags.Length; i++)
                    predictions.WriteLine($"{sentence.Words[i]} {sentence.Tags[i]} {tags[i]}");
                predictions.WriteLine();
            }
        }
        clock.Stop();
        predictions?.Dispose();
        if (errors is not null && request.Parse.GetValue(_errors) > 0)
            errors.Write(request.Json ? request.Error : request.Out, request.Parse.GetValue(_errors));
        if (errors is not null && errorsFile is not null)
        {
            using var file = File.CreateText(errorsFile);
            errors.WriteAll(file);
        }

        var overall = score.Of(null);
        var floorKey = (folds > 0 ? string.Create(CultureInfo.InvariantCulture, $"ner.cv{folds}.f1.") : "ner.f1.") + Path.GetFileName(request.DataPath);
        var floor = EvalFloors.Load().TryGetValue(floorKey, out var pinned) ? pinned : (double?)null;
        if (request.Json)
        {
            var result = new
            {
                task = Name,
                data = request.DataPath,
                model = modelPath,
                sentences = corpus.Sentences.Count,
                tokens,
                tokensPerSecond = Math.Round(tokens / Math.Max(clock.Elapsed.TotalSeconds, 1e-9)),
                modelLoadMs = Math.Round(loadClock.Elapsed.TotalMilliseconds),
                overall = new { precision = Math.Round(overall.Precision, 2), recall = Math.Round(overall.Recall, 2), f1 = Math.Round(overall.F1, 2), gold = overall.Gold, predicted = overall.Predicted },
                types = score.Types.ToDictionary(t => t, t =>
                {
                    var s = score.Of(t);
                    return new { precision = Math.Round(s.Precision, 2), recall = Math.Round(s.Recall, 2), f1 = Math.Round(s.F1, 2), gold = s.Gold, predicted = s.Predicted };
                }),
                floor = new { key = floorKey, value = floor },
            };
            request.Out.WriteLine(JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
        }
        else
        {
            var inv = CultureInfo.InvariantCulture;
            request.Out.WriteLine(string.Create(inv, $"{request.DataPath}: {corpus.Sentences.Count} sentences, {tokens} tokens; types in file: {string.Join(",", corpus.Types.Order(StringComparer.Ordinal))}"));
            request.Out.WriteLine(string.Create(inv, $"model {modelPath} loaded in {loadClock.Elapsed.TotalMilliseconds:F0} ms; tagged at {tokens / Math.Max(clock.Elapsed.TotalSeconds, 1e-9):F0} tokens/s"));
            request.Out.WriteLine($"{"type",-8} {"prec",7} {"rec",7} {"F1",7} {"gold",6} {"pred",6}");
            foreach (var type in score.Types)
                Line(type, score.Of(type));
            Line("overall", overall);

            void Line(string name, (double P, double R, double F, int G, int Pr) s) =>
                request.Out.WriteLine(string.Create(inv, $"{name,-8} {s.P,7:F2} {s.R,7:F2} {s.F,7:F2} {s.G,6} {s.Pr,6}"));
        }
        if (floor is { } f && overall.F1 < f)
        {
            request.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dateline eval ner: F1 {overall.F1:F2} is below the floor {f:F2} ({floorKey})."));
            return 1;
        }
        return 0;
    }

    /// <summary>For each sentence, whether its document reads as a sports report (<see cref="NerModel.IsSportsArticle"/>).</summary>
    private static bool[] SportsReading(IReadOnlyList<NerSentence> sentences)
    {
        var flags = new bool[sentences.Count];
        for (var s = 0; s < sentences.Count;)
        {
            var e = s + 1;
            while (e < sentences.Count && sentences[s].Document >= 0 && sentences[e].Document == sentences[s].Document)
                e++;
            var sports = NerModel.IsSportsArticle([.. sentences.Skip(s).Take(e - s).Select(x => x.Words)]);
            for (var k = s; k < e; k++)
                flags[k] = sports;
            s = e;
        }
        return flags;
    }

    /// <summary>Tags sentences [start, end) document by document ("-DOCSTART-", "# newdoc"), as ingest tags an article.</summary>
    private static List<IReadOnlyList<BioSpan>> TagDocuments(NerModel model, IReadOnlyList<NerSentence> sentences, int start, int end)
    {
        var found = new List<IReadOnlyList<BioSpan>>(end - start);
        for (var s = start; s < end;)
        {
            var e = s + 1;
            while (e < end && sentences[s].Document >= 0 && sentences[e].Document == sentences[s].Document)
                e++;
            found.AddRange(model.FindNamesInDocument([.. sentences.Skip(s).Take(e - s).Select(x => x.Words)]));
            s = e;
        }
        return found;
    }

    /// <summary>
    /// K fold models, each trained by the default recipe with the data file's other folds in place of
    /// the whole file; returns the pooled predictions, or null (with a message) when the file is not a
    /// training set. Word classes and the case profile come from unlabelled text and are shared.
    /// </summary>
    private List<IReadOnlyList<BioSpan>>? CrossValidate(EvalRequest request, NerCorpus.Corpus corpus, int k)
    {
        var inv = CultureInfo.InvariantCulture;
        var root = request.Parse.GetValue(_datasets)!;
        var data = Path.GetFullPath(request.DataPath);
        var all = NerTrainingData.Load(root, Dateline.Knowledge.KnowledgeBase.BuiltIn);
        // Only a file the shipped model can train on may be cross-validated: CoNLL-2003 is never trained on.
        var held = all.FirstOrDefault(p => p.Files.Count == 1 && p.Files[0] == data);
        if (held is null || held.Sentences.Count != corpus.Sentences.Count)
        {
            request.Error.WriteLine($"dateline eval ner: --cross-validate needs one of the training sets (under {root}), not '{request.DataPath}'.");
            return null;
        }
        var defaults = new NerRecipe();
        var recipe = defaults with
        {
            // The held set is trained on even where the default recipe leaves it out: that is the question asked.
            Exclude = new HashSet<string>(defaults.Exclude.Where(n => n != held.Name), StringComparer.Ordinal),
            Seed = request.Parse.GetValue(_seed) ?? defaults.Seed,
            Repeat = request.Parse.GetValue(_repeat) is { Length: > 0 } repeat ? NerRecipe.FromOptions(0, 0, null, repeat, 0).Repeat : defaults.Repeat,
        };
        var info = new Dictionary<string, string>(StringComparer.Ordinal);
        var (clusters, cases) = recipe.LearnUnlabelled(root, recipe.Select(all), info);
        var lexicon = recipe.Lexicon(info, cases: cases);
        var bounds = NerRecipe.Folds(held.Sentences, k);
        var found = new List<IReadOnlyList<BioSpan>>(corpus.Sentences.Count);
        var clock = Stopwatch.StartNew();
        for (var f = 0; f < k; f++)
        {
            var (from, to) = (bounds[f], bounds[f + 1]);
            var rest = held with { Sentences = [.. held.Sentences.Take(from), .. held.Sentences.Skip(to)] };
            // The held set keeps its place in the load order, so the mix matches `dateline train ner`.
            var foldParts = recipe.Select(all.Select(p => p == held ? rest : p));
            var model = recipe.Train(foldParts, clusters, cases, lexicon);
            // Through the file format, whose 16-bit weights the shipped model has: a fold model then tags as a saved one would.
            using (var stream = new MemoryStream())
            {
                model.Save(stream);
                stream.Position = 0;
                model = NerModel.Load(stream);
            }
            found.AddRange(TagDocuments(model, corpus.Sentences, from, to));
            request.Error.WriteLine(string.Create(inv, $"fold {f + 1}/{k}: sentences {from}-{to - 1} held out ({clock.Elapsed.TotalSeconds:F0} s)"));
        }
        return found;
    }
}
