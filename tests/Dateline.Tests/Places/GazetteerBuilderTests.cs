using Dateline.Places;

namespace Dateline.Tests.Places;

public class GazetteerBuilderTests
{
    // GeoNames geoname table rows (19 columns), made up: a capital under the cut-off, a large town, a small village.
    private static readonly string Table = string.Join('\n',
        Row(101, "Fornost", "Fornost", "Norbury,FOR,fornost,Форност,Fornost Erain,X", 55.0, -3.0, "PPLC", "AR", 900),
        Row(102, "Bree", "Bree", "Bri,BREE", 54.5, -2.5, "PPL", "AR", 20000),
        Row(103, "Staddle", "Staddle", "", 54.4, -2.4, "PPL", "AR", 300),
        Row(104, "Ḩalab", "Halab", "Aleppo,Alep", 36.2, 37.16, "PPLA", "SY", 1_800_000)) + "\n";

    private static string Row(int id, string name, string ascii, string alternates, double lat, double lon, string feature, string country, long population) =>
        string.Join('\t', id.ToString(System.Globalization.CultureInfo.InvariantCulture), name, ascii, alternates,
            lat.ToString(System.Globalization.CultureInfo.InvariantCulture), lon.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "P", feature, country, "", "01", "", "", "", population.ToString(System.Globalization.CultureInfo.InvariantCulture), "", "100", "Europe/Nowhere", "2023-03-05");

    private static (string Text, (int Rows, int Kept, int Alternates) Counts) Build(long minPopulation = 5000)
    {
        var writer = new StringWriter();
        var counts = GazetteerBuilder.Write(new StringReader(Table), writer,
            new GazetteerBuildOptions { MinPopulation = minPopulation, BuiltOn = new DateOnly(2026, 11, 23) }, "fictional-cities@1.0.0", "MIT", "dist/cities.txt", "abc123");
        return (writer.ToString(), counts);
    }

    [Fact]
    public void Keeps_places_over_the_cut_off_and_every_capital_or_seat()
    {
        var (text, counts) = Build();
        Assert.Equal((4, 3), (counts.Rows, counts.Kept));
        var g = Gazetteer.Load(new StringReader(text));
        Assert.Empty(g.Diagnostics);
        Assert.Equal(["Fornost", "Bree", "Ḩalab"], g.Places.Select(p => p.Name));
    }

    [Fact]
    public void Keeps_latin_alternate_names_and_drops_codes_lower_case_and_other_scripts()
    {
        var g = Gazetteer.Load(new StringReader(Build().Text));
        Assert.Equal(["Fornost Erain", "Norbury"], g.Places[0].AlternateNames.ToArray());
        Assert.Equal(["Bri"], g.Places[1].AlternateNames.ToArray());
        // The ASCII name folds like the name: no need to keep it.
        Assert.Equal(["Alep", "Aleppo"], g.Places[2].AlternateNames.ToArray());
        Assert.Equal("Ḩalab", new PlaceResolver(g).Resolve("Halab")!.Place.Name);
    }

    [Fact]
    public void Writes_a_provenance_header_with_package_licence_attribution_and_rebuild_commands()
    {
        var text = Build().Text;
        var header = text.Split('\n').TakeWhile(l => l.StartsWith('#')).ToList();
        Assert.Contains(header, l => l.Contains("npm package fictional-cities@1.0.0", StringComparison.Ordinal) && l.Contains("SHA-256 abc123", StringComparison.Ordinal));
        Assert.Contains(header, l => l.Contains("CC BY 4.0", StringComparison.Ordinal) && l.Contains("GeoNames", StringComparison.Ordinal));
        Assert.Contains(header, l => l.Contains("Built: 2026-11-23", StringComparison.Ordinal));
        Assert.Contains(header, l => l.Contains("npm pack fictional-cities@1.0.0 && tar xzf fictional-cities-1.0.0.tgz", StringComparison.Ordinal));
        Assert.Contains(header, l => l.Contains("./dateline gazetteer build", StringComparison.Ordinal));
        Assert.Contains("records changed up to 2023-03-05", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Builds_the_same_bytes_twice()
    {
        Assert.Equal(Build().Text, Build().Text);
    }
}
