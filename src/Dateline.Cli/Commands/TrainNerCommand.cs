using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dateline.Entities;
using Dateline.Knowledge;

namespace Dateline.Cli.Commands;

/// <summary>
/// `dateline train ner --out data/models/ner-en.bin [--datasets DIR] [--epochs N] [--seed N] [--exclude SET...] [--repeat SET=N...]`:
/// rebuilds the shipped NER model from the openly licensed training sets only (never CoNLL-2003),
/// mixed by <see cref="NerRecipe"/>. Deterministic: the same data, seed and epochs give the same file.
/// </summary>
internal static class TrainNerCommand
{
    /// <summary>The `ner` subcommand of `train` (see <see cref="TrainCommand"/>).</summary>
    public static Command Create(ConsoleIo io)
    {
        var defaults = new NerRecipe();
        var output = new Option<string>("--out") { Description = "Where to write the model.", DefaultValueFactory = _ => "data/models/ner-en.bin" };
        var datasets = new Option<string>("--datasets") { Description = "The shared data sets folder.", DefaultValueFactory = _ => "../shared/datasets" };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => defaults.Epochs };
        var seed = new Option<int>("--seed") { Description = "Seed for the per-epoch shuffle.", DefaultValueFactory = _ => defaults.Seed };
        var exclude = new Option<string[]>("--exclude") { Description = $"Training sets to leave out (wikigold, btc, wnut17, {NerTrainingData.UnerDev}, gum-open, {TeamNameAnnotations.PartName}, {TeamNameAnnotations.NewsPartName}); default {NerTrainingData.UnerDev} (held out for evaluation), pass --exclude none to keep all.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [.. defaults.Exclude] };
        var repeat = new Option<string[]>("--repeat") { Description = "Oversample a training set: NAME=TIMES (e.g. gum-open=2); replaces the default weights (wikigold=3 gum-open=2).", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [.. defaults.Repeat.Select(p => $"{p.Key}={p.Value}")] };
        var capitals = new Option<int>("--capitals-every") { Description = "Add an ALL-CAPS copy of every Nth edited sentence (headline robustness); 0 = none.", DefaultValueFactory = _ => defaults.CapitalsEvery };
        var tagSet = new Option<string>("--tags") { Description = "The tagger's tag set: bio or bilou (B, I, L, U per type).", DefaultValueFactory = _ => defaults.Bilou ? "bilou" : "bio" };
        tagSet.AcceptOnlyFromAmong("bio", "bilou");
        var beamWidth = new Option<int>("--beam") { Description = "Beam width for training (max-violation updates) and decoding; 1 = greedy.", DefaultValueFactory = _ => defaults.Beam };
        var noClusters = new Option<bool>("--no-clusters") { Description = "Skip the word classes learned from unlabelled text." };
        // Off by default: the flags are a word-level copy of name lists from ../shared, and a gazetteer the
        // product ships must come from a registry package or be written by the team (datasets/INDEX.md).
        var lexicon = new Option<string>("--lexicon") { Description = "Name-list evidence per word: none; shipped (the engine's own gazetteer and knowledge); shared (experiment only, never ship: Wikidata office holders, Factbook/SupraVerden organisations, GeoNames places from ../shared).", DefaultValueFactory = _ => defaults.ShippedLexicon ? "shipped" : "none" };
        lexicon.AcceptOnlyFromAmong("none", "shipped", "shared");
        var lexiconPopulation = new Option<long>("--lexicon-min-population") { Description = "With --lexicon shipped: gazetteer places of at least this many people (capitals always).", DefaultValueFactory = _ => defaults.LexiconMinPopulation };
        var lexiconAlternates = new Option<bool>("--lexicon-alternates") { Description = "With --lexicon shipped: also the places' alternate names." };
        var personNames = new Option<string>("--person-names") { Description = "With --lexicon shipped: person-name evidence from data/names: none; first (given names and US states); all (also surnames).", DefaultValueFactory = _ => defaults.PersonNames };
        personNames.AcceptOnlyFromAmong("none", "first", "all");
        var personDropMixed = new Option<bool>("--person-names-drop-mixed") { Description = "With --person-names: also leave out name words running text writes both ways (\"brown\")." };
        var dump = new Option<string?>("--dump") { Description = "Also write the converted training sentences (CoNLL, IOB2) to this file, for inspection; never commit it." };
        var wordClasses = new Option<string>("--word-classes") { Description = "Fine and coarse word-class counts (k-means over unlabelled text), FINE,COARSE.", DefaultValueFactory = _ => string.Create(CultureInfo.InvariantCulture, $"{defaults.WordClassesFine},{defaults.WordClassesCoarse}") };
        var unlabelled = new Option<string[]>("--unlabelled") { Description = "Folders of plain text (*.txt; e-mail headers and quoted lines skipped) added to the word classes' unlabelled text.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [.. defaults.UnlabelledFolders] };
        var personDropout = new Option<double>("--person-names-dropout") { Description = "With --person-names: the share of listed name words whose marks the training features leave out (0-1), so names no list holds stay persons.", DefaultValueFactory = _ => defaults.PersonNamesDropout };
        var ensemble = new Option<int>("--ensemble") { Description = "Train N models with seeds SEED, SEED+1, ... and average their weights into one (tagging costs one model).", DefaultValueFactory = _ => defaults.Ensemble };
        var silver = new Option<string>("--silver") { Description = $"Silver web text: none; {NerSilver.PartName} (UD English-EWT train tagged by a teacher trained first, sentences agreeing with the gold proper nouns; weight with --repeat {NerSilver.PartName}=N).", DefaultValueFactory = _ => defaults.Silver ? NerSilver.PartName : "none" };
        silver.AcceptOnlyFromAmong("none", NerSilver.PartName);
        var silverNegatives = new Option<int>("--silver-negatives") { Description = "With --silver: keep every Nth sentence without names (0: none).", DefaultValueFactory = _ => defaults.SilverNegativesEvery };
        var silverTrueCase = new Option<bool>("--silver-truecase") { Description = "With --silver: the teacher reads lower-case proper nouns capitalised, so lower-case names become training names." };
        var silverProper = new Option<bool>("--silver-proper-only") { Description = "With --silver: a kept PER, ORG or LOC name holds only proper nouns (and numbers, punctuation, name glue)." };
        var silverTeacher = new Option<string?>("--silver-teacher") { Description = "With --silver: a saved model as the teacher instead of training one (experiments only)." };
        var teamNames = new Option<string>("--team-names") { Description = $"The team's own name labels over UD English-EWT train (part {TeamNameAnnotations.PartName}; the text is read from --datasets).", DefaultValueFactory = _ => TeamNameAnnotations.DefaultPath };
        var newsNames = new Option<string>("--team-news-names") { Description = $"The team's own name labels over the ECB+ training topics' articles (part {TeamNameAnnotations.NewsPartName}; the text is read from --datasets).", DefaultValueFactory = _ => TeamNameAnnotations.NewsDefaultPath };
        var glove = new Option<string>("--glove") { Description = "Classes of pre-trained word vectors as features, stored in the model: a class file of `dateline embeddings build` (data/embeddings/glove-classes.tsv.gz), or none.", DefaultValueFactory = _ => defaults.VectorClasses ?? "none" };
        var gloveGranularity = new Option<string>("--glove-granularity") { Description = "With --glove: coarse (the coarse class for every template), fine, or both (fine and coarse).", DefaultValueFactory = _ => defaults.VectorGranularity };
        gloveGranularity.AcceptOnlyFromAmong("both", "coarse", "fine");
        var ner = new Command("ner", "Train the named-entity tagger (averaged perceptron) on wikigold, BTC, WNUT-17, GUM and the team's labels over UD English-EWT train (UNER English-EWT dev on request).") { output, datasets, epochs, seed, exclude, repeat, capitals, tagSet, beamWidth, noClusters, lexicon, lexiconPopulation, lexiconAlternates, personNames, personDropMixed, wordClasses, unlabelled, ensemble, personDropout, silver, silverNegatives, silverTrueCase, silverProper, silverTeacher, teamNames, newsNames, glove, gloveGranularity, dump };
        ner.SetAction(parse =>
        {
            var root = parse.GetValue(datasets)!;
            if (!Directory.Exists(root))
            {
                io.Error.WriteLine($"dateline train ner: no data sets folder at '{root}'.");
                return Program.ExitUsage;
            }
            var inv = CultureInfo.InvariantCulture;
            var clock = Stopwatch.StartNew();
            var lexiconChoice = parse.GetValue(lexicon)!;
            var classCounts = parse.GetValue(wordClasses)!.Split(',').Select(x => int.TryParse(x, NumberStyles.None, inv, out var n) ? n : 0).ToArray();
            if (classCounts.Length != 2 || classCounts.Any(n => n < 2 || n > ushort.MaxValue))
            {
                io.Error.WriteLine("dateline train ner: --word-classes takes FINE,COARSE, e.g. 512,64.");
                return Program.ExitUsage;
            }
            var recipe = NerRecipe.FromOptions(parse.GetValue(epochs), parse.GetValue(seed), parse.GetValue(exclude), parse.GetValue(repeat), parse.GetValue(capitals), parse.GetValue(tagSet) == "bilou", parse.GetValue(beamWidth),
                lexiconChoice == "shipped", parse.GetValue(lexiconPopulation), parse.GetValue(lexiconAlternates), classCounts[0], classCounts[1],
                parse.GetValue(personNames)!, parse.GetValue(personDropMixed), parse.GetValue(ensemble), parse.GetValue(personDropout));
            if (parse.GetValue(ensemble) is < 1 or > 16)
            {
                io.Error.WriteLine("dateline train ner: --ensemble takes 1 to 16 models.");
                return Program.ExitUsage;
            }
            var missingFolder = parse.GetValue(unlabelled)!.FirstOrDefault(f => !Directory.Exists(f));
            if (missingFolder is not null)
            {
                io.Error.WriteLine($"dateline train ner: --unlabelled: no folder at '{missingFolder}'.");
                return Program.ExitUsage;
            }
            var gloveFile = parse.GetValue(glove)!;
            if (gloveFile != "none" && !File.Exists(gloveFile))
            {
                io.Error.WriteLine($"dateline train ner: --glove: no class file at '{gloveFile}'.");
                return Program.ExitUsage;
            }
            recipe = recipe with
            {
                VectorClasses = gloveFile == "none" ? null : gloveFile,
                VectorGranularity = parse.GetValue(gloveGranularity)!,
                UnlabelledFolders = parse.GetValue(unlabelled)!,
                Silver = parse.GetValue(silver) == NerSilver.PartName,
                SilverNegativesEvery = parse.GetValue(silverNegatives),
                SilverTrueCase = parse.GetValue(silverTrueCase) || defaults.SilverTrueCase,
                SilverTeacher = parse.GetValue(silverTeacher),
                SilverProperOnly = parse.GetValue(silverProper),
            };
            IReadOnlyList<NerTrainingData.Part> parts;
            try
            {
                parts = recipe.Select(NerTrainingData.Load(root, KnowledgeBase.BuiltIn, path => io.Error.WriteLine($"missing (skipped): {path}"), parse.GetValue(teamNames)!, parse.GetValue(newsNames)!));
            }
            catch (FormatException e)
            {
                io.Error.WriteLine($"dateline train ner: {e.Message}");
                return Program.ExitFailure;
            }
            foreach (var part in parts)
                io.Out.WriteLine(string.Create(inv, $"{part.Name,-16} {part.Sentences.Count,7} sentences {part.Tokens,8} tokens  x{recipe.Repeat.GetValueOrDefault(part.Name, 1)}  ({part.Licence})"));
            var sentences = recipe.Sentences(parts);
            if (parse.GetValue(dump) is { } dumpPath)
                File.WriteAllLines(dumpPath, sentences.SelectMany(s => s.Words.Select((w, i) => w + "\t" + s.Tags[i]).Append("")));
            if (sentences.Count == 0)
            {
                io.Error.WriteLine("dateline train ner: no training data found.");
                return Program.ExitFailure;
            }
            var info = new Dictionary<string, string>(StringComparer.Ordinal);
            var clusters = WordClusters.Empty;
            var cases = CaseProfile.Empty;
            if (!parse.GetValue(noClusters))
            {
                (clusters, cases) = recipe.LearnUnlabelled(root, parts, info, io.Out.WriteLine);
                io.Out.WriteLine(string.Create(inv, $"word classes for {clusters.Count} words ({clock.Elapsed.TotalSeconds:F0} s)"));
            }
            var names = recipe.Lexicon(info, io.Out.WriteLine, cases);
            if (lexiconChoice == "shared")
            {
                names = NameLexicon.Build(root, io.Out.WriteLine);
                info["lexicon"] = "name-list evidence per word: Wikidata office holders (CC0), CIA Factbook organisations (MIT), SupraVerden organisations (CC BY-SA 4.0), GeoNames cities15000, countries, admin-1 regions (CC BY 4.0)";
            }
            parts = recipe.WithSilver(root, parts, clusters, cases, names, info, io.Out.WriteLine);
            var model = recipe.Train(parts, clusters, cases, names, info,
                (epoch, accuracy) => io.Out.WriteLine(string.Create(inv, $"epoch {epoch,2}: training token accuracy {accuracy:P2} ({clock.Elapsed.TotalSeconds:F0} s)")));
            var path = parse.GetValue(output)!;
            model.Save(path);
            io.Out.WriteLine(string.Create(inv, $"wrote {path}: {model.FeatureCount} features, {new FileInfo(path).Length / 1024.0 / 1024.0:F1} MB, in {clock.Elapsed.TotalSeconds:F0} s"));
            return Program.ExitOk;
        });
        return ner;
    }
}
