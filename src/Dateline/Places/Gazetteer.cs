using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Runtime.InteropServices;
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
        int capacity = places.Length;
        foreach (var place in places) capacity += place.AlternateNames.Length;
        var first = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        var lookup = first.GetAlternateLookup<ReadOnlySpan<char>>();
        var entryPlace = new List<int>(capacity);
        var entryNext = new List<int>(capacity);
        Span<char> buffer = stackalloc char[512];
        for (int p = 0; p < places.Length; p++)
        {
            var place = places[p];
            Add(place.Name, p, main: true, buffer);
            foreach (var alternate in place.AlternateNames)
                Add(alternate, p, main: false, buffer);
        }

        void Add(string name, int index, bool main, Span<char> buffer)
        {
            if (name.Length > buffer.Length - 3) return;
            var key = buffer[..PlaceNames.Write(name, buffer)];
            if (key.IsEmpty) return;
            // Keys are made on the stack and a string is made only for a key not seen before.
            ref int head = ref CollectionsMarshal.GetValueRefOrAddDefault(lookup, key, out bool exists);
            // Two names of one place with the same key: its entry is already the head.
            if (exists && (entryPlace[head] < 0 ? ~entryPlace[head] : entryPlace[head]) == index) return;
            // The sign bit of the entry's place marks a match by the place's own name.
            entryPlace.Add(main ? ~index : index);
            entryNext.Add(exists ? head : -1);
            head = entryPlace.Count - 1;
        }
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
        var key = PlaceNames.Key(name);
        if (!_firstEntry.TryGetValue(key, out var entry)) return [];
        var found = new List<GazetteerMatch>();
        for (; entry >= 0; entry = _entryNext[entry])
        {
            var code = _entryPlace[entry];
            var place = Places[code < 0 ? ~code : code];
            found.Add(new GazetteerMatch(place, code < 0, code >= 0 && NewsPlaceNames.Contains(key, place.Id)));
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
        // Country, division and feature codes repeat: one string each.
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        var codeLookup = codes.GetAlternateLookup<ReadOnlySpan<char>>();
        bool columnsSeen = false;
        int lineNumber = 0;
        Span<Range> cells = stackalloc Range[Columns.Length + 1];
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
            var span = line.AsSpan();
            if (span.Split(cells, '\t') != Columns.Length
                || !int.TryParse(span[cells[0]], NumberStyles.None, inv, out var id)
                || !double.TryParse(span[cells[5]], NumberStyles.Float, inv, out var lat) || lat is < -90 or > 90
                || !double.TryParse(span[cells[6]], NumberStyles.Float, inv, out var lon) || lon is < -180 or > 180
                || !long.TryParse(span[cells[7]], NumberStyles.None, inv, out var population)
                || span[cells[1]].IsEmpty || span[cells[3]].Length != 2)
            {
                diagnostics.Add(Problem(source, lineNumber, $"needs {Columns.Length} tab-separated columns: a numeric id, a name, a 2-letter country, coordinates in range and a population"));
                continue;
            }
            ImmutableArray<string> alternates = Alternates(span[cells[2]]);
            places.Add(new GazetteerPlace(id, span[cells[1]].ToString(), alternates, Code(span[cells[3]]), Code(span[cells[4]]), lat, lon, population, Code(span[cells[8]])));
        }
        if (!columnsSeen)
            diagnostics.Add(Problem(source, lineNumber, "no column line: not a gazetteer file"));
        return new Gazetteer(places.ToImmutable(), header.ToImmutable(), diagnostics.ToImmutable());

        string Code(ReadOnlySpan<char> text)
        {
            if (codeLookup.TryGetValue(text, out var known)) return known;
            var made = text.ToString();
            codes[made] = made;
            return made;
        }
    }

    private static ImmutableArray<string> Alternates(ReadOnlySpan<char> cell)
    {
        if (cell.IsEmpty) return [];
        var names = ImmutableArray.CreateBuilder<string>(cell.Count('|') + 1);
        foreach (var range in cell.Split('|'))
            if (!cell[range].IsEmpty) names.Add(cell[range].ToString());
        return names.DrainToImmutable();
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

    private static Diagnostic Problem(string source, int line, string message) =>
        new("gazetteer.bad-row", Stage, DiagnosticSeverity.Error, string.Create(CultureInfo.InvariantCulture, $"{source} line {line}: {message}"));
}
