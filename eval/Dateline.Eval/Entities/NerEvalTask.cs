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
/// </summary>
public sealed class NerEvalTask : IEvalTask
{
    private readonly Option<string?> _model = new("--model") { Description = "The model file (default: data/models/ner-en.bin)." };

    private readonly Option<string?> _predictions = new("--predictions") { Description = "Write WORD GOLD PREDICTED lines (conlleval's input) to this file." };

    public string Name => "ner";

    public string Description => "Named-entity recognition: conlleval P/R/F1 on a CoNLL-format file.";

    public IReadOnlyList<Option> ExtraOptions => [_model, _predictions];

    public int Run(EvalRequest request)
    {
        var modelPath = request.Parse.GetValue(_model) ?? NerModelLocator.Find();
        if (modelPath is null || !File.Exists(modelPath))
        {
            request.Error.WriteLine("dateline eval ner: no model (looked for data/models/ner-en.bin); build one with `dateline train ner`.");
            return 2;
        }
        var loadClock = Stopwatch.StartNew();
        var model = NerModel.Load(modelPath);
        loadClock.Stop();
        var corpus = NerCorpus.ReadConllFile(request.DataPath);
        var score = new NerScore();
        var tokens = 0;
        var clock = Stopwatch.StartNew();
        var predictions = request.Parse.GetValue(_predictions) is { } predictionPath ? File.CreateText(predictionPath) : null;
        // Documents ("-DOCSTART-", "# newdoc") are tagged as documents: the tagger remembers its earlier decisions.
        var found = new List<IReadOnlyList<BioSpan>>(corpus.Sentences.Count);
        for (var start = 0; start < corpus.Sentences.Count;)
        {
            var end = start + 1;
            while (end < corpus.Sentences.Count && corpus.Sentences[start].Document >= 0 && corpus.Sentences[end].Document == corpus.Sentences[start].Document)
                end++;
            found.AddRange(model.FindNamesInDocument([.. corpus.Sentences.Skip(start).Take(end - start).Select(x => x.Words)]));
            start = end;
        }
        for (var index = 0; index < corpus.Sentences.Count; index++)
        {
            var sentence = corpus.Sentences[index];
            tokens += sentence.Words.Count;
            var predicted = found[index]
                .Select(s => s.Type == "GPE" ? s with { Type = "LOC" } : s)
                .Where(s => corpus.Types.Contains(s.Type))
                .ToList();
            score.Add(BioTags.Spans(sentence.Tags), predicted);
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

        var overall = score.Of(null);
        var floorKey = "ner.f1." + Path.GetFileName(request.DataPath);
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
}
