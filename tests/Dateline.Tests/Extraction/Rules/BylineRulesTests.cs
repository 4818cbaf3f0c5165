using Dateline.Extraction.Rules;

namespace Dateline.Tests.Extraction.Rules;

public class BylineRulesTests
{
    [Theory]
    [InlineData("By Jane Doe, AFP", "Jane Doe, AFP")]
    [InlineData("By Jane Doe and John Roe", "Jane Doe and John Roe")]
    [InlineData("Von Max Muster", "Max Muster")]
    [InlineData("Par Jean Dupont", "Jean Dupont")]
    [InlineData("By Laura Benedetti, AFP | Mediterranean Monitor", "Laura Benedetti, AFP")]
    [InlineData("By Amina Traore · 17 May 2019", "Amina Traore")]
    public void Reads_the_author_from_a_byline(string line, string author) => Assert.Equal(author, BylineRules.FindBylineAuthor(line));

    [Theory]
    [InlineData("By Thursday the delegation had left Rome for talks in Cairo with the Egyptian president.")]
    [InlineData("by the way")]
    public void Ignores_prose_that_starts_with_by(string line) => Assert.Null(BylineRules.FindBylineAuthor(line));

    [Theory]
    [InlineData("TRIPOLI (AFP) - Forces loyal to the government said...", "AFP")]
    [InlineData("Tripoli, May 16 (Reuters) - The UN envoy said...", "Reuters")]
    [InlineData("Berlin (dpa) - Die Bundesregierung...", "dpa")]
    public void Finds_the_agency_of_a_dateline(string paragraph, string agency) => Assert.Equal(agency, BylineRules.FindAgencyDateline(paragraph)?.Agency);

    [Fact]
    public void Ignores_brackets_that_name_no_agency() => Assert.Null(BylineRules.FindAgencyDateline("Rome (the capital) - a city"));

    [Theory]
    [InlineData("Published: 16 May 2019", "2019-05-16", false)]
    [InlineData("May 16, 2019", "2019-05-16", false)]
    [InlineData("16.05.2019, 10:30 Uhr", "2019-05-16", false)]
    [InlineData("Veröffentlicht am 16. Mai 2019", "2019-05-16", false)]
    [InlineData("Updated: 17 May 2019", "2019-05-17", true)]
    [InlineData("Publié le 16 mai 2019", "2019-05-16", false)]
    public void Reads_dated_lines(string line, string iso, bool isUpdate)
    {
        var found = BylineRules.FindDatedLine(line);
        Assert.Equal((iso, isUpdate), found);
    }

    [Theory]
    [InlineData("On 16 May 2019 the foreign ministers of Italy and Libya met in Rome to discuss migration and oil.")]
    [InlineData("Tripoli, May 16")]
    public void Ignores_lines_that_are_not_dated_lines(string line) => Assert.Null(BylineRules.FindDatedLine(line));

    [Theory]
    [InlineData("2019-05-16T10:30:00+02:00", "2019-05-16T10:30:00+02:00")]
    [InlineData("2019-05-16", "2019-05-16")]
    [InlineData("20190516", "2019-05-16")]
    [InlineData("16 de mayo de 2019", "2019-05-16")]
    public void Normalises_machine_dates_to_iso(string raw, string iso) => Assert.Equal(iso, TextDateParser.NormaliseMachineDate(raw));
}
