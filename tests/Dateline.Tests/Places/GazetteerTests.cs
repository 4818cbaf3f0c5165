using Dateline.Places;

namespace Dateline.Tests.Places;

public class GazetteerTests
{
    private static readonly Gazetteer Places = FictionalGazetteer.Load();

    [Fact]
    public void Reads_every_row_of_a_well_formed_file_with_its_header()
    {
        Assert.Empty(Places.Diagnostics);
        Assert.Equal(10, Places.Places.Length);
        Assert.Single(Places.Header);
        var rome = Places.Places.Single(p => p.Id == 8);
        Assert.Equal(("Rome", "IT", "07", 41.9, 12.5, 2_300_000L), (rome.Name, rome.CountryCode, rome.Admin1, rome.Latitude, rome.Longitude, rome.Population));
        Assert.True(rome.IsCapital);
        Assert.Equal(["Roma", "Urbs"], rome.AlternateNames.ToArray());
    }

    [Theory]
    [InlineData("Tripoli", 3)]
    [InlineData("TRIPOLI", 3)]
    [InlineData("tripoli", 3)]
    [InlineData("Sao Paulo", 1)]
    [InlineData("SÃO PAULO", 1)]
    [InlineData("Port au Prince", 1)]
    [InlineData("Port-au-Prince", 1)]
    [InlineData("Stone City", 1)]
    [InlineData("Gotham", 0)]
    public void Finds_places_whatever_the_case_accents_and_hyphens(string name, int count) =>
        Assert.Equal(count, Places.Find(name).Count);

    [Fact]
    public void Lists_the_largest_place_first_and_says_which_matched_by_an_alternate_name()
    {
        var roma = Places.Find("Roma");
        Assert.Equal(["Rome", "Roma"], roma.Select(m => m.Place.Name));
        Assert.False(roma[0].ByMainName);
        Assert.True(roma[1].ByMainName);
    }

    [Fact]
    public void Reports_bad_rows_as_diagnostics_and_keeps_the_good_ones()
    {
        var text = "id\tname\talternates\tcountry\tadmin1\tlatitude\tlongitude\tpopulation\tfeature\n"
            + "1\tGood\t\tGD\t01\t1.0\t2.0\t100\tPPL\n"
            + "2\tBad latitude\t\tGD\t01\t95.0\t2.0\t100\tPPL\n"
            + "3\tToo few columns\tGD\n"
            + "x\tBad id\t\tGD\t01\t1.0\t2.0\t100\tPPL\n";
        var g = Gazetteer.Load(new StringReader(text), "bad.tsv");
        Assert.Single(g.Places);
        Assert.Equal(3, g.Diagnostics.Length);
        Assert.All(g.Diagnostics, d => Assert.Equal("gazetteer.bad-row", d.Code));
        Assert.Contains("bad.tsv line 3", g.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_the_column_line_is_reported()
    {
        var g = Gazetteer.Load(new StringReader("# only a comment\n"), "empty.tsv");
        Assert.Empty(g.Places);
        Assert.Contains(g.Diagnostics, d => d.Message.Contains("no column line", StringComparison.Ordinal));
    }
}
