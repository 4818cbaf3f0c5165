using Dateline.Entities;
using Dateline.Model;

namespace Dateline.Tests.Entities;

/// <summary>The shipped model's decoding rules for web-text layouts: a town and its state without a comma, an e-mail header's "Surname, Given".</summary>
public class WebTextNerRulesTests
{
    private static readonly Lazy<NerModel> Model = new(() => NerModel.Load(NerModelLocator.Find() ?? throw new InvalidOperationException("data/models/ner-en.bin is missing from the repository")));

    [Theory]
    [InlineData("We moved to Miramar California last year and love it.", "Miramar", "California")]
    [InlineData("What is there to do in San Rafael Ca?", "San Rafael", "Ca")]
    [InlineData("My sister lives in Albuquerque New Mexico with her kids.", "Albuquerque", "New Mexico")]
    public void A_town_followed_by_its_state_without_a_comma_is_two_places(string text, string town, string state)
    {
        var found = NameFinder.Find(text, Model.Value);
        Assert.Contains(found, f => f.Span.Of(text) == town && f.Type == EntityType.LOC);
        Assert.Contains(found, f => f.Span.Of(text) == state && f.Type == EntityType.LOC);
    }

    [Theory]
    [InlineData("The wildfires in Northern California burned for a week.", "Northern California")]
    [InlineData("The storm hit West Virginia hardest.", "West Virginia")]
    public void A_region_word_before_a_state_or_a_state_of_two_words_stays_one_place(string text, string name) =>
        Assert.Contains(NameFinder.Find(text, Model.Value), f => f.Span.Of(text) == name && f.Type == EntityType.LOC);

    [Fact]
    public void A_quoted_surname_comma_given_name_before_an_address_is_one_person()
    {
        const string text = "\"Townsend, George\" <gtownsend@example.org> wrote to the board on Monday.";
        Assert.Contains(NameFinder.Find(text, Model.Value), f => f.Span.Of(text) == "Townsend, George" && f.Type == EntityType.PER);
    }

    [Fact]
    public void Two_people_listed_with_a_comma_outside_quotation_marks_stay_two()
    {
        const string text = "The panel heard Townsend, George Miller and two others on Monday.";
        Assert.DoesNotContain(NameFinder.Find(text, Model.Value), f => f.Span.Of(text).Contains(',', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Donations can also be made through Charter One Bank.", "Charter One Bank")]
    [InlineData("The Powys Local Health Board said it would appeal against the ruling.", "Powys Local Health Board")]
    [InlineData("The firm has signed an agreement with the Polish Development Bank to manage the issue.", "Polish Development Bank")]
    [InlineData("Tiger Heating is awesome.", "Tiger Heating")]
    [InlineData("We would not hesitate to use Spears Roofing again.", "Spears Roofing")]
    public void A_capitalised_run_ending_in_an_institution_word_is_one_organisation(string text, string name) =>
        Assert.Contains(NameFinder.Find(text, Model.Value), f => f.Span.Of(text) == name && f.Type == EntityType.ORG);

    [Theory]
    [InlineData("They are demanding action from the Standards Board of England today.", "Standards Board of England")]
    public void An_institution_of_a_place_is_one_organisation(string text, string name) =>
        Assert.Contains(NameFinder.Find(text, Model.Value), f => f.Span.Of(text) == name && f.Type == EntityType.ORG);

    [Theory]
    [InlineData("A West Bank bookseller charged on Thursday that the ministry had forced him to sign.", "West Bank")]
    public void A_compass_point_before_the_institution_word_is_a_place(string text, string name) =>
        Assert.DoesNotContain(NameFinder.Find(text, Model.Value), f => f.Span.Of(text) == name && f.Type == EntityType.ORG);

    [Fact]
    public void A_title_of_common_words_is_not_an_organisation()
    {
        const string text = "Excellent Driving School! I passed my test on the first try.";
        Assert.DoesNotContain(NameFinder.Find(text, Model.Value), f => f.Span.Of(text).Contains("School", StringComparison.Ordinal) && f.Type == EntityType.ORG);
    }
}
