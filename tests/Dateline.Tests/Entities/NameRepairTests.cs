using Dateline.Entities;
using Dateline.Knowledge;
using Dateline.Model;

namespace Dateline.Tests.Entities;

public class NameRepairTests
{
    private static string Repaired(string text, params (string Surface, EntityType Type)[] found)
    {
        var names = found.Select(f =>
        {
            var at = text.IndexOf(f.Surface, StringComparison.Ordinal);
            return new FoundName(new TextSpan(at, at + f.Surface.Length), f.Type);
        }).ToList();
        return string.Join(" | ", NameRepair.Repair(text, names, KnowledgeBase.BuiltIn).Select(n => $"{n.Span.Of(text)}/{n.Type}"));
    }

    [Theory]
    [InlineData("Italian Prime Minister Giuseppe Conte said so.", "Italian Prime Minister Giuseppe Conte", EntityType.MISC, "Italian/MISC | Giuseppe Conte/PER")]
    [InlineData("Libyan strongman Khalifa Haftar said so.", "Libyan strongman Khalifa Haftar", EntityType.MISC, "Libyan/MISC | Khalifa Haftar/PER")]
    [InlineData("Gen. Khalifa Haftar said so.", "Gen. Khalifa Haftar", EntityType.PER, "Gen. Khalifa Haftar/PER")]
    [InlineData("Bank of England said so.", "Bank of England", EntityType.ORG, "Bank of England/ORG")]
    public void Splits_a_title_or_descriptor_out_of_a_tagged_name(string text, string surface, EntityType type, string expected) =>
        Assert.Equal(expected, Repaired(text, (surface, type)));

    [Theory]
    [InlineData("Deputy Prime Minister John Prescott held talks.", "Prime Minister John Prescott", "Deputy Prime Minister John Prescott/PER")]
    [InlineData("Former President Bill Clinton spoke.", "President Bill Clinton", "Former President Bill Clinton/PER")]
    [InlineData("The deputy Prime Minister John Prescott spoke.", "Prime Minister John Prescott", "Prime Minister John Prescott/PER")]
    [InlineData("Deputy John Prescott spoke.", "John Prescott", "John Prescott/PER")]
    public void Takes_a_capitalised_rank_word_into_a_person_span_that_opens_with_a_title(string text, string surface, string expected) =>
        Assert.Equal(expected, Repaired(text, (surface, EntityType.PER)));

    [Fact]
    public void Takes_a_hyphenated_particle_into_the_persons_name() =>
        Assert.Equal("Fayez al-Sarraj/PER", Repaired("Fayez al-Sarraj met envoys.", ("Fayez", EntityType.PER)));

    [Fact]
    public void Finishes_a_hyphenated_particle_name_the_tagger_stopped_inside() =>
        Assert.Equal("Khalifa Haftar/PER | Fayez al-Sarraj/PER",
            Repaired("hosted Khalifa Haftar and Fayez al-Sarraj in Palermo", ("Khalifa Haftar", EntityType.PER), ("Fayez al", EntityType.PER)));

    [Fact]
    public void Takes_a_given_name_and_particle_name_before_a_person_even_when_the_particle_name_was_tagged_apart()
    {
        Assert.Equal("Seif al-Islam Kadhafi/PER", Repaired("Seif al-Islam Kadhafi said so.", ("Islam", EntityType.MISC), ("Kadhafi", EntityType.PER)));
        Assert.Equal("Seif al-Islam Kadhafi/PER", Repaired("Seif al-Islam Kadhafi said so.", ("Kadhafi", EntityType.PER)));
        // A lower-case word is no given name: "the al-Qaeda leader Zawahiri" keeps its person alone.
        Assert.Contains("Zawahiri/PER", Repaired("said the al-Qaeda leader Zawahiri.", ("Zawahiri", EntityType.PER)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mohammed bin Salman met envoys.", "Mohammed", "Salman", "Mohammed bin Salman/PER")]
    [InlineData("Sheikh Tamim bin Hamad met envoys.", "Tamim", "Hamad", "Tamim bin Hamad/PER")]
    public void Joins_two_names_across_bin_into_one_person(string text, string first, string second, string expected) =>
        Assert.Equal(expected, Repaired(text, (first, EntityType.PER), (second, EntityType.PER)));

    [Fact]
    public void Leaves_two_organisations_either_side_of_bin_apart() =>
        Assert.Equal("Acme/ORG | Zenith/ORG", Repaired("Acme bin Zenith", ("Acme", EntityType.ORG), ("Zenith", EntityType.ORG)));

    [Fact]
    public void Extends_a_name_to_the_words_whose_initials_spell_its_acronym() =>
        Assert.Equal("Libyan National Army/ORG", Repaired("whose Libyan National Army (LNA) advanced", ("Libyan", EntityType.MISC), ("Army", EntityType.ORG)));

    [Fact]
    public void Extends_a_name_to_a_known_organisation() =>
        Assert.Equal("United Nations/ORG", Repaired("under the auspices of the United Nations.", ("Nations", EntityType.ORG)));

    [Fact]
    public void A_known_alias_starting_with_the_never_pulls_the_article_into_the_name() =>
        Assert.Equal("UN/ORG", Repaired("Haftar told the UN that he wanted a ceasefire.", ("UN", EntityType.ORG)));

    [Fact]
    public void A_country_name_tagged_as_two_names_becomes_one() =>
        Assert.Equal("Saudi Arabia/LOC | Iran/LOC",
            Repaired("Saudi Arabia and Iran agreed to restore relations.", ("Saudi", EntityType.MISC), ("Arabia", EntityType.LOC), ("Iran", EntityType.LOC)));

    [Fact]
    public void A_name_an_extension_before_it_reaches_into_does_not_stop_the_article()
    {
        // Threw "length must be non-negative" and lost the article at ingest (GUM vlog text): the gap to the name before
        // was read from its extended end.
        var events = Dateline.Tests.Events.EventPipeline.Events(
            "This is a pretty cool little thing that is posted here at the loop so this Going-To-The-Sun Road is actually considered a national landmark now, how cool.");
        Assert.NotNull(events);
    }
}
