using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using Dateline.Model;

namespace Dateline.Places;

/// <summary>
/// Populated places by name: the compact GeoNames-derived file data/gazetteer/places.tsv.gz (embedded in
/// the engine; built by `dateline gazetteer build`, see data/gazetteer/README.md) or any file of the same
/// format. Look-ups fold case, accents and hyphens (<see cref="PlaceNames.Key"/>) and return every place
/// called so, by its own name or an alternate one; choosing among them is <see cref="PlaceResolver"/>'s job.
/// </summary>
public sealed class Gazetteer
{
    public const string Stage = "gazetteer";
    public const string ResourceName = "Dateline.Places.Data.places.tsv.gz";
    public static readonly string[] Columns = ["id", "name", "alternates", "country", "admin1", "latitude", "longitude", "population", "feature"];

    private static readonly Lazy<Gazetteer> BuiltInLazy = new(LoadBuiltIn);

    // Every (key, place) pair is an entry; the keys map to the first entry, entries chain to the next with the same key.
    private readonly Dictionary<string, int> _firstEntry;
    private readonly int[] _entryPlace;
    private readonly int[] _entryNext;

    private Gazetteer(ImmutableArray<GazetteerPlace> places, ImmutableArray<string> header, ImmutableArray<Diagnostic> diagnostics)
    {
        Places = places;
        Header = header;
        Diagnostics = diagnostics;
        var first = new Dictionary<string, int>(places.Length * 3, StringComparer.Ordinal);
        var entryPlace = new List<int>(places.Length * 3);
        var entryNext = new List<int>(places.Length * 3);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int p = 0; p < places.Length; p++)
        {
            seen.Clear();
            var place = places[p];
            Add(PlaceNames.Key(place.Name), p, main: true);
            foreach (var alternate in place.AlternateNames)
                Add(PlaceNames.Key(alternate), p, main: false);

            void Add(string key, int index, bool main)
            {
                if (key.Length == 0 || !seen.Add(key)) return;
                // The sign bit of the entry's place marks a match by the place's own name.
                entryPlace.Add(main ? ~index : index);
                entryNext.Add(first.TryGetValue(key, out var head) ? head : -1);
                first[key] = entryPlace.Count - 1;
            }
        }
        // A plain dictionary: freezing 170,000 keys costs more at load than it saves on a few look-ups per article.
        _firstEntry = first;
        _entryPlace = [.. entryPlace];
        _entryNext = [.. entryNext];
    }

    /// <summary>The shipped gazetteer, loaded once per process from the assembly's embedded copy.</summary>
    public static Gazetteer BuiltIn => BuiltInLazy.Value;

    public static Gazetteer Empty { get; } = new([], [], []);

    public ImmutableArray<GazetteerPlace> Places { get; }

    /// <summary>The file's '#' lines: its provenance (source package, licence, attribution, date, rebuild commands).</summary>
    public ImmutableArray<string> Header { get; }

    /// <summary>Rows that could not be read (wrong column count, bad number); empty for the shipped file.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Every place called <paramref name="name"/> (own or alternate name), largest population first.</summary>
    public IReadOnlyList<GazetteerMatch> Find(string name)
    {
        if (!_firstEntry.TryGetValue(PlaceNames.Key(name), out var entry)) return [];
        var found = new List<GazetteerMatch>();
        for (; entry >= 0; entry = _entryNext[entry])
        {
            var code = _entryPlace[entry];
            found.Add(new GazetteerMatch(Places[code < 0 ? ~code : code], code < 0));
        }
        found.Sort((a, b) => b.Place.Population.CompareTo(a.Place.Population));
        return found;
    }

    /// <summary>Reads the format of data/gazetteer/places.tsv.gz (uncompressed text): '#' lines, the column line, then one place a line.</summary>
    public static Gazetteer Load(TextReader reader, string source = "places.tsv")
    {
        var places = ImmutableArray.CreateBuilder<GazetteerPlace>();
        var header = ImmutableArray.CreateBuilder<string>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var inv = CultureInfo.InvariantCulture;
        bool columnsSeen = false;
        int lineNumber = 0;
        var cells = new string[Columns.Length];
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.StartsWith('#'))
            {
                header.Add(line);
                continue;
            }
            if (line.Length == 0) continue;
            if (!columnsSeen)
            {
                columnsSeen = true;
                if (line != string.Join('\t', Columns))
                    diagnostics.Add(Problem(source, lineNumber, $"expected the column line '{string.Join(' ', Columns)}'"));
                continue;
            }
            if (!SplitTabs(line, cells)
                || !int.TryParse(cells[0], NumberStyles.None, inv, out var id)
                || !double.TryParse(cells[5], NumberStyles.Float, inv, out var lat) || lat is < -90 or > 90
                || !double.TryParse(cells[6], NumberStyles.Float, inv, out var lon) || lon is < -180 or > 180
                || !long.TryParse(cells[7], NumberStyles.None, inv, out var population)
                || cells[1].Length == 0 || cells[3].Length != 2)
            {
                diagnostics.Add(Problem(source, lineNumber, $"needs {Columns.Length} tab-separated columns: a numeric id, a name, a 2-letter country, coordinates in range and a population"));
                continue;
            }
            ImmutableArray<string> alternates = cells[2].Length == 0 ? [] : [.. cells[2].Split('|', StringSplitOptions.RemoveEmptyEntries)];
            places.Add(new GazetteerPlace(id, cells[1], alternates, cells[3], cells[4], lat, lon, population, cells[8]));
        }
        if (!columnsSeen)
            diagnostics.Add(Problem(source, lineNumber, "no column line: not a gazetteer file"));
        return new Gazetteer(places.ToImmutable(), header.ToImmutable(), diagnostics.ToImmutable());
    }

    /// <summary>A gazetteer file by path; a name ending in .gz is read through gzip.</summary>
    public static Gazetteer LoadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream, path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase), Path.GetFileName(path));
    }

    public static Gazetteer Load(Stream stream, bool gzip, string source)
    {
        using var input = gzip ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(input, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        return Load(reader, source);
    }

    private static Gazetteer LoadBuiltIn()
    {
        var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("the embedded gazetteer data/gazetteer/places.tsv.gz is missing from the build");
        return Load(stream, gzip: true, "places.tsv.gz");
    }

    private static bool SplitTabs(string line, string[] cells)
    {
        int start = 0;
        for (int i = 0; i < cells.Length; i++)
        {
            int tab = i == cells.Length - 1 ? -1 : line.IndexOf('\t', start);
            if (i < cells.Length - 1 && tab < 0) return false;
            int end = tab < 0 ? line.Length : tab;
            if (i == cells.Length - 1 && line.IndexOf('\t', start) >= 0) return false;
            cells[i] = line[start..end];
            start = end + 1;
        }
        return true;
    }

    private static Diagnostic Problem(string source, int line, string message) =>
        new("gazetteer.bad-row", Stage, DiagnosticSeverity.Error, string.Create(CultureInfo.InvariantCulture, $"{source} line {line}: {message}"));
}
