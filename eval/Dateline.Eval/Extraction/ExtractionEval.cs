using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Dateline.Extraction.Html;

namespace Dateline.Eval.Extraction;

/// <summary>
/// `dateline eval extraction --data ../shared/datasets/trafilatura-eval`: the trafilatura evaluation
/// rule. For each page, every "with" segment found in the extracted body (whitespace-normalised,
/// case-sensitive substring) is a TP, else a FN; every "without" segment found is a FP, else a TN.
/// Counts are summed over pages. Our body text (captions excluded: they are a separate field, as in
/// trafilatura's default output) and SmartReader's TextContent are scored in the same run.
/// </summary>
public sealed class ExtractionEval : IEvalTask
{
    public const string FloorKey = "extraction.f1";

    private static readonly Option<int> Limit = new("--limit") { Description = "Score only the first N pages (quick runs).", DefaultValueFactory = _ => 0 };
    private static readonly Option<string?> Misses = new("--misses") { Description = "Write each page's missed and leaked segments to this file." };
    private static readonly Option<bool> SkipBaseline = new("--no-baseline") { Description = "Do not run SmartReader." };

    public string Name => "extraction";

    public string Description => "Article body extraction on the trafilatura evaluation set (P/R/Acc/F1), with SmartReader as the baseline.";

    public IReadOnlyList<Option> ExtraOptions => [Limit, Misses, SkipBaseline];

    public int Run(EvalRequest request)
    {
        if (!File.Exists(Path.Combine(request.DataPath, "evaldata.json")))
        {
            request.Error.WriteLine($"dateline eval extraction: no evaldata.json in '{request.DataPath}' (--data is the trafilatura-eval folder).");
            return 2;
        }
        var pages = TrafilaturaEvalData.Load(request.DataPath);
        int limit = request.Parse.GetValue(Limit);
        if (limit > 0) pages = pages.Take(limit).ToList();
        var missesPath = request.Parse.GetValue(Misses);
        var missesOut = missesPath is null ? null : new StringBuilder();

        var ours = new HtmlArticleExtractor();
        var metadata = new MetadataScore();
        var systems = new List<(string Name, Func<EvalPage, string> Extract)>
        {
            ("dateline", page =>
            {
                var article = ours.Extract(page.Html);
                metadata.Add(page, article.Metadata);
                return article.Text;
            }),
        };
        if (!request.Parse.GetValue(SkipBaseline))
            systems.Add(("smartreader-0.11.1", page => new SmartReader.Reader("https://example.org/article", page.Html).GetArticle().TextContent ?? ""));

        var results = new List<SystemScore>();
        foreach (var (name, extract) in systems)
        {
            var score = new SystemScore(name);
            var watch = new Stopwatch();
            foreach (var page in pages)
            {
                string output;
                watch.Start();
                try
                {
                    output = extract(page);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // The rule: a crash counts as empty output.
                    output = "";
                    score.Crashes++;
                }
                watch.Stop();
                var normalised = Normalise(output);
                var missed = page.With.Where(s => !normalised.Contains(Normalise(s), StringComparison.Ordinal)).ToList();
                var leaked = page.Without.Where(s => normalised.Contains(Normalise(s), StringComparison.Ordinal)).ToList();
                score.Tp += page.With.Count - missed.Count;
                score.Fn += missed.Count;
                score.Fp += leaked.Count;
                score.Tn += page.Without.Count - leaked.Count;
                if (missesOut is not null && name == "dateline" && (missed.Count > 0 || leaked.Count > 0))
                {
                    missesOut.AppendLine($"## {page.File}  (output {normalised.Length} chars)");
                    foreach (var s in missed) missesOut.AppendLine($"  MISSED: {Clip(s)}");
                    foreach (var s in leaked) missesOut.AppendLine($"  LEAKED: {Clip(s)}");
                }
            }
            score.Seconds = watch.Elapsed.TotalSeconds;
            score.Pages = pages.Count;
            results.Add(score);
        }
        if (missesOut is not null) File.WriteAllText(missesPath!, missesOut.ToString());

        var floors = EvalFloors.Load();
        var ourF1 = results[0].F1;
        // The floor is pinned for the whole set: a --limit run is only a quick look.
        bool belowFloor = limit == 0 && floors.TryGetValue(FloorKey, out var floor) && ourF1 < floor - 1e-9;

        if (request.Json)
        {
            var json = new
            {
                task = Name,
                pages = pages.Count,
                systems = results.Select(r => new
                {
                    name = r.Name, precision = r.Precision, recall = r.Recall, accuracy = r.Accuracy, f1 = r.F1,
                    tp = r.Tp, fp = r.Fp, fn = r.Fn, tn = r.Tn, crashes = r.Crashes, seconds = r.Seconds, pagesPerSecond = r.PagesPerSecond,
                }),
                metadata = new
                {
                    datePages = metadata.DatePages, dateFound = metadata.DateFound, dateCorrect = metadata.DateCorrect,
                    titlePages = metadata.TitlePages, titleCorrect = metadata.TitleCorrect,
                },
                floor = floors.TryGetValue(FloorKey, out var f) ? f : (double?)null,
                belowFloor,
            };
            request.Out.WriteLine(JsonSerializer.Serialize(json, new JsonSerializerOptions { WriteIndented = true }));
        }
        else
        {
            request.Out.WriteLine($"extraction: {pages.Count} pages, trafilatura evaluation rule (with/without segments)");
            request.Out.WriteLine($"{"system",-20} {"P",6} {"R",6} {"Acc",6} {"F1",6} {"TP",5} {"FP",5} {"FN",5} {"TN",5} {"crash",5} {"sec",7} {"pages/s",8}");
            foreach (var r in results)
                request.Out.WriteLine($"{r.Name,-20} {r.Precision,6:F3} {r.Recall,6:F3} {r.Accuracy,6:F3} {r.F1,6:F3} {r.Tp,5} {r.Fp,5} {r.Fn,5} {r.Tn,5} {r.Crashes,5} {r.Seconds,7:F1} {r.PagesPerSecond,8:F1}");
            request.Out.WriteLine($"metadata (dateline, pages the set annotates): published day {metadata.DateCorrect}/{metadata.DatePages} correct ({metadata.DateFound} found); title {metadata.TitleCorrect}/{metadata.TitlePages} exact after whitespace normalisation");
            if (floors.TryGetValue(FloorKey, out var fl)) request.Out.WriteLine($"floor {FloorKey} = {fl:F3}: {(belowFloor ? "BELOW FLOOR" : "ok")}");
        }
        if (belowFloor) request.Error.WriteLine($"extraction F1 {ourF1:F4} is below the pinned floor {floors[FloorKey]:F4}");
        return belowFloor ? 1 : 0;
    }

