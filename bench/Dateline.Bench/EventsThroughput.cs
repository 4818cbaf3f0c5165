using System.Diagnostics;
using System.Globalization;
using Dateline.Events;
using Dateline.Ingest;
using Dateline.Language;
using Dateline.Model;
using Dateline.Pipeline;

namespace Dateline.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Dateline.Bench -- events [FOLDER] [--rounds N] [--limit N] [--stages]`: articles
/// per second through the whole standard pipeline including event coding (extraction, language, time, NER, events),
/// single thread, over the BBC articles (../shared/datasets/bbc-news), against a reading-only baseline (read the
/// file and build the document) in the same run; also the event stage alone (whole pipeline without it, same run).
/// With --stages, each stage's own time per article over the same passes, to find where a change costs.
/// </summary>
public static class EventsThroughput
{
    public static int Run(string[] args)
    {
        var folder = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "../shared/datasets/bbc-news";
        var rounds = int.Parse(Value(args, "--rounds") ?? "1", CultureInfo.InvariantCulture);
        var limit = int.Parse(Value(args, "--limit") ?? "500", CultureInfo.InvariantCulture);
        var modelsDir = LanguageModels.FindDirectory();
        if (!Directory.Exists(folder) || modelsDir is null)
        {
            Console.Error.WriteLine($"events bench: needs the BBC folder ({folder}) and the language models (data/models).");
            return 2;
        }
        var files = Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(limit).ToList();
        var full = StandardPipeline.Create(ShippedModels.Load());
        var withoutEvents = new DocumentPipeline(full.Stages.Where(s => s is not EventStage));
        Pass(files, withoutEvents);
        var stage = new EventStage();
        Pass(files, null);
        var stages = args.Contains("--stages") ? new double[full.Stages.Length] : null;
        double read = 0, noEvents = 0, coding = 0;
        long events = 0, sentences = 0;
        for (int r = 0; r < rounds; r++)
        {
            read += Pass(files, null).Seconds;
            var (seconds, docs) = Pass(files, withoutEvents);
            noEvents += seconds;
            // The event stage timed on its own over the read documents: its cost is too small to see as a difference.
            var clock = Stopwatch.StartNew();
            events = 0;
            foreach (var doc in docs) events += stage.Process(doc).EventMentions.Length;
            coding += clock.Elapsed.TotalSeconds;
            sentences = docs.Sum(d => (long)d.Sentences.Length);
            if (stages is not null)
                TimeStages(files, full, stages);
        }
        read /= rounds;
        noEvents /= rounds;
        coding /= rounds;
        double all = noEvents + coding;
        var inv = CultureInfo.InvariantCulture;
        int count = files.Count;
        Console.WriteLine(string.Create(inv, $"{count} articles, {sentences} sentences, {events} events per pass; 1 thread"));
        Console.WriteLine(string.Create(inv, $"reading-only:                   {count / read,10:N1} articles/s ({read:F2} s)"));
        Console.WriteLine(string.Create(inv, $"whole pipeline without events:  {count / noEvents,10:N1} articles/s ({noEvents:F2} s)"));
        Console.WriteLine(string.Create(inv, $"whole pipeline with events:     {count / all,10:N1} articles/s ({all:F2} s), {sentences / all:N0} sentences/s"));
        Console.WriteLine(string.Create(inv, $"event stage alone:              {count / coding,10:N0} articles/s, {sentences / coding:N0} sentences/s ({coding:F2} s)"));
        Console.WriteLine(string.Create(inv, $"ratio (whole pipeline / reading-only time): {all / read:F1}x"));
        if (stages is not null)
            for (int i = 0; i < stages.Length; i++)
                Console.WriteLine(string.Create(inv, $"stage {full.Stages[i].Name,-16} {stages[i] / rounds / count * 1000,8:F3} ms/article"));
        return 0;
    }

    /// <summary>Adds each stage's own seconds over one pass of the articles (the stages run in order, as the pipeline runs them).</summary>
    private static void TimeStages(List<string> files, DocumentPipeline pipeline, double[] seconds)
    {
        var clock = new Stopwatch();
        foreach (var doc in Pass(files, null).Docs)
        {
            var current = doc;
            for (int i = 0; i < pipeline.Stages.Length; i++)
            {
                clock.Restart();
                current = pipeline.Stages[i].Process(current);
                seconds[i] += clock.Elapsed.TotalSeconds;
            }
        }
    }

    private static (double Seconds, List<Document> Docs) Pass(List<string> files, DocumentPipeline? pipeline)
    {
        var docs = new List<Document>(files.Count);
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var doc = new Document
            {
                Source = new SourceInfo(file, SourceFormat.PlainText, "utf-8", ContentHash.Of(text), text.Length),
                SourceText = text,
                Metadata = ArticleMetadata.Empty,
            };
            docs.Add(pipeline is null ? doc : pipeline.Run(doc));
        }
        return (clock.Elapsed.TotalSeconds, docs);
    }

    private static string? Value(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
