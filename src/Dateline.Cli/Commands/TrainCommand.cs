using System.CommandLine;
using System.Diagnostics;
using Dateline.Language;

namespace Dateline.Cli.Commands;

/// <summary>
/// `dateline train pos|deps [--data FILE|DIR ...] [--out FILE] [--epochs N] [--seed N] [--classes FINE,COARSE|none]
/// [--unlabelled DIR]`: rebuilds the
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
        var classes = new Option<string>("--classes")
        {
            // The shipped pair has none: the word-class candidate (512,64) parses the event coder's sentences worse (model cards).
            Description = "Word classes learned without labels, as FINE,COARSE class counts (the candidate in the model cards: 512,64), or 'none' (default, as shipped).",
            DefaultValueFactory = _ => "none",
        };
        var unlabelled = new Option<string>("--unlabelled")
        {
            Description = "The data-sets folder whose openly licensed text (ECB+, wikigold, BTC, WNUT-17) the word classes are learned from, with the training text.",
            DefaultValueFactory = _ => UnlabelledText.DefaultDatasets,
        };
        var command = new Command(name, description) { data, output, epochs, seed, classes, unlabelled };
        var keepBest = new Option<bool>("--keep-best") { Description = "Keep the epoch with the best dev LAS instead of the last (deps only)." };
        var saveEpochs = new Option<bool>("--save-epochs")
        {
            Description = "Also save each dev-scored epoch's model as OUT.epochN (deps only; each is what --epochs N would write).",
        };
        if (name == "deps") { command.Options.Add(dev); command.Options.Add(tagger); command.Options.Add(keepBest); command.Options.Add(saveEpochs); }
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
            var wordClasses = WordClasses.Empty;
            var classSpec = parse.GetValue(classes)!;
            if (classSpec != "none")
            {
                var counts = classSpec.Split(',');
                if (counts.Length != 2 || !int.TryParse(counts[0], out int fine) || !int.TryParse(counts[1], out int coarse) || fine < 2 || coarse < 2)
                {
                    io.Error.WriteLine($"dateline train {name}: --classes wants FINE,COARSE (e.g. 512,64) or 'none', not '{classSpec}'.");
                    return Program.ExitUsage;
                }
                var root = parse.GetValue(unlabelled)!;
                if (!Directory.Exists(Path.Combine(root, "ecbplus")))
                {
                    io.Error.WriteLine($"dateline train {name}: no ECB+ text under '{root}' for the word classes (--unlabelled DIR, or --classes none).");
                    return Program.ExitUsage;
                }
                wordClasses = WordClasses.Learn(UnlabelledText.Read(root, sentences), fine, coarse, Log);
                Log($"word classes ({fine} fine, {coarse} coarse) for {wordClasses.Count} words");
            }
            if (name == "pos")
            {
                var options = new PosTrainingOptions();
                if (parse.GetValue(epochs) is int e) options = options with { Epochs = e };
                if (parse.GetValue(seed) is int s) options = options with { Seed = s };
                PosTrainer.Train(sentences, options, Log, wordClasses).Save(outPath);
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
                Action<int, DependencyParser>? snapshot = parse.GetValue(saveEpochs)
                    ? (epoch, model) => model.Save(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{outPath}.epoch{epoch}"))
                    : null;
                ParserTrainer.Train(sentences, options, Log, devSet, wordClasses, snapshot).Save(outPath);
            }
            Log($"wrote {outPath} ({new FileInfo(outPath).Length / 1024} KiB)");
            return Program.ExitOk;
        });
        return command;
    }
}
