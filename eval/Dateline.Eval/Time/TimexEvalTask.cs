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
    private static readonly Option<bool> Errors = new("--errors") { Description = "List every missed, spurious and wrongly valued expression on stderr, then each rule's value precision (for rule development)." };

    private static readonly Option<bool> Matches = new("--matches") { Description = "With --errors, also list the expressions whose value equals gold's (OK lines)." };

    /// <summary>TimeBank does not mark ages ("the 6-year-old"); the finder's age rule is off when scoring against it.</summary>
    private static readonly TimeFinderOptions ScoringOptions = new() { IncludeAges = false };

    public string Name => "timex";

    public string Description => "TempEval-3 Task A: time expression spans (strict/relaxed F1), type accuracy and value F1 on TimeML (.tml) files.";

    public IReadOnlyList<Option> ExtraOptions => [Errors, Matches];

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
        var showMatches = request.Parse.GetValue(Matches);
        var total = TimexScores.Zero;
        var byRule = new SortedDictionary<string, RuleTally>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var doc = TimeMlReader.Read(file);
            var found = TimeExpressionFinder.Find(doc.Text, doc.CreationDate is { } dct ? TimeAnchor.Publication(dct) : null, ScoringOptions);
            var system = found.Select(t => new TimeMlTimex(t.Span.Start, t.Span.End, t.Type.ToString().ToUpperInvariant(), t.Value, t.Mod)).ToList();
            var (scores, pairs) = TimexScorer.Score(doc.Text, doc.Timexes, system);
            total = total.Add(scores);
            if (showErrors)
            {
                ReportErrors(request.Error, doc, pairs, found, showMatches);
                TallyRules(byRule, pairs, found);
            }
        }
        if (showErrors)
            ReportRules(request.Error, byRule, total);

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

    /// <summary>Per rule: what it proposed, how much of it overlaps gold, how much has gold's value.</summary>
    private sealed class RuleTally
    {
        public int System;
        public int Matched;
        public int ValueCorrect;
    }

    private static void TallyRules(SortedDictionary<string, RuleTally> byRule, IReadOnlyList<(TimeMlTimex? Gold, TimeMlTimex? System)> pairs, IReadOnlyList<TimeExpression> found)
    {
        foreach (var (g, s) in pairs)
        {
            if (s is null)
                continue;
            var rule = found.FirstOrDefault(f => f.Span.Start == s.Start)?.Rule ?? "?";
            if (!byRule.TryGetValue(rule, out var tally))
                byRule[rule] = tally = new RuleTally();
            tally.System++;
            if (g is null)
                continue;
            tally.Matched++;
            if (string.Equals(g.Value, s.Value, StringComparison.Ordinal))
                tally.ValueCorrect++;
        }
    }

    /// <summary>
    /// Value F1 is 2·correct / (system + gold), so a rule earns its place only when more than about
    /// F1/2 of what it proposes carries gold's value; the last column says which rules fall short.
    /// </summary>
    private static void ReportRules(TextWriter w, SortedDictionary<string, RuleTally> byRule, TimexScores total)
    {
        var breakEven = total.ValueF1 / 2;
        w.WriteLine($"RULES\trule\tsystem\tmatched\tvalue-correct\tvalue-precision\t(break-even {P(breakEven)})");
        foreach (var (rule, t) in byRule.OrderByDescending(r => r.Value.System))
        {
            var precision = t.System == 0 ? 0 : (double)t.ValueCorrect / t.System;
            w.WriteLine($"RULE\t{rule}\t{t.System}\t{t.Matched}\t{t.ValueCorrect}\t{P(precision)}{(precision < breakEven ? "\tbelow break-even" : "")}");
        }
    }

    private static void ReportErrors(TextWriter w, TimeMlDocument doc, IReadOnlyList<(TimeMlTimex? Gold, TimeMlTimex? System)> pairs, IReadOnlyList<TimeExpression> found, bool showMatches)
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
                if (showMatches && g.Value == s.Value)
                    w.WriteLine($"OK\t{doc.Id}\t{doc.CreationDate:yyyy-MM-dd}\t{g.Type}/{s.Type}\t{g.Value}\t{s.Value}\t{doc.Text[s.Start..s.End]}\t{rule}\t{found.FirstOrDefault(f => f.Span.Start == s.Start)?.Reason}\t{Ctx(g)}");
                if (g.Value != s.Value || g.Type != s.Type)
                {
                    var reason = found.FirstOrDefault(f => f.Span.Start == s.Start)?.Reason;
                    w.WriteLine($"VAL\t{doc.Id}\t{doc.CreationDate:yyyy-MM-dd}\t{g.Type}/{s.Type}\t{g.Value}\t{s.Value}\t{doc.Text[s.Start..s.End]}\t{rule}\t{reason}\t{Ctx(g)}");
                }
            }
        }
    }
}
