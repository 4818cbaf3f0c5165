using System.CommandLine;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dateline.Places;

namespace Dateline.Eval.Places;

/// <summary>
/// `dateline eval geocode --data DIR`: looks up places of a GeoNames cities15000 table (DIR/cities15000.txt,
/// read by path, never committed) in the shipped gazetteer and scores the resolver's choice: right when it is
/// in the same country and within 25 km of the table's point. Sets: capitals by name, cities of a million
/// or more by name, their Latin-script alternate names that name no other place of the table, every place
/// by name with its country as the article's context, and every place by name alone (ambiguity bound).
/// The shipped gazetteer comes from GeoNames too (an older cities500 dump through npm), so this measures
/// coverage, alias handling and the choice among homonyms, not an independent source's agreement.
/// </summary>
public sealed class GeocodeEvalTask : IEvalTask
{
    public const double MaxKilometres = 25;

    private static readonly Option<bool> Errors = new("--errors") { Description = "List every wrong or missing resolution of the capital, big-city and alternate-name sets on stderr." };

    public string Name => "geocode";

    public string Description => "Gazetteer look-ups against GeoNames cities15000: share resolved to the right country within 25 km (capitals, big cities, alternate names, all places with and without country context).";

    public IReadOnlyList<Option> ExtraOptions => [Errors];

    private sealed record GoldPlace(string Name, ImmutableArray<string> Alternates, string Country, double Latitude, double Longitude, long Population, string Feature);

    public int Run(EvalRequest request)
    {
        var path = Directory.Exists(request.DataPath) ? Path.Combine(request.DataPath, "cities15000.txt") : request.DataPath;
        if (!File.Exists(path))
        {
            request.Error.WriteLine($"dateline eval geocode: no cities15000.txt at '{path}'.");
            return 2;
        }
        var gold = Read(path);
        var watch = Stopwatch.StartNew();
        var gazetteer = Gazetteer.BuiltIn;
        var loadMs = watch.Elapsed.TotalMilliseconds;
        var resolver = new PlaceResolver(gazetteer);
        var showErrors = request.Parse.GetValue(Errors);
        var inv = CultureInfo.InvariantCulture;

        // An alternate name counts only when no other place of the table is called so: "Roma" (Rome, and
        // Roma in Queensland) measures ambiguity, "Kiev" measures the alias index.
        var nameCount = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var g in gold)
            foreach (var n in g.Alternates.Append(g.Name).Select(Fold).Distinct(StringComparer.Ordinal))
                nameCount[n] = nameCount.GetValueOrDefault(n) + 1;

        var capitals = gold.Where(g => g.Feature == "PPLC").ToList();
        var big = gold.Where(g => g.Population >= 1_000_000).ToList();
        var aliasQueries = capitals.Concat(big).Distinct()
            .SelectMany(g => g.Alternates.Where(a => GazetteerBuilder.IsLatinName(a) && Fold(a) != Fold(g.Name) && nameCount.GetValueOrDefault(Fold(a)) == 1).Select(a => (Query: a, Gold: g)))
            .ToList();

        var started = Stopwatch.StartNew();
        var scores = new Dictionary<string, (int Right, int Total)>
        {
            ["capitals_by_name"] = Score(capitals.Select(g => (g.Name, g)), null, "capital"),
            ["big_cities_by_name"] = Score(big.Select(g => (g.Name, g)), null, "big city"),
            ["alternate_names"] = Score(aliasQueries, null, "alternate name"),
            ["all_with_country"] = Score(gold.Select(g => (g.Name, g)), g => new PlaceContext { MentionedCountries = ImmutableDictionary<string, int>.Empty.Add(g.Country, 1) }, "with country"),
            ["all_by_name"] = Score(gold.Select(g => (g.Name, g)), null, null),
        };
        var lookups = scores.Values.Sum(v => v.Total);
        var perSecond = lookups / Math.Max(1e-9, started.Elapsed.TotalSeconds);
        var metrics = scores.ToDictionary(kv => kv.Key, kv => kv.Value.Total == 0 ? 0 : Math.Round((double)kv.Value.Right / kv.Value.Total, 4));

        if (request.Json)
        {
            request.Out.WriteLine(JsonSerializer.Serialize(new
            {
                task = Name,
                places = gold.Count,
                gazetteerPlaces = gazetteer.Places.Length,
                loadMilliseconds = Math.Round(loadMs),
                lookupsPerSecond = Math.Round(perSecond),
                maxKilometres = MaxKilometres,
                sets = scores.ToDictionary(kv => kv.Key, kv => new { right = kv.Value.Right, total = kv.Value.Total, accuracy = metrics[kv.Key] }),
            }));
        }
        else
        {
            var w = request.Out;
            w.WriteLine(string.Create(inv, $"Geocoding {gold.Count} GeoNames cities15000 places with the shipped gazetteer ({gazetteer.Places.Length} places, loaded in {loadMs:0} ms; {perSecond:0} look-ups/s)"));
            w.WriteLine(string.Create(inv, $"  right = same country and within {MaxKilometres:0} km"));
            foreach (var (key, (right, total)) in scores)
                w.WriteLine(string.Create(inv, $"  {key,-20} {metrics[key]:0.0000}  ({right}/{total})"));
        }
        return EvalFloors.Check(Name, metrics, request.Error);

        (int Right, int Total) Score(IEnumerable<(string Query, GoldPlace Gold)> queries, Func<GoldPlace, PlaceContext>? context, string? label)
        {
            int right = 0, total = 0;
            foreach (var (query, g) in queries)
            {
                total++;
                var r = resolver.Resolve(query, context?.Invoke(g));
                bool ok = r is not null && r.Place.CountryCode == g.Country && Kilometres(r.Place.Latitude, r.Place.Longitude, g.Latitude, g.Longitude) <= MaxKilometres;
                if (ok) right++;
                else if (showErrors && label is not null)
                    request.Error.WriteLine(string.Create(inv, $"{label}\t{query}\tgold {g.Name}, {g.Country} ({g.Latitude:0.##}, {g.Longitude:0.##}) pop {g.Population}\tgot {(r is null ? "nothing" : $"{r.Place.Name}, {r.Place.CountryCode} ({r.Place.Latitude:0.##}, {r.Place.Longitude:0.##}): {r.Reason}")}"));
            }
            return (right, total);
        }
    }

    private static string Fold(string name) => name.ToLowerInvariant();

    private static List<GoldPlace> Read(string path)
    {
        var inv = CultureInfo.InvariantCulture;
        var list = new List<GoldPlace>();
        foreach (var line in File.ReadLines(path))
        {
            var c = line.Split('\t');
            if (c.Length < 19) continue;
            list.Add(new GoldPlace(c[1], [.. c[3].Split(',', StringSplitOptions.RemoveEmptyEntries)], c[8],
                double.Parse(c[4], inv), double.Parse(c[5], inv), long.TryParse(c[14], NumberStyles.None, inv, out var p) ? p : 0, c[7]));
        }
        return list;
    }

    /// <summary>Great-circle distance (haversine, mean Earth radius 6371 km).</summary>
    public static double Kilometres(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * 6371 * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
