using System.Diagnostics;
using System.Globalization;
using AngleSharp.Html.Parser;
using Dateline.Eval.Extraction;
using Dateline.Extraction.Html;
using Dateline.Extraction.PlainText;

namespace Dateline.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Dateline.Bench -- extraction DATA [--passes N] [--text BBC_DIR]`:
/// pages per second of <see cref="HtmlArticleExtractor"/> on the trafilatura pages (held in memory,
/// already decoded), against two baselines measured in the same run: AngleSharp parsing alone (the
/// floor any DOM-based extractor pays) and SmartReader (the readability port). With --text, plain-text
/// extraction on a folder of .txt dumps (e.g. ../shared/datasets/bbc-news/data_raw) against reading the strings' lengths.
/// </summary>
public static class ExtractionThroughput
{
    public static int Run(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: extraction DATA_DIR [--passes N] [--text TXT_DIR]");
            return 2;
        }
        int passes = Option(args, "--passes") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : 3;
        var pages = TrafilaturaEvalData.Load(args[0]).Select(x => x.Html).ToList();
        long chars = pages.Sum(x => (long)x.Length);
        Console.WriteLine($"extraction throughput: {pages.Count} HTML pages, {chars / 1_000_000.0:F1} M chars, best of {passes} passes, 1 thread");

        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var ours = new HtmlArticleExtractor();
        Func<string, int> parseOnly = html => parser.ParseDocument(html).Body?.ChildElementCount ?? 0;
        // The baseline runs first and again last; the better of the two is kept, so warm-up favours no one.
        double parseFirst = Measure(pages, passes, parseOnly);
        double oursPps = Measure(pages, passes, html => ours.Extract(html).Text.Length);
        double smartPps = Measure(pages, passes, html => new SmartReader.Reader("https://example.org/article", html).GetArticle().TextContent?.Length ?? 0);
        double parseLast = Measure(pages, passes, parseOnly);
        var rows = new List<(string Name, double PagesPerSecond)>
        {
            ("anglesharp-parse-only", Math.Max(parseFirst, parseLast)),
            ("dateline-html", oursPps),
            ("smartreader-0.11.1", smartPps),
        };
        Print(rows);

        if (Option(args, "--text") is { } textDir)
        {
            var texts = Directory.EnumerateFiles(textDir, "*.txt", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
            var plain = new PlainTextExtractor();
            Console.WriteLine($"plain-text throughput: {texts.Count} dumps from {textDir}");
            Print(
            [
                ("split-lines-only", Measure(texts, passes, t => t.Split('\n').Length)),
                ("dateline-plain-text", Measure(texts, passes, t => plain.Extract(t).Text.Length)),
            ]);
        }
        return 0;
    }

    private static void Print(List<(string Name, double PagesPerSecond)> rows)
    {
        double baseline = rows[0].PagesPerSecond;
        Console.WriteLine($"{"system",-24} {"pages/s",10} {"vs " + rows[0].Name,30}");
        foreach (var (name, pps) in rows)
            Console.WriteLine($"{name,-24} {pps,10:F1} {pps / baseline,29:F2}x");
    }

    /// <summary>Best pages/s over the passes, after one warm-up pass over a tenth of the pages.</summary>
    private static double Measure(List<string> inputs, int passes, Func<string, int> work)
    {
        long sink = 0;
        foreach (var input in inputs.Take(Math.Max(1, inputs.Count / 10))) sink += Safe(work, input);
        double best = 0;
        for (int pass = 0; pass < passes; pass++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var input in inputs) sink += Safe(work, input);
            watch.Stop();
            best = Math.Max(best, inputs.Count / watch.Elapsed.TotalSeconds);
        }
        GC.KeepAlive(sink);
        return best;
    }

    private static int Safe(Func<string, int> work, string input)
    {
        try
        {
            return work(input);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return 0;
        }
    }

    private static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
