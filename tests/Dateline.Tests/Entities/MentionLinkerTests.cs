using Dateline.Entities;
using Dateline.Knowledge;
using Dateline.Model;

namespace Dateline.Tests.Entities;

public class MentionLinkerTests
{
    private static FoundName Name(string text, string surface, EntityType type, int occurrence = 0)
    {
        var at = -1;
        for (var i = 0; i <= occurrence; i++)
            at = text.IndexOf(surface, at + 1, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{surface}' not in text");
        return new FoundName(new TextSpan(at, at + surface.Length), type);
    }

    private static (IReadOnlyList<EntityMention> Mentions, IReadOnlyList<EntityChain> Chains) Link(string text, params FoundName[] found)
    {
        var (mentions, chains) = MentionLinker.Link(text, found, KnowledgeBase.BuiltIn);
        foreach (var m in mentions)
            Assert.Equal(m.Text, m.Span.Of(text));
        return (mentions, chains);
    }

    [Fact]
    public void Links_full_name_surname_titled_surname_and_the_general_into_one_person()
    {
        const string text = "Field Marshal Khalifa Haftar met envoys on Monday. Haftar said the talks had failed. Later Marshal Haftar left Rome, and the general flew home.";
        var (mentions, chains) = Link(text,
            Name(text, "Khalifa Haftar", EntityType.PER),
            Name(text, "Haftar", EntityType.PER, 1),
            Name(text, "Marshal Haftar", EntityType.PER),
            Name(text, "Rome", EntityType.LOC));
        var haftar = mentions.First().Chain;
        Assert.Equal(["Khalifa Haftar", "Haftar", "Marshal Haftar", "the general"], mentions.Where(m => m.Chain == haftar).Select(m => m.Text));
        Assert.All(mentions.Where(m => m.Chain == haftar), m => Assert.Equal("Khalifa Haftar", m.Name));
        Assert.Equal("Field Marshal", mentions[0].Role);
        Assert.Equal("Marshal", mentions.Single(m => m.Text == "Marshal Haftar").Title);
        Assert.Equal("nominal", mentions.Single(m => m.Text == "the general").Kind);
        var rome = mentions.Single(m => m.Text == "Rome");
        Assert.Equal(EntityType.GPE, rome.Type);
        Assert.Equal("ITA", rome.Country);
        Assert.Equal(2, chains.Count);
    }

    [Fact]
    public void A_fuller_name_joins_a_one_word_person_only_through_the_surname()
    {
        const string text = "Prince Charles opened the hospital. Charles Kennedy said the Liberal Democrats would back it. Haftar left. Khalifa Haftar returned.";
        var (mentions, chains) = Link(text,
            Name(text, "Prince Charles", EntityType.PER),
            Name(text, "Charles Kennedy", EntityType.PER),
            Name(text, "Haftar", EntityType.PER),
            Name(text, "Khalifa Haftar", EntityType.PER));
        var charles = mentions.Single(m => m.Text.Contains("Prince", StringComparison.Ordinal) || m.Text == "Charles");
        var kennedy = mentions.Single(m => m.Text == "Charles Kennedy");
        Assert.NotEqual(charles.Chain, kennedy.Chain);
        Assert.Null(chains[kennedy.Chain].Role);
        Assert.Equal(mentions.Single(m => m.Text == "Haftar").Chain, mentions.Single(m => m.Text == "Khalifa Haftar").Chain);
    }

    [Fact]
    public void Singular_plural_and_clipped_writings_of_an_organisation_share_one_chain()
    {
        const string text = "The Liberal Democrats said the plan was misdirected. A Liberal Democrat spokesman added that the Lib Dems would vote against it.";
        var (_, chains) = Link(text,
            Name(text, "Liberal Democrats", EntityType.ORG),
            Name(text, "Liberal Democrat", EntityType.ORG, 1),
            Name(text, "Lib Dems", EntityType.ORG));
        var chain = Assert.Single(chains);
        Assert.Equal(3, chain.Mentions.Length);
    }

    [Fact]
    public void A_name_in_capitals_takes_the_writing_of_running_text()
    {
        const string text = "PALERMO, Italy - Leaders met in Palermo on Tuesday.";
        var (_, chains) = Link(text, Name(text, "PALERMO", EntityType.LOC), Name(text, "Palermo", EntityType.LOC));
        Assert.Equal("Palermo", Assert.Single(chains, c => c.Name.Equals("palermo", StringComparison.OrdinalIgnoreCase)).Name);
    }

    [Theory]
    [InlineData("Liberal Democrats", "Lib Dems", true)]
    [InlineData("Tories", "Tory", true)]
    [InlineData("Liberal Democrat", "Liberal Democrats", true)]
    [InlineData("National Army", "National Assembly", false)]
    [InlineData("Labour", "Labour Party", false)]
    [InlineData("BBC News", "BBC", false)]
    public void Tells_writings_of_one_organisation_from_other_names(string a, string b, bool same) =>
        Assert.Equal(same, OrganisationVariants.Same(a, b));

    [Fact]
    public void A_bracketed_acronym_names_the_organisation_from_then_on()
    {
        const string text = "Fighters of the Libyan National Army (LNA) advanced. The LNA said it held the airport.";
        var (mentions, chains) = Link(text,
            Name(text, "Libyan National Army", EntityType.ORG),
            Name(text, "LNA", EntityType.ORG, 1));
        Assert.Equal(3, mentions.Count);
        Assert.Single(chains);
        Assert.Equal("LNA", chains[0].Acronym);
        Assert.Equal(["name", "acronym", "acronym"], mentions.Select(m => m.Kind));
        Assert.All(mentions, m => Assert.Equal("Libyan National Army", m.Name));
    }

    [Fact]
    public void An_honorific_and_surname_resolve_to_the_full_name_with_its_role_and_country()
    {
        const string text = "Italian Defence Minister Roberta Pinotti arrived in Tripoli. Ms Pinotti met officials.";
        var (mentions, chains) = Link(text,
            Name(text, "Roberta Pinotti", EntityType.PER),
            Name(text, "Tripoli", EntityType.LOC),
            Name(text, "Ms Pinotti", EntityType.PER));
        var first = mentions[0];
        Assert.Equal("Defence Minister", first.Role);
        Assert.Equal("ITA", first.Country);
        var later = mentions.Single(m => m.Text == "Ms Pinotti");
        Assert.Equal(first.Chain, later.Chain);
        Assert.Equal("Roberta Pinotti", later.Name);
        Assert.Equal("Ms", later.Title);
        Assert.Null(later.Role);
        Assert.Equal("LBY", mentions.Single(m => m.Text == "Tripoli").Country);
        Assert.Equal(2, chains.Count);
    }

    [Theory]
    [InlineData("Roberta Pinotti, Italy's defence minister, said so.", "Defence Minister", "ITA")]
    [InlineData("Roberta Pinotti, the Italian foreign minister, said so.", "Foreign Minister", "ITA")]
    [InlineData("Libya's Prime Minister Roberta Pinotti said so.", "Prime Minister", "LBY")]
    [InlineData("Gen. Roberta Pinotti said so.", "General", null)]
    public void Reads_the_role_and_its_country_around_a_name(string text, string role, string? country)
    {
        var (mentions, _) = Link(text, Name(text, "Roberta Pinotti", EntityType.PER));
        Assert.Equal(role, mentions[0].Role);
        Assert.Equal(country, mentions[0].Country);
    }

    [Fact]
    public void Country_names_aliases_and_demonyms_share_one_chain()
    {
        const string text = "The U.S. said the United States would act. American officials agreed.";
        var (mentions, chains) = Link(text,
            Name(text, "U.S.", EntityType.LOC),
            Name(text, "United States", EntityType.LOC),
            Name(text, "American", EntityType.MISC));
        Assert.Single(chains);
        Assert.All(mentions, m => Assert.Equal("USA", m.Country));
        Assert.Equal(EntityType.GPE, mentions[0].Type);
        Assert.Equal("United States", chains[0].Name);
    }

    [Fact]
    public void Different_people_with_different_surnames_stay_apart()
    {
        const string text = "Fayez al-Sarraj met Khalifa Haftar. Sarraj left first.";
        var (mentions, chains) = Link(text,
            Name(text, "Fayez al-Sarraj", EntityType.PER),
            Name(text, "Khalifa Haftar", EntityType.PER),
            Name(text, "Sarraj", EntityType.PER, 1));
        Assert.Equal(2, chains.Count);
        Assert.NotEqual(mentions[0].Chain, mentions[1].Chain);
    }

    [Fact]
    public void A_surname_the_tagger_missed_later_in_the_article_still_joins_the_person()
    {
        const string text = "Ghassan Salame arrived in Tripoli. On Tuesday Salame said the talks would go on.";
        var (mentions, chains) = Link(text, Name(text, "Ghassan Salame", EntityType.PER));
        Assert.Single(chains);
        Assert.Equal(["Ghassan Salame", "Salame"], mentions.Select(m => m.Text));
        Assert.All(mentions, m => Assert.Equal(0, m.Chain));
    }

    [Theory]
    [InlineData("Field Marshal Khalifa Haftar spoke. Observers expect the general election in June.")]
    [InlineData("Field Marshal Khalifa Haftar spoke. Aides at the general's office declined to comment.")]
    [InlineData("Field Marshal Khalifa Haftar spoke. The vote in the General Assembly is due.")]
    public void A_title_word_in_a_longer_phrase_is_not_the_person(string text)
    {
        var (mentions, _) = Link(text, Name(text, "Khalifa Haftar", EntityType.PER));
        Assert.DoesNotContain(mentions, m => m.Kind == "nominal");
    }

    private static string? LinkedTo(string text, string nominal, params string[] people)
    {
        var (mentions, chains) = Link(text, [.. people.Select(p => Name(text, p, EntityType.PER))]);
        var phrase = mentions.SingleOrDefault(m => m.Kind == "nominal" && m.Text.Equals(nominal, StringComparison.OrdinalIgnoreCase));
        return phrase is null ? null : chains[phrase.Chain].Name;
    }

    [Theory]
    [InlineData("Shadow home secretary Marta Quist attacked the bill. The home secretary said it would pass.", "The home secretary")]
    [InlineData("Tory shadow chancellor Marta Quist spoke first. Then the chancellor rose.", "the chancellor")]
    [InlineData("Former foreign secretary Marta Quist resigned. The foreign secretary was abroad.", "The foreign secretary")]
    [InlineData("Former Liberal foreign secretary Marta Quist resigned. The foreign secretary was abroad.", "The foreign secretary")]
    [InlineData("Acting president Marta Quist opened the session. The president was abroad.", "The president")]
    [InlineData("Ex-Liberal leader Marta Quist spoke. The leader was abroad.", "The leader")]
    public void A_bare_office_is_not_a_person_whose_title_carries_a_rank(string text, string nominal) =>
        Assert.Null(LinkedTo(text, nominal, "Marta Quist"));

    [Theory]
    [InlineData("Shadow home secretary Marta Quist attacked the bill. The shadow home secretary said it would fail.", "The shadow home secretary")]
    [InlineData("Former foreign secretary Marta Quist resigned. The former foreign secretary was abroad.", "The former foreign secretary")]
    [InlineData("Ex-Liberal foreign minister Marta Quist resigned. The former foreign minister was abroad.", "The former foreign minister")]
    public void An_office_with_the_same_rank_words_is_the_person_holding_it(string text, string nominal) =>
        Assert.Equal("Marta Quist", LinkedTo(text, nominal, "Marta Quist"));

    [Fact]
    public void A_bare_office_goes_to_its_holder_past_a_later_shadow()
    {
        const string text = "Home Secretary Olaf Brenn met shadow home secretary Marta Quist. The home secretary said little, and the shadow home secretary left.";
        Assert.Equal("Olaf Brenn", LinkedTo(text, "The home secretary", "Olaf Brenn", "Marta Quist"));
        Assert.Equal("Marta Quist", LinkedTo(text, "the shadow home secretary", "Olaf Brenn", "Marta Quist"));
    }

    [Fact]
    public void A_rank_before_a_title_the_tagger_put_inside_the_name_still_counts()
    {
        const string text = "Tory shadow Chancellor Marta Quist spoke first. Then the chancellor rose, and the shadow chancellor left.";
        Assert.Null(LinkedTo(text, "the chancellor", "Chancellor Marta Quist"));
        Assert.Equal("Marta Quist", LinkedTo(text, "the shadow chancellor", "Chancellor Marta Quist"));
    }

    [Fact]
    public void Under_before_a_title_is_the_preposition_not_a_rank()
    {
        const string text = "The reforms came under Home Secretary Olaf Brenn. Shadow home secretary Marta Quist objected. The home secretary defended them.";
        Assert.Equal("Olaf Brenn", LinkedTo(text, "The home secretary", "Olaf Brenn", "Marta Quist"));
    }

    [Fact]
    public void A_title_holding_its_own_rank_word_is_one_office_and_a_rank_before_a_title_another()
    {
        // "Deputy Prime Minister" is a title of its own (no rank left over); "shadow" before "chancellor" is a rank.
        const string text = "Deputy prime minister Marta Quist met shadow chancellor Olaf Brenn. The deputy prime minister left. The prime minister and the chancellor stayed.";
        Assert.Equal("Marta Quist", LinkedTo(text, "The deputy prime minister", "Marta Quist", "Olaf Brenn"));
        Assert.Null(LinkedTo(text, "The prime minister", "Marta Quist", "Olaf Brenn"));
        Assert.Null(LinkedTo(text, "the chancellor", "Marta Quist", "Olaf Brenn"));
    }
}
