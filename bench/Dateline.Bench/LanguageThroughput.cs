using System.Diagnostics;
using Dateline.Language;
using Dateline.Text;

namespace Dateline.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Dateline.Bench -- language [CORPUS_DIR] [--models DIR] [--rounds N] [--beam K] [--hash-only]`:
/// single-thread throughput of tokenisation + sentence splitting + tagging + lemmatising + parsing over
/// a folder of plain-text articles (default ../shared/datasets/bbc-news), with two baselines measured in
/// the same run: reading the files only, and tokenising only. Prints tokens per second and ratios, and a
/// SHA-256 of every output (sentences, spans, tags, lemmas, heads, relations) so that a speed change can
/// show it changed nothing; `--hash-only` prints just that hash. A row for the parser with beam width K
/// (`--beam K`, default the product's <see cref="LanguageAnalyzer.DefaultParserBeam"/>) is printed beside the greedy
/// one; the hash is then the beam's (`--beam 1`: greedy only, greedy hash).
/// </summary>
public static class LanguageThroughput
{
    public static int Run(string[] args)
    {
        string corpus = "../shared/datasets/bbc-news";
        string? modelsDir = null;
        int rounds = 3;
        bool hashOnly = false;
        int beam = LanguageAnalyzer.DefaultParserBeam;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--models" && i + 1 < args.Length) modelsDir = args[++i];
            else if (args[i] == "--hash-only") hashOnly = true;
            else if (args[i] == "--beam" && i + 1 < args.Length) beam = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            else if (args[i] == "--rounds" && i + 1 < args.Length) rounds = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            else corpus = args[i];
        }
        if (!Directory.Exists(corpus)) { Console.Error.WriteLine($"language bench: no corpus folder at {corpus}"); return 2; }
        modelsDir ??= LanguageModels.FindDirectory();
        if (modelsDir is null) { Console.Error.WriteLine("language bench: no models (data/models/en-pos.bin)"); return 2; }

        var files = Directory.GetFiles(corpus, "*.txt", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        var load = Stopwatch.StartNew();
        var models = LanguageModels.Load(modelsDir);
        load.Stop();
        // The greedy parser is the row every beam is compared with; the product's default beam is the second row.
        var analyzer = new LanguageAnalyzer(models, parserBeam: 1);
        var beamAnalyzer = beam > 1 ? new LanguageAnalyzer(models, beam) : null;
        if (hashOnly) { Console.WriteLine($"output hash: {OutputHash(beamAnalyzer ?? analyzer, files)}"); return 0; }
        var taggerOnly = new LanguageAnalyzer(new LanguageModels(models.Pos, null));
        Console.WriteLine($"corpus: {corpus}, {files.Length} files; models loaded in {load.Elapsed.TotalMilliseconds:F0} ms; single thread, best of {rounds} rounds");
        Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, load average {LoadAverage()}");

        // Warm up the JIT on a few files.
        foreach (var f in files.Take(50)) { analyzer.Analyze(File.ReadAllText(f)); beamAnalyzer?.Analyze(File.ReadAllText(f)); }

        double bestRead = double.MaxValue, bestTok = double.MaxValue, bestTag = double.MaxValue, bestFull = double.MaxValue;
        // CPU seconds of this process per phase: on a shared machine wall time also counts other people's work.
        double cpuRead = double.MaxValue, cpuTok = double.MaxValue, cpuTag = double.MaxValue, cpuFull = double.MaxValue;
        double bestBeam = double.MaxValue, cpuBeam = double.MaxValue;
        var process = Process.GetCurrentProcess();
        double Cpu() { process.Refresh(); return process.TotalProcessorTime.TotalSeconds; }
        long tokens = 0, chars = 0, sentences = 0;
        for (int round = 0; round < rounds; round++)
        {
            double cpu = Cpu();
            var clock = Stopwatch.StartNew();
            long c = 0;
            foreach (var f in files) c += File.ReadAllText(f).Length;
            bestRead = Math.Min(bestRead, clock.Elapsed.TotalSeconds);
            cpuRead = Math.Min(cpuRead, Cpu() - cpu);
            chars = c;

            cpu = Cpu();
            clock.Restart();
            long t = 0;
            foreach (var f in files)
            {
                var text = File.ReadAllText(f);
                var spans = Tokenizer.Tokenize(text);
                SentenceSplitter.Split(text, spans);
                t += spans.Count;
            }
            bestTok = Math.Min(bestTok, clock.Elapsed.TotalSeconds);
            cpuTok = Math.Min(cpuTok, Cpu() - cpu);
            tokens = t;

            cpu = Cpu();
            clock.Restart();
            foreach (var f in files) taggerOnly.Analyze(File.ReadAllText(f));
            bestTag = Math.Min(bestTag, clock.Elapsed.TotalSeconds);
            cpuTag = Math.Min(cpuTag, Cpu() - cpu);

            cpu = Cpu();
            clock.Restart();
            long s = 0;
            foreach (var f in files) s += analyzer.Analyze(File.ReadAllText(f)).Sentences.Length;
            bestFull = Math.Min(bestFull, clock.Elapsed.TotalSeconds);
            cpuFull = Math.Min(cpuFull, Cpu() - cpu);
            sentences = s;

            if (beamAnalyzer is null) continue;
            cpu = Cpu();
            clock.Restart();
            foreach (var f in files) beamAnalyzer.Analyze(File.ReadAllText(f));
            bestBeam = Math.Min(bestBeam, clock.Elapsed.TotalSeconds);
            cpuBeam = Math.Min(cpuBeam, Cpu() - cpu);
        }
        Console.WriteLine($"{tokens:N0} tokens, {sentences:N0} sentences, {chars:N0} characters");
        Console.WriteLine($"{"run",-34} {"seconds",8} {"tokens/s",12} {"x reading",10} {"CPU s",8} {"tokens/CPU-s",13}");
        void Row(string name, double wall, double cpuSeconds) =>
            Console.WriteLine($"{name,-34} {wall,8:F3} {tokens / wall,12:N0} {wall / bestRead,10:F2} {cpuSeconds,8:F3} {tokens / Math.Max(cpuSeconds, 1e-3),13:N0}");
        Row("reading only (baseline)", bestRead, cpuRead);
        Row("tokenise + split sentences", bestTok, cpuTok);
        Row("+ tag, lemmatise (no parser)", bestTag, cpuTag);
        Row("full: + tag, lemmatise, parse", bestFull, cpuFull);
        if (beamAnalyzer is not null) Row($"full, parser beam {beam}", bestBeam, cpuBeam);
        Console.WriteLine($"output hash: {OutputHash(analyzer, files)}");
        if (beamAnalyzer is not null) Console.WriteLine($"output hash, beam {beam}: {OutputHash(beamAnalyzer, files)}");
        return 0;
    }

    /// <summary>SHA-256 over every sentence and token the analyser produces, file by file in order.</summary>
    private static string OutputHash(LanguageAnalyzer analyzer, string[] files)
    {
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        var sb = new System.Text.StringBuilder();
        foreach (var f in files)
        {
            var (sentences, tokens) = analyzer.Analyze(File.ReadAllText(f));
            sb.Clear().Append(Path.GetFileName(f)).Append('\n');
            foreach (var s in sentences) sb.Append("S ").Append(s.Start).Append(' ').Append(s.End).Append(' ').Append(s.FirstToken).Append(' ').Append(s.TokenCount).Append('\n');
            foreach (var t in tokens)
                sb.Append(t.Start).Append(' ').Append(t.End).Append(' ').Append(t.Form).Append(' ').Append(t.Upos).Append(' ').Append(t.Xpos).Append(' ')
                  .Append(t.Lemma).Append(' ').Append(t.Head).Append(' ').Append(t.Deprel).Append(' ').Append(t.Sentence).Append('\n');
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(sb.ToString()));
        }
        return Convert.ToHexString(sha.GetHashAndReset()).ToLowerInvariant()[..16];
    }

    // The machine is shared: the load average says how far the absolute figures can be trusted.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
