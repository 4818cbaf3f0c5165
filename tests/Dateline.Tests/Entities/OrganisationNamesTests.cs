using System.Collections.Immutable;
using Dateline.Entities;
using Dateline.Knowledge;
using Dateline.Model;

namespace Dateline.Tests.Entities;

/// <summary>Companies and outlets the knowledge lists are organisations (<see cref="OrganisationNames"/>), on made-up company
/// names and hand-set tagger output.</summary>
public class OrganisationNamesTests
{
    private static IReadOnlyList<string> Words(string sentence) => sentence.Split(' ');

    private static readonly CaseProfile Cases = new(new Dictionary<string, byte>(StringComparer.Ordinal) { ["quell"] = CaseProfile.Lower });

    private static readonly KnowledgeBase Knowledge = new([],
    [
        new Organisation("ZM", "", "Zorvex Mobil", ["Zorvex"], "company", "USA"),
        new Organisation("LK", "", "Larkhold Marten", [], "company", "USA"),
        new Organisation("QL", "", "Quell", [], "company", "GBR"),
        new Organisation("QP", "QP", "Quarnet Petroleum", [], "company", "GBR"),
        new Organisation("VW", "", "Vantor Motor", ["Vantor"], "company", "JPN"),
        new Organisation("KN", "", "Kaldo-Nura", [], "company", "USA"),
        new Organisation("PB", "", "Pellbridge", [], "company", "FRA"),
        new Organisation("RN", "", "Radio Norvane", [], "media", "FRA"),
        new Organisation("LV", "", "Larvud", [], "party", "ISR"),
        new Organisation("UNX", "UNX", "United Nexus", [], "igo"),
    ], []);

    private static readonly ListedNames Names = OrganisationNames.Build(Knowledge);

    private static IReadOnlyList<IReadOnlyList<BioSpan>> Apply(IReadOnlyList<string>[] sentences, IReadOnlyList<BioSpan>[] spans) =>
        OrganisationNames.Apply(sentences, spans, Cases, Names, KnowledgeBase.BuiltIn); // the shipped titles ("Mr")

    [Fact]
    public void A_listed_company_the_tagger_missed_is_an_organisation()
    {
        var result = Apply([Words("Zorvex Mobil released nonessential staff .")], [[]]);
        Assert.Equal([new BioSpan(0, 2, "ORG")], result[0]);
    }

    [Fact]
    public void A_person_found_inside_a_listed_name_becomes_the_whole_company()
    {
        var result = Apply([Words("jets built by Larkhold Marten will arrive")], [[new(4, 5, "PER")]]);
        Assert.Equal([new BioSpan(3, 5, "ORG")], result[0]);
    }

    [Fact]
    public void A_listed_company_read_as_a_person_or_place_is_an_organisation()
    {
        var result = Apply([Words("Pellbridge cut supplies to Radio Norvane")], [[new(0, 1, "PER"), new(4, 6, "LOC")]]);
        Assert.Equal([new BioSpan(0, 1, "ORG"), new BioSpan(4, 6, "ORG")], result[0]);
    }

    [Fact]
    public void A_person_the_article_names_in_full_or_with_a_title_stays_a_person()
    {
        IReadOnlyList<string>[] sentences = [Words("Mr Pellbridge resigned ."), Words("Anna Vantor spoke , and Vantor left .")];
        IReadOnlyList<BioSpan>[] spans = [[new(1, 2, "PER")], [new(0, 2, "PER"), new(5, 6, "PER")]];
        var result = Apply(sentences, spans);
        Assert.Equal(spans[0], result[0]);
        Assert.Equal(spans[1], result[1]);
    }

    [Fact]
    public void A_product_of_the_company_stays_as_the_tagger_read_it()
    {
        IReadOnlyList<string>[] sentences = [Words("she was hit by a Pellbridge Corvant heading north"), Words("a Pellbridge sedan and a Vantor 300")];
        IReadOnlyList<BioSpan>[] spans = [[new(4, 5, "PER")], [new(1, 2, "MISC"), new(5, 6, "LOC")]];
        var result = Apply(sentences, spans);
        Assert.Equal(spans[0], result[0]);
        Assert.Equal(spans[1], result[1]);
    }

