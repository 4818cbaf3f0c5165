using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dateline.Time;

namespace Dateline.Eval.Time;

/// <summary>
/// `dateline eval timex --data DIR`: runs <see cref="TimeExpressionFinder"/> on every TimeML file
/// under DIR (anchored on its DCT) and prints TempEval-3 Task A figures: strict and relaxed span
/// P/R/F1, type accuracy and value F1. Fails (exit 1) below the floors in eval/floors.json.
/// </summary>
public sealed class TimexEvalTask : IEvalTask
{
    private static readonly Option<bool> Errors = new("--errors") { Description = "List every missed, spurious and wrongly valued expression on stderr (for rule development)." };

    /// <summary>TimeBank does not mark ages ("the 6-year-old"); the finder's age rule is off when scoring against it.</summary>
    private static readonly TimeFinderOptions ScoringOptions = new() { IncludeAges = false };

    public string Name => "timex";

    public string Description => "TempEval-3 Task A: time expression spans (strict/relaxed F1), type accuracy and value F1 on TimeML (.tml) files.";

    public IReadOnlyList<Option> ExtraOptions => [Errors];

    public int Run(EvalRequest request)
    {
        var files = File.Exists(request.DataPath)
            ? [request.DataPath]
            : Directory.EnumerateFiles(request.DataPath, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            request.Error.WriteLine($"dateline eval timex: no .tml files under '{request.DataPath}'.");
            return 2;
        }
        var showErrors = request.Parse.GetValue(Errors);
        var total = TimexScores.Zero;
        foreach (var file in files)
        {
            var doc = TimeMlReader.Read(file);
            var found = TimeExpressionFinder.Find(doc.Text, doc.CreationDate is { } dct ? TimeAnchor.Publication(dct) : null, ScoringOptions);
            var system = found.Select(t => new TimeMlTimex(t.Span.Start, t.Span.End, t.Type.ToString().ToUpperInvariant(), t.Value, t.Mod)).ToList();
            var (scores, pairs) = TimexScorer.Score(doc.Text, doc.Timexes, system);
            total = total.Add(scores);
            if (showErrors)
                ReportErrors(request.Error, doc, pairs, found);
        }

        var metrics = new Dictionary<string, double>
        {
            ["timex.strict_f1"] = total.StrictF1,
            ["timex.relaxed_f1"] = total.RelaxedF1,
            ["timex.type_accuracy"] = total.TypeAccuracy,
            ["timex.value_f1"] = total.ValueF1,
        };
        var floors = EvalFloors.Load();
        var failed = metrics.Where(m => floors.TryGetValue(m.Key, out var f) && m.Value + 1e-9 < f).Select(m => m.Key).ToList();
        if (request.Json)
        {
            request.Out.WriteLine(JsonSerializer.Serialize(new
            {
                task = Name,
                documents = files.Count,
                gold = total.Gold,
                system = total.System,
                strict = new { precision = total.StrictPrecision, recall = total.StrictRecall, f1 = total.StrictF1 },
                relaxed = new { precision = total.RelaxedPrecision, recall = total.RelaxedRecall, f1 = total.RelaxedF1 },
                typeAccuracy = total.TypeAccuracy,
                typeF1 = total.TypeF1,
                valueAccuracy = total.ValueAccuracy,
                valueF1 = total.ValueF1,
                belowFloor = failed,
            }));
        }
        else
        {
            var w = request.Out;
            w.WriteLine($"TempEval-3 Task A (timex) on {files.Count} documents: {total.Gold} gold, {total.System} system expressions");
            w.WriteLine($"  strict   P {P(total.StrictPrecision)}  R {P(total.StrictRecall)}  F1 {P(total.StrictF1)}");
            w.WriteLine($"  relaxed  P {P(total.RelaxedPrecision)}  R {P(total.RelaxedRecall)}  F1 {P(total.RelaxedF1)}");
            w.WriteLine($"  type     accuracy {P(total.TypeAccuracy)}  F1 {P(total.TypeF1)}");
            w.WriteLine($"  value    accuracy {P(total.ValueAccuracy)}  F1 {P(total.ValueF1)}");
            w.WriteLine("  (ages are not scored: TimeBank does not mark them; spans compared without trailing punctuation)");
            foreach (var f in failed)
                w.WriteLine($"  BELOW FLOOR: {f} = {P(metrics[f])} < {P(floors[f])}");
        }
        return failed.Count > 0 ? 1 : 0;
    }

    private static string P(double x) => x.ToString("0.0000", CultureInfo.InvariantCulture);

    private static void ReportErrors(TextWriter w, TimeMlDocument doc, IReadOnlyList<(TimeMlTimex? Gold, TimeMlTimex? System)> pairs, IReadOnlyList<TimeExpression> found)
    {
        string Ctx(TimeMlTimex t)
        {
            var s = Math.Max(0, t.Start - 40);
            var e = Math.Min(doc.Text.Length, t.End + 40);
            return (doc.Text[s..t.Start] + "[" + doc.Text[t.Start..t.End] + "]" + doc.Text[t.End..e]).Replace('\n', ' ');
        }
        foreach (var (g, s) in pairs)
        {
            if (g is not null && s is null)
                w.WriteLine($"MISS\t{doc.Id}\t{doc.CreationDate:yyyy-MM-dd}\t{g.Type}\t{g.Value}\t{doc.Text[g.Start..g.End]}\t{Ctx(g)}");
            else if (g is null && s is not null)
            {
                var rule = found.FirstOrDefault(f => f.Span.Start == s.Start)?.Rule;
                w.WriteLine($"SPUR\t{doc.Id}\t{doc.CreationDate:yyyy-MM-dd}\t{s.Type}\t{s.Value}\t{doc.Text[s.Start..s.End]}\t{rule}\t{Ctx(s)}");
            }
            else if (g is not null && s is not null)
            {
                var rule = found.FirstOrDefault(f => f.Span.Start == s.Start)?.Rule;
                if (doc.Text[g.Start..g.End].Trim() != doc.Text[s.Start..s.End].Trim())
                    w.WriteLine($"SPAN\t{doc.Id}\t{doc.Text[g.Start..g.End]}\t{doc.Text[s.Start..s.End]}\t{rule}\t{Ctx(g)}");
                if (g.Value != s.Value || g.Type != s.Type)
                {
                    var reason = found.FirstOrDefault(f => f.Span.Start == s.Start)?.Reason;
                    w.WriteLine($"VAL\t{doc.Id}\t{doc.CreationDate:yyyy-MM-dd}\t{g.Type}/{s.Type}\t{g.Value}\t{s.Value}\t{doc.Text[s.Start..s.End]}\t{rule}\t{reason}\t{Ctx(g)}");
                }
            }
        }
    }
}
