using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dateline.Language;

namespace Dateline.Eval.Language;

/// <summary>
/// `dateline eval pos|deps --data FILE.conllu [--raw] [--models DIR] [--beam K] [--json]`: tagger/lemmatiser or
/// parser scores on gold tokens, or with --raw on the project's own tokenisation of the rebuilt text.
/// </summary>
public sealed class LanguageEvalTask : IEvalTask
{
    private readonly Option<bool> _raw = new("--raw") { Description = "Score our own sentence splitting and tokenisation of the rebuilt raw text." };
    private readonly Option<string?> _models = new("--models") { Description = "The models folder (default: data/models of the repository)." };
    private readonly Option<int> _beam = new("--beam") { Description = $"Parser beam width (default {LanguageAnalyzer.DefaultParserBeam}, as the product parses; 1 is the greedy parser).", DefaultValueFactory = _ => LanguageAnalyzer.DefaultParserBeam };
    private readonly string[] _metrics;

    private LanguageEvalTask(string name, string description, string[] metrics)
    {
        Name = name;
        Description = description;
        _metrics = metrics;
    }

    public static LanguageEvalTask Pos { get; } = new("pos",
        "UPOS, XPOS and lemma accuracy on a CoNLL-U file (gold tokens; --raw: tokens, sentences and UPOS F1 on our tokenisation).",
        ["upos", "xpos", "lemma"]);

    public static LanguageEvalTask Deps { get; } = new("deps",
        "UAS and LAS on a CoNLL-U file, punctuation included as CoNLL 2018 counts (gold tokens; --raw: aligned F1 on our tokenisation).",
        ["uas", "las", "las_full"]);

    public string Name { get; }

    public string Description { get; }

    public IReadOnlyList<Option> ExtraOptions => [_raw, _models, _beam];

    public int Run(EvalRequest request)
    {
        var dir = request.Parse.GetValue(_models) ?? LanguageModels.FindDirectory();
        if (dir is null || !File.Exists(Path.Combine(dir, LanguageModels.PosFile)))
        {
            request.Error.WriteLine($"dateline eval {Name}: no language models found (data/models/{LanguageModels.PosFile}).");
            return 2;
        }
        var models = LanguageModels.Load(dir);
        if (Name == "deps" && models.Parser is null)
        {
            request.Error.WriteLine($"dateline eval deps: no parser model ({LanguageModels.DepsFile}) in {dir}.");
            return 2;
        }
        int beam = Math.Max(1, request.Parse.GetValue(_beam));
        var analyzer = new LanguageAnalyzer(models, beam);
        var sentences = ConlluReader.ReadPath(request.DataPath);
        if (sentences.Count == 0)
        {
            request.Error.WriteLine($"dateline eval {Name}: no CoNLL-U sentences in '{request.DataPath}' (--data is a .conllu file or a folder of them).");
            return 2;
        }
        bool raw = request.Parse.GetValue(_raw);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var all = raw ? LanguageScores.Raw(analyzer, sentences) : LanguageScores.GoldTokens(analyzer, sentences);
        var seconds = clock.Elapsed.TotalSeconds;
        string[] keys = raw
            ? Name == "pos" ? ["tokens_f1", "sentences_f1", "upos_f1"] : ["tokens_f1", "sentences_f1", "uas_f1", "las_f1"]
            : _metrics;
        var scores = keys.ToDictionary(k => raw ? "raw." + k : k, k => Math.Round(all[k], 2));
        if (request.Json)
        {
            var json = new Dictionary<string, object>
            {
                ["task"] = Name, ["data"] = request.DataPath, ["mode"] = raw ? "raw" : "gold-tokens",
                ["words"] = (long)all["words"], ["scores"] = scores,
            };
            request.Out.WriteLine(JsonSerializer.Serialize(json));
        }
        else
        {
            request.Out.WriteLine($"{Name} on {request.DataPath} ({(raw ? "our tokenisation" : "gold tokens")}): {sentences.Count} sentences, {(long)all["words"]} words, {seconds:F1} s");
            foreach (var (k, v) in scores) request.Out.WriteLine($"  {k,-18} {v.ToString("F2", CultureInfo.InvariantCulture),7}");
        }
        // The floors pin what ships (data/models, the product's beam): another model or beam is an experiment.
        if (request.Parse.GetValue(_models) is not null || beam != LanguageAnalyzer.DefaultParserBeam)
        {
            request.Error.WriteLine($"dateline eval {Name}: floors not checked (not the shipped models and beam {LanguageAnalyzer.DefaultParserBeam})");
            return 0;
        }
        return EvalFloors.Check(Name, scores, request.Error, request.DataPath);
    }
}
