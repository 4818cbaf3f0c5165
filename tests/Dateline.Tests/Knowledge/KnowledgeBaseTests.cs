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
