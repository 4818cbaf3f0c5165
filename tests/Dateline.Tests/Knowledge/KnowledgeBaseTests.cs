using Dateline.Knowledge;

namespace Dateline.Tests.Knowledge;

public class KnowledgeBaseTests
{
    [Fact]
    public void Shipped_knowledge_files_load_without_a_single_problem()
    {
        var kb = KnowledgeBase.BuiltIn;
        Assert.Empty(kb.Diagnostics.Select(d => d.Message));
        Assert.True(kb.Countries.Length >= 190, $"only {kb.Countries.Length} countries");
        Assert.True(kb.Organisations.Length >= 50);
        Assert.True(kb.Titles.Length >= 40);
    }

    [Fact]
    public void Every_shipped_country_has_a_name_an_adjective_and_a_capital()
    {
        foreach (var country in KnowledgeBase.BuiltIn.Countries)
        {
            Assert.False(string.IsNullOrWhiteSpace(country.Name));
            Assert.NotEmpty(country.Adjectives);
            Assert.NotEmpty(country.Capitals);
        }
    }

    [Theory]
    [InlineData("Italian", "ITA")]
    [InlineData("Libyan", "LBY")]
    [InlineData("Libyans", "LBY")]
    [InlineData("Italy", "ITA")]
    [InlineData("U.S.", "USA")]
    [InlineData("Britain", "GBR")]
    [InlineData("Italy's", "ITA")]
    public void Finds_a_country_from_its_name_alias_or_demonym(string text, string iso3) =>
        Assert.Equal(iso3, KnowledgeBase.BuiltIn.FindCountry(text)?.Iso3);

    [Theory]
    [InlineData("Crimea", "UKR", "disputed")]
    [InlineData("Bayern", "DEU", "state")]
    [InlineData("Tigray", "ETH", "region")]
    [InlineData("Kerala", "IND", "state")]
    [InlineData("Golan Heights", "SYR", "disputed")]
    [InlineData("Florida", "USA", "state")]
    public void Finds_a_region_from_its_name_or_alias(string text, string iso3, string kind)
    {
        var region = KnowledgeBase.BuiltIn.FindRegion(text);
        Assert.Equal(iso3, region?.Country);
        Assert.Equal(kind, region?.Kind);
    }

    [Fact]
    public void Shipped_regions_cover_every_US_state_and_name_no_country()
    {
        var kb = KnowledgeBase.BuiltIn;
        Assert.True(kb.Regions.Length >= 300, $"only {kb.Regions.Length} regions");
        Assert.Equal(50, kb.Regions.Count(r => r.Country == "USA" && r.Kind == "state"));
        // "Georgia" the US state shares its name with a country row, which wins; no other region may.
        Assert.Equal(["Georgia"], kb.Regions.SelectMany(r => r.Forms).Where(f => kb.FindCountry(f) is not null).Distinct());
    }

    [Fact]
    public void A_region_name_listed_for_two_countries_gives_none_alone()
    {
        var countries = new StringReader("# written by the Dateline team\niso3\tiso2\tname\taliases\tadjectives\tcapital\nQQQ\tQQ\tQuetzalia\t\tQuetzalian\tPort Q\nRRR\tRR\tRovania\t\tRovanian\tRova\n");
        var organisations = new StringReader("# written by the Dateline team\nid\tacronym\tname\taliases\tkind\n");
        var titles = new StringReader("# written by the Dateline team\ntitle\tkind\tvariants\n");
        var regions = new StringReader("# written by the Dateline team\nname\taliases\tkind\tcountry\nMidland\t\tprovince\tQQQ\nMidland\t\tstate\tRRR\nUpland\tHighland\tregion\tQQQ\nNowhere\t\tregion\tZZZ\nOddland\t\tcounty\tQQQ\n");
        var kb = KnowledgeBase.Load(countries, organisations, titles, regions);
        Assert.Null(kb.FindRegion("Midland"));
        Assert.Equal(["QQQ", "RRR"], kb.FindRegions("Midland").Select(r => r.Country));
        Assert.Equal("Upland", kb.FindRegion("Highland")?.Name);
        // An unknown country or kind is a bad row.
        Assert.Contains(kb.Diagnostics, d => d.Message.StartsWith("regions.tsv:6", StringComparison.Ordinal));
        Assert.Contains(kb.Diagnostics, d => d.Message.StartsWith("regions.tsv:7", StringComparison.Ordinal));
        Assert.Equal(2, kb.Diagnostics.Length);
    }

    [Theory]
    [InlineData("UNSMIL", "United Nations Support Mission in Libya")]
    [InlineData("NATO", "North Atlantic Treaty Organization")]
    [InlineData("Arab League", "League of Arab States")]
    [InlineData("OPEC", "Organization of the Petroleum Exporting Countries")]
    public void Finds_an_organisation_from_its_acronym_or_alias(string text, string name) =>
        Assert.Equal(name, KnowledgeBase.BuiltIn.FindOrganisation(text)?.Name);

    [Theory]
    [InlineData("Gen.", "General")]
    [InlineData("defence minister", "Defence Minister")]
    [InlineData("Ms", "Ms")]
    [InlineData("Field Marshal", "Field Marshal")]
    [InlineData("Marshal", "Field Marshal")]
    public void Finds_a_title_from_any_variant(string text, string canonical) =>
        Assert.Equal(canonical, KnowledgeBase.BuiltIn.FindTitle(text)?.Canonical);

    [Fact]
    public void Reports_a_bad_row_and_a_missing_provenance_header_as_diagnostics()
    {
        var countries = new StringReader("iso3\tiso2\tname\taliases\tadjectives\tcapital\nQQQ\tQQ\tQuetzalia\t\tQuetzalian\tPort Q\nqq\tQ\tBroken\t\t\t\n");
        var organisations = new StringReader("# written by the Dateline team\nid\tacronym\tname\taliases\tkind\nFOO\tFOO\tFictional Organisation\t\tigo\n");
        var titles = new StringReader("# written by the Dateline team\ntitle\tkind\tvariants\nGrand Vizier\tnonsense\t\n");
        var kb = KnowledgeBase.Load(countries, organisations, titles);
        Assert.Contains(kb.Diagnostics, d => d.Code == "knowledge.no-provenance");
        Assert.Contains(kb.Diagnostics, d => d.Message.StartsWith("countries.tsv:3", StringComparison.Ordinal));
        Assert.Contains(kb.Diagnostics, d => d.Message.StartsWith("titles.tsv:3", StringComparison.Ordinal));
        Assert.Equal("QQQ", kb.FindCountry("Quetzalian")?.Iso3);
        Assert.Equal("FOO", kb.FindOrganisation("FOO")?.Id);
    }
}
