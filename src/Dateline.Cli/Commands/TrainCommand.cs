using System.CommandLine;
using System.Diagnostics;
using Dateline.Language;

namespace Dateline.Cli.Commands;

/// <summary>
/// `dateline train pos|deps [--data FILE|DIR ...] [--out FILE] [--epochs N] [--seed N]`: rebuilds the
/// shipped tagger/lemmatiser or parser from the openly licensed treebanks, deterministically.
/// </summary>
internal static class TrainCommand
{
    public const string DefaultEwtTrain = "../shared/datasets/ud-english-ewt/en_ewt-ud-train.conllu";
    public const string DefaultGumTrain = "../shared/datasets/gum-open/train";
    public const string DefaultEwtDev = "../shared/datasets/ud-english-ewt/en_ewt-ud-dev.conllu";

    /// <summary>The `train` command with `pos` and `deps`, plus <paramref name="others"/> (e.g. `ner`).</summary>
    public static Command Create(ConsoleIo io, params Command[] others)
    {
        var train = new Command("train", "Train a model shipped in data/models.");
        foreach (var other in others)
            train.Subcommands.Add(other);
        train.Subcommands.Add(CreateOne(io, "pos", "Train the part-of-speech tagger and lemmatiser.", Path.Combine("data", "models", LanguageModels.PosFile)));
        train.Subcommands.Add(CreateOne(io, "deps", "Train the dependency parser.", Path.Combine("data", "models", LanguageModels.DepsFile)));
        return train;
    }

    private static Command CreateOne(ConsoleIo io, string name, string description, string defaultOut)
    {
        var data = new Option<string[]>("--data")
        {
            Description = "CoNLL-U training files or folders (default: EWT train and the open GUM train documents).",
            DefaultValueFactory = _ => [DefaultEwtTrain, DefaultGumTrain],
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<string>("--out") { Description = "The model file to write.", DefaultValueFactory = _ => defaultOut };
        var epochs = new Option<int?>("--epochs") { Description = "Training epochs (default: the shipped model's)." };
        var seed = new Option<int?>("--seed") { Description = "Random seed for the sentence order (default: the shipped model's)." };
        var dev = new Option<string?>("--dev")
        {
            Description = "Dev CoNLL-U scored after each late epoch (deps only; default EWT dev, tagged by --tagger). 'none' to skip.",
            DefaultValueFactory = _ => DefaultEwtDev,
        };
        var tagger = new Option<string?>("--tagger") { Description = "Tagger model that tags the dev set (default: en-pos.bin beside --out)." };
        var command = new Command(name, description) { data, output, epochs, seed };
        var keepBest = new Option<bool>("--keep-best") { Description = "Keep the epoch with the best dev LAS instead of the last (deps only)." };
        if (name == "deps") { command.Options.Add(dev); command.Options.Add(tagger); command.Options.Add(keepBest); }
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(data)!;
            foreach (var p in paths)
            {
                if (!File.Exists(p) && !Directory.Exists(p))
                {
                    io.Error.WriteLine($"dateline train {name}: no file or folder at '{p}'.");
                    return Program.ExitUsage;
                }
            }
            var clock = Stopwatch.StartNew();
            void Log(string message) => io.Error.WriteLine($"[{clock.Elapsed:hh\\:mm\\:ss}] {message}");
            var sentences = paths.SelectMany(ConlluReader.ReadPath).ToList();
            Log($"{sentences.Count} sentences, {sentences.Sum(s => s.Words.Length)} words from {string.Join(", ", paths)}");
            var outPath = parse.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
            if (name == "pos")
            {
                var options = new PosTrainingOptions();
                if (parse.GetValue(epochs) is int e) options = options with { Epochs = e };
                if (parse.GetValue(seed) is int s) options = options with { Seed = s };
                PosTrainer.Train(sentences, options, Log).Save(outPath);
            }
            else
            {
                var options = new ParserTrainingOptions();
                if (parse.GetValue(epochs) is int e) options = options with { Epochs = e };
                if (parse.GetValue(seed) is int s) options = options with { Seed = s, Tagger = options.Tagger with { Seed = s } };
                if (parse.GetValue(keepBest)) options = options with { KeepBestEpoch = true };
                if (Environment.GetEnvironmentVariable("DATELINE_COMPARE_MIN_UPDATES") is { } cmp)
                    options = options with { CompareMinUpdates = int.Parse(cmp, System.Globalization.CultureInfo.InvariantCulture) };
                (IReadOnlyList<ConlluSentence>, PosTagger)? devSet = null;
                var devPath = parse.GetValue(dev);
                var taggerPath = parse.GetValue(tagger) ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(outPath))!, LanguageModels.PosFile);
                if (devPath is not null && devPath != "none" && File.Exists(devPath) && File.Exists(taggerPath))
                {
                    devSet = (ConlluReader.ReadPath(devPath), PosModel.Load(taggerPath).Tagger);
                    Log($"dev set {devPath}, tagged by {taggerPath}");
                }
                ParserTrainer.Train(sentences, options, Log, devSet).Save(outPath);
            }
            Log($"wrote {outPath} ({new FileInfo(outPath).Length / 1024} KiB)");
            return Program.ExitOk;
        });
        return command;
    }
}