    [Fact]
    public void A_place_after_in_stays_a_place()
    {
        IReadOnlyList<BioSpan>[] spans = [[new(3, 4, "LOC")]];
        Assert.Equal(spans[0], Apply([Words("the plant in Pellbridge closed")], spans)[0]);
    }

    [Fact]
    public void A_common_word_a_capitalised_neighbour_or_a_longer_name_keeps_the_tagger_s_reading()
    {
        IReadOnlyList<string>[] sentences =
        [
            Words("Quell shock set in ."),
            Words("the Zorvex Tower opened"),
            Words("Anna spoke to Radio Norvane Sport"),
        ];
        IReadOnlyList<BioSpan>[] spans = [[], [], [new(0, 1, "PER"), new(3, 6, "ORG")]];
        var result = Apply(sentences, spans);
        Assert.Empty(result[0]);
        Assert.Empty(result[1]);
        Assert.Equal(spans[2], result[2]);
    }

    [Fact]
    public void A_two_letter_acronym_is_read_before_a_verb_but_not_before_a_name()
    {
        IReadOnlyList<string>[] sentences = [Words("QP shut its refinery ."), Words("the QP Quarterly ran it"), Words("QP @user")];
        var result = Apply(sentences, [[], [], []]);
        Assert.Equal([new BioSpan(0, 1, "ORG")], result[0]);
        Assert.Empty(result[1]);
        Assert.Empty(result[2]);
    }

    [Fact]
    public void Hyphens_split_into_tokens_are_matched()
    {
        var result = Apply([Words("the Kaldo - Nura corporation built a plant")], [[new(1, 4, "PER")]]);
        Assert.Equal([new BioSpan(1, 4, "ORG")], result[0]);
    }

    [Fact]
    public void Organisations_that_are_not_companies_are_left_to_the_tagger()
    {
        Assert.Empty(Apply([Words("the United Nexus met")], [[]])[0]);
    }

    [Fact]
    public void Companies_and_parties_stay_out_of_the_tagger_s_trained_lists()
    {
        var company = new Organisation("X", "", "X", ImmutableArray<string>.Empty, "company");
        Assert.False(company.InTaggerLists);
        Assert.False((company with { Kind = "party" }).InTaggerLists);
        Assert.True((company with { Kind = "igo" }).InTaggerLists);
    }

    [Fact]
    public void A_company_whose_name_starts_with_a_title_is_no_titled_person()
    {
        const string text = "General Dynamics won the contract. General Dynamics' chief left.";
        var found = new[] { new FoundName(new TextSpan(0, 16), EntityType.ORG), new FoundName(new TextSpan(35, 51), EntityType.ORG) };
        var (mentions, _) = MentionLinker.Link(text, NameRepair.Repair(text, found, KnowledgeBase.BuiltIn), KnowledgeBase.BuiltIn);
        Assert.Equal(["General Dynamics", "General Dynamics"], mentions.Select(m => m.Text));
        Assert.All(mentions, m => Assert.Equal(EntityType.ORG, m.Type));
        Assert.All(mentions, m => Assert.Null(m.Title));
    }

    [Fact]
    public void A_company_s_names_are_one_entity_and_its_product_stays_a_product()
    {
        const string text = "Zorvex said on Monday. Zorvex Mobil cut jobs. She drove a Vantor.";
        var found = new[]
        {
            new FoundName(new TextSpan(0, 6), EntityType.ORG), new FoundName(new TextSpan(23, 35), EntityType.ORG),
            new FoundName(new TextSpan(58, 64), EntityType.MISC),
        };
        var (mentions, chains) = MentionLinker.Link(text, found, Knowledge);
        Assert.Equal(mentions[0].Chain, mentions[1].Chain);
        Assert.Equal("Zorvex Mobil", chains[mentions[0].Chain].Name);
        Assert.Equal("org:ZM", chains[mentions[0].Chain].KnowledgeId);
        Assert.Equal(EntityType.MISC, mentions[2].Type);
    }

    [Fact]
    public void A_listed_party_read_as_a_person_is_an_organisation()
    {
        var result = Apply([Words("Larvud officials met on Monday")], [[new(0, 1, "PER")]]);
        Assert.Equal([new BioSpan(0, 1, "ORG")], result[0]);
    }
}
