using System.Collections.Frozen;
using System.Globalization;

namespace Dateline.Places;

/// <summary>
/// The team's list of English names news uses for places whose GeoNames name is the local one ("Geneva" for Genève),
/// data/gazetteer/news-names.tsv, embedded: (look-up key, GeoNames id) pairs.
/// </summary>
public static class NewsPlaceNames
{
    public const string ResourceName = "Dateline.Places.Data.news-names.tsv";

    private static readonly Lazy<FrozenSet<(string Key, int Id)>> BuiltInLazy = new(() =>
    {
        using var stream = typeof(NewsPlaceNames).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("the embedded list data/gazetteer/news-names.tsv is missing from the build");
        using var reader = new StreamReader(stream);
        return Read(reader).ToFrozenSet();
    });

    /// <summary>Whether <paramref name="key"/> (<see cref="PlaceNames.Key"/>) is the news name of the place with GeoNames id <paramref name="id"/>.</summary>
    public static bool Contains(string key, int id) => BuiltInLazy.Value.Contains((key, id));

    /// <summary>The list's rows: '#' lines and the column line skipped; a row that is not NAME, numeric id, note is an error naming its line.</summary>
    public static IEnumerable<(string Key, int Id)> Read(TextReader reader)
    {
        int number = 0;
        bool columns = false;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (!columns) { columns = true; continue; }
            var cells = line.Split('\t');
            if (cells.Length != 3 || cells[0].Length == 0 || !int.TryParse(cells[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                throw new InvalidDataException($"news-names.tsv line {number}: expected NAME, GEONAMES_ID, PLACE separated by tabs");
            yield return (PlaceNames.Key(cells[0]), id);
        }
    }
}
