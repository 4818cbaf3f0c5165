using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dateline.Web;

namespace Dateline.Bench;

/// <summary>
/// `web --db FILE [--rounds N]`: response times of the desk's JSON API over real HTTP (Kestrel on 127.0.0.1).
/// Times /api/timeline and /api/search (the gated pair), /api/network and the actor page (N requests each, rotating over the 20 most-cited actors and 20 of their
/// names as queries), against the baseline /api/articles?limit=1 in the same run; prints median and p95 in ms
/// and the ratio to the baseline median. The first request, which builds the desk's index, is reported apart.
/// Make the store with `synth` then `./dateline ingest DIR --db FILE`.
/// </summary>
internal static class WebResponseTimes
{
    public static int Run(string[] args)
    {
        var db = BenchArgs.String(args, "--db");
        int rounds = BenchArgs.Int(args, "--rounds", 200);
        if (db is null || !File.Exists(db))
        {
            Console.Error.WriteLine("usage: web --db FILE [--rounds N]");
            return 2;
        }
        return RunAsync(db, rounds).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(string db, int rounds)
    {
        var app = DatelineWebApp.Build(["--urls=http://127.0.0.1:0", $"--{WebSettings.Store}={db}", "--Logging:LogLevel:Default=Warning"]);
        await app.StartAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            var sw = Stopwatch.StartNew();
            var first = JsonDocument.Parse(await http.GetStringAsync("/api/entities?limit=20")).RootElement;
            double firstMs = sw.Elapsed.TotalMilliseconds;
            var actors = first.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();
            var names = first.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("name").GetString()!).ToList();
            int articles = JsonDocument.Parse(await http.GetStringAsync("/api/articles?limit=1")).RootElement.GetProperty("total").GetInt32();
            if (actors.Count == 0)
            {
                Console.Error.WriteLine("web: the store has no entities (was it ingested with the standard pipeline?)");
                return 1;
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"store: {articles} articles, first request (index build) {firstMs:0} ms"));

            var baseline = await Time(http, rounds, i => "/api/articles?limit=1");
            var timeline = await Time(http, rounds, i => "/api/timeline?actor=" + Uri.EscapeDataString(actors[i % actors.Count]));
            var search = await Time(http, rounds, i => "/api/search?q=" + Uri.EscapeDataString(names[i % names.Count]) + "&limit=20");
            var network = await Time(http, rounds, i => "/api/network?actor=" + Uri.EscapeDataString(actors[i % actors.Count]));
            var actorPage = await Time(http, rounds, i => "/actors/" + Uri.EscapeDataString(actors[i % actors.Count]));
            Report("baseline /api/articles?limit=1", baseline, baseline);
            Report("/api/timeline?actor=", timeline, baseline);
            Report("/api/search?q=", search, baseline);
            Report("/api/network?actor=", network, baseline);
            Report("/actors/ID (HTML page)", actorPage, baseline);
            bool ok = Median(timeline) < 100 && Median(search) < 100;
            Console.WriteLine(ok ? "median under 100 ms: yes" : "median under 100 ms: NO");
            return ok ? 0 : 1;
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static async Task<List<double>> Time(HttpClient http, int rounds, Func<int, string> url)
    {
        for (int i = 0; i < 5; i++) (await http.GetAsync(url(i))).EnsureSuccessStatusCode();
        var times = new List<double>(rounds);
        for (int i = 0; i < rounds; i++)
        {
            var sw = Stopwatch.StartNew();
            using var response = await http.GetAsync(url(i));
            _ = await response.Content.ReadAsByteArrayAsync();
            times.Add(sw.Elapsed.TotalMilliseconds);
            response.EnsureSuccessStatusCode();
        }
        return times;
    }

    private static double Median(List<double> t) => Percentile(t, 0.5);

    private static double Percentile(List<double> t, double p)
    {
        var s = t.Order().ToList();
        return s[Math.Min(s.Count - 1, (int)(p * s.Count))];
    }

    private static void Report(string name, List<double> times, List<double> baseline) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-34} median {Median(times),7:0.00} ms  p95 {Percentile(times, 0.95),7:0.00} ms  ({Median(times) / Median(baseline):0.0}x baseline)"));
}