    internal static string Normalise(string text) => HtmlArticleExtractor.Normalise(text);

    private static string Clip(string s) => s.Length <= 160 ? s : s[..160] + "…";
}


internal sealed class SystemScore(string name)
{
    public string Name { get; } = name;
    public int Tp { get; set; }
    public int Fp { get; set; }
    public int Fn { get; set; }
    public int Tn { get; set; }
    public int Crashes { get; set; }
    public int Pages { get; set; }
    public double Seconds { get; set; }
    public double Precision => Tp + Fp == 0 ? 0 : (double)Tp / (Tp + Fp);
    public double Recall => Tp + Fn == 0 ? 0 : (double)Tp / (Tp + Fn);
    public double Accuracy => Tp + Fp + Fn + Tn == 0 ? 0 : (double)(Tp + Tn) / (Tp + Fp + Fn + Tn);
    public double F1 => 2.0 * Tp + Fp + Fn == 0 ? 0 : 2.0 * Tp / (2.0 * Tp + Fp + Fn);
    public double PagesPerSecond => Seconds == 0 ? 0 : Pages / Seconds;
}

/// <summary>Our metadata against the set's own annotations: the publication day and the title.</summary>
internal sealed class MetadataScore
{
    public int DatePages { get; private set; }
    public int DateFound { get; private set; }
    public int DateCorrect { get; private set; }
    public int TitlePages { get; private set; }
    public int TitleCorrect { get; private set; }

    public void Add(EvalPage page, Dateline.Model.ArticleMetadata found)
    {
        if (page.Date is { Length: >= 10 } date)
        {
            DatePages++;
            if (found.PublishedOn is { } day)
            {
                DateFound++;
                if (string.Equals(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), date[..10], StringComparison.Ordinal)) DateCorrect++;
            }
        }
        if (page.Title is { } title)
        {
            TitlePages++;
            if (found.Title is { } t && string.Equals(HtmlArticleExtractor.Normalise(t.Value), HtmlArticleExtractor.Normalise(title), StringComparison.Ordinal)) TitleCorrect++;
        }
    }
}
