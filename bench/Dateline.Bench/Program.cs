using BenchmarkDotNet.Running;

namespace Dateline.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Dateline.Bench -- NAME [ARGS]`. Throughput runs print the
/// absolute figure and its ratio to a baseline measured in the same run; `micro` runs BenchmarkDotNet.
/// </summary>
public static class Program
{
    private static readonly Dictionary<string, (string Usage, Func<string[], int> Run)> Runs = new(StringComparer.Ordinal)
    {
        ["ingest"] = ("ingest DIR [--cores N] [--slice N] [--pg CONN]   read + pipeline + store, pages/s vs reading only, cost per slice", IngestThroughput.Run),
        ["language"] = ("language [DIR] [--models DIR] [--rounds N] [--beam K] [--hash-only]   tokenise + tag + parse, tokens/s vs reading and tokenising only; SHA-256 of all outputs", LanguageThroughput.Run),
        ["events"] = ("events [DIR] [--rounds N] [--limit N] [--stages]   whole pipeline incl. event coding, articles/s vs reading only; --stages: ms per article for each stage", EventsThroughput.Run),
        ["extraction"] = ("extraction DATA_DIR [--passes N] [--text TXT_DIR]   HTML/plain-text extraction pages/s vs AngleSharp parse-only and SmartReader", ExtractionThroughput.Run),
        ["ner"] = ("ner [DIR] [--model PATH] [--rounds N]   NER tokens/s over BBC articles vs reading only", NerThroughput.Run),
        ["link"] = ("link [DIR] [--count N] [--slice N] [--sources M]   cost of storing + linking one more article as the store grows to N (10,000)", LinkScaling.Run),
        ["synth"] = ("synth --from DIR --count N --out DIR   a synthetic corpus made from real articles", SyntheticCorpus.Run),
        ["web"] = ("web --db FILE [--rounds N]   desk API response times (timeline, search) vs /api/articles, median and p95", WebResponseTimes.Run),
        ["gazetteer"] = ("gazetteer [--file PATH] [--rounds N]   gazetteer load time vs decompressing and reading its lines, resolver names/s", GazetteerLoad.Run),
        ["time"] = ("time [--data DIR] [--rounds N] [--per-pattern]   time expressions, tokens/s vs reading only", TimeThroughput.Run),
    };

    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "micro")
        {
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args[1..]);
            return 0;
        }
        if (args.Length == 0 || !Runs.TryGetValue(args[0], out var run))
        {
            Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Dateline.Bench -- NAME [ARGS]");
            foreach (var (_, (usage, _)) in Runs) Console.Error.WriteLine("  " + usage);
            Console.Error.WriteLine("  micro [BenchmarkDotNet args]");
            return 2;
        }
        return run.Run(args[1..]);
    }
}
