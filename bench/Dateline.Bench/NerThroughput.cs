using System.Diagnostics;
using System.Globalization;
using Dateline.Entities;

namespace Dateline.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Dateline.Bench -- ner [FOLDER] [--model PATH] [--rounds N]`:
/// NER throughput over the BBC articles (../shared/datasets/bbc-news), single thread, against a
/// reading-only baseline in the same run (read the file, split words and sentences). Prints
/// tokens per second for both, the tagger's own rate (the difference), and the ratio.
/// </summary>
public static class NerThroughput
{
    public static int Run(string[] args)
    {
        var folder = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "../shared/datasets/bbc-news";
        var modelPath = Value(args, "--model") ?? NerModelLocator.Find();
        var rounds = int.Parse(Value(args, "--rounds") ?? "3", CultureInfo.InvariantCulture);
        if (!Directory.Exists(folder) || modelPath is null)
        {
            Console.Error.WriteLine($"ner bench: needs the BBC folder ({folder}) and a model (data/models/ner-en.bin).");
            return 2;
        }
        var files = Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var load = Stopwatch.StartNew();
        var model = NerModel.Load(modelPath);
        load.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Count} files; model loaded in {load.Elapsed.TotalMilliseconds:F0} ms ({model.FeatureCount} features)"));

        // Warm up both paths once (JIT, file cache), then alternate rounds so drift hits both.
        Pass(files, null);
        Pass(files, model);
        Pass(files, model, perSentence: true);
        double baseline = 0, withNer = 0, baselineCpu = 0, withNerCpu = 0, single = 0, singleCpu = 0;
        long tokens = 0, names = 0;
        var process = Process.GetCurrentProcess();
        for (var r = 0; r < rounds; r++)
        {
            var cpu0 = process.TotalProcessorTime;
            var (t0, s0, _) = Pass(files, null);
            process.Refresh();
            var cpu1 = process.TotalProcessorTime;
            var (t1, s1, n1) = Pass(files, model);
            process.Refresh();
            var cpu2 = process.TotalProcessorTime;
            baseline += s0;
            withNer += s1;
            baselineCpu += (cpu1 - cpu0).TotalSeconds;
            withNerCpu += (cpu2 - cpu1).TotalSeconds;
            var (_, s2, _) = Pass(files, model, perSentence: true);
            process.Refresh();
            single += s2;
            singleCpu += (process.TotalProcessorTime - cpu2).TotalSeconds;
            tokens = t0;
            names = n1;
        }
        baseline /= rounds;
        withNer /= rounds;
        baselineCpu /= rounds;
        withNerCpu /= rounds;
        single /= rounds;
        singleCpu /= rounds;
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"tokens per pass: {tokens}; names found: {names}"));
        Console.WriteLine(string.Create(inv, $"reading-only baseline: {tokens / baseline,12:N0} tokens/s ({baseline:F2} s)"));
        Console.WriteLine(string.Create(inv, $"reading + NER:         {tokens / withNer,12:N0} tokens/s ({withNer:F2} s)"));
        Console.WriteLine(string.Create(inv, $"NER alone:             {tokens / (withNer - baseline),12:N0} tokens/s"));
        Console.WriteLine(string.Create(inv, $"ratio (reading+NER / reading-only time): {withNer / baseline:F2}x"));
        // The same model sentence by sentence, one pass, no document memory: what the document passes cost.
        Console.WriteLine(string.Create(inv, $"reading + NER per sentence (one pass, no document memory): {tokens / single,12:N0} tokens/s ({single:F2} s); document/sentence time {withNer / single:F2}x, by CPU time {withNerCpu / singleCpu:F2}x"));
        // On a shared, overloaded machine wall time includes waiting for a core; process CPU time does not.
        Console.WriteLine(string.Create(inv, $"by process CPU time: reading-only {tokens / baselineCpu:N0} tokens/s, reading + NER {tokens / withNerCpu:N0} tokens/s"));
        return 0;
    }

    private static (long Tokens, double Seconds, long Names) Pass(List<string> files, NerModel? model, bool perSentence = false)
    {
        long tokens = 0, names = 0;
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var words = WordSplitter.Split(File.ReadAllText(file));
            tokens += words.Count;
            var sentences = new List<IReadOnlyList<string>>();
            for (var i = 0; i < words.Count;)
            {
                var sentence = new List<string>();
                var s = words[i].Sentence;
                while (i < words.Count && words[i].Sentence == s)
                    sentence.Add(words[i++].Text);
                sentences.Add(sentence);
            }
            // One article is one document: the tagger's memory of earlier decisions is part of the cost.
            if (model is not null && perSentence)
                names += sentences.Sum(x => model.FindNames(x).Count);
            else if (model is not null)
                names += model.FindNamesInDocument(sentences).Sum(x => x.Count);
        }
        return (tokens, clock.Elapsed.TotalSeconds, names);
    }

    private static string? Value(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
