using Dateline.Entities;
using Dateline.Knowledge;
using Dateline.Model;

namespace Dateline.Tests.Entities;

/// <summary>Regions the knowledge lists are places (<see cref="RegionNames"/>), on made-up regions and hand-set tagger output.</summary>
public class RegionNamesTests
{
    private static IReadOnlyList<string> Words(string sentence) => sentence.Split(' ');

    private static readonly CaseProfile Cases = new(new Dictionary<string, byte>(StringComparer.Ordinal) { ["marsh"] = CaseProfile.Lower });

    private static readonly KnowledgeBase Knowledge = new(
        [new Country("GON", "GN", "Gondor", [], ["Gondorian"], ["Minas Tirith"]), new Country("VEL", "VL", "Velmar", [], ["Velmari"], ["Ostrava Nor"])],
        [],
        [new Title("Mr", "honorific", []), new Title("Governor", "political", ["Gov."])],
        null,
        [
            new Region("Quorland", [], "province", "GON"),
            new Region("South Ithila", ["Ithila Sud"], "disputed", "GON"),
            new Region("Tavish", [], "state", "GON"),
            new Region("Marsh", [], "region", "GON"),
            new Region("Velmar", [], "state", "GON"),
            new Region("Ostrava Nor", [], "state", "GON"),
            new Region("Kessa-Dorn", [], "region", "GON"),
            new Region("Ithila", [], "region", "GON"),
        ]);

    private static readonly ListedNames Names = RegionNames.Build(Knowledge);

    private static readonly ListedNames LowerNames = RegionNames.Build(Knowledge, lower: true);

    private static IReadOnlyList<IReadOnlyList<BioSpan>> Apply(IReadOnlyList<string>[] sentences, IReadOnlyList<BioSpan>[] spans) =>
        RegionNames.Apply(sentences, spans, Cases, Names, Knowledge, LowerNames);

    [Fact]
    public void A_region_in_lower_case_after_a_place_word_in_a_sentence_without_capitals_is_a_place()
    {
        IReadOnlyList<string>[] sentences =
        [
            Words("i moved to south ithila last year"),
            Words("We moved to south ithila with Anna"),
            Words("they live in marsh now"),
            Words("quorland is far"),
        ];
        var result = Apply(sentences, [[], [new(5, 6, "PER")], [], []]);
        Assert.Equal([new BioSpan(3, 5, "LOC")], result[0]);
        Assert.Equal([new BioSpan(5, 6, "PER")], result[1]);
        Assert.Empty(result[2]);
        Assert.Empty(result[3]);
    }

    [Fact]
    public void A_longer_region_the_tagger_called_a_person_does_not_make_its_last_word_a_person()
    {
        var result = Apply([Words("Ithila remained tense as South Ithila officials protested")], [[new(4, 6, "PER")]]);
        Assert.Equal([new BioSpan(0, 1, "LOC"), new BioSpan(4, 6, "LOC")], result[0]);
    }

    [Fact]
    public void A_listed_region_the_tagger_missed_is_a_place()
    {
        var result = Apply([Words("fighting spread across Quorland on Monday .")], [[]]);
        Assert.Equal([new BioSpan(3, 4, "LOC")], result[0]);
    }

    [Theory]
    [InlineData("PER")]
    [InlineData("ORG")]
    [InlineData("MISC")]
    public void A_listed_region_typed_otherwise_with_exactly_its_words_is_a_place(string type)
    {
        var result = Apply([Words("rebels in Quorland said")], [[new(2, 3, type)]]);
        Assert.Equal([new BioSpan(2, 3, "LOC")], result[0]);
    }

    [Fact]
    public void A_name_found_inside_a_listed_region_becomes_the_whole_region()
    {
        var result = Apply([Words("troops entered South Ithila and Kessa - Dorn")], [[new(3, 4, "LOC"), new(6, 7, "PER")]]);
        Assert.Equal([new BioSpan(2, 4, "LOC"), new BioSpan(5, 8, "LOC")], result[0]);
    }

    [Fact]
    public void A_person_the_article_names_in_full_or_with_a_title_stays_a_person()
    {
        IReadOnlyList<string>[] sentences = [Words("Tavish Reed arrived , and Tavish spoke ."), Words("Mr Quorland resigned ."), Words("Tavish waved .")];
        IReadOnlyList<BioSpan>[] spans = [[new(0, 2, "PER"), new(5, 6, "PER")], [new(1, 2, "PER")], []];
        var result = Apply(sentences, spans);
        Assert.Equal(spans[0], result[0]);
        Assert.Equal(spans[1], result[1]);
        Assert.Empty(result[2]);
    }

    [Fact]
    public void A_region_inside_a_longer_name_keeps_the_tagger_s_reading()
    {
        IReadOnlyList<string>[] sentences =
        [
            Words("shares in Quorland National Bank fell"),
            Words("he studied at Quorland State University"),
            Words("the Quorland Times reported"),
        ];
        IReadOnlyList<BioSpan>[] spans = [[new(2, 5, "ORG")], [], [new(1, 3, "ORG")]];
        var result = Apply(sentences, spans);
        Assert.Equal(spans[0], result[0]);
        Assert.Empty(result[1]);
        Assert.Equal(spans[2], result[2]);
    }

    [Fact]
    public void A_lone_region_running_text_writes_in_lower_case_is_not_added()
    {
        Assert.Empty(Apply([Words("Marsh fever spread .")], [[]])[0]);
        Assert.Empty(Apply([Words("the Marsh gas rose")], [[]])[0]);
    }

    [Fact]
    public void Countries_and_capitals_win_over_a_region_of_the_same_name()
    {
        IReadOnlyList<string>[] sentences = [Words("talks with Velmar ended"), Words("officials in Ostrava Nor said")];
        IReadOnlyList<BioSpan>[] spans = [[], [new(2, 4, "ORG")]];
        var result = Apply(sentences, spans);
        Assert.Empty(result[0]);
        Assert.Equal(spans[1], result[1]);
    }

    [Fact]
    public void Regions_stay_out_of_the_tagger_s_trained_lists()
    {
        // The name lists and gazetteer features read countries, organisations and titles only: a region row needs no retraining.
        var lexicon = NameLexicon.BuildShipped(Dateline.Places.Gazetteer.Empty, Knowledge, 0, alternates: false);
        Assert.NotEqual(0, lexicon.Of("Gondor"));
        Assert.Equal(0, lexicon.Of("Quorland"));
        var marks = new ushort[2];
        new NameGazetteer(Knowledge).Mark(["Quorland", "Tavish"], marks);
        Assert.Equal([0, 0], marks);
    }

    [Fact]
    public void A_region_listed_in_two_countries_takes_the_one_the_article_names()
    {
        var knowledge = new KnowledgeBase(
            [new Country("GON", "GN", "Gondor", [], ["Gondorian"], ["Minas Tirith"]), new Country("VEL", "VL", "Velmar", [], ["Velmari"], ["Ostrava Nor"])],
            [], [], null,
            [new Region("Panjor", [], "province", "GON"), new Region("Panjor", [], "province", "VEL")]);
        const string named = "Floods hit Panjor, Velmari officials said.";
        const string alone = "Floods hit Panjor on Monday.";
        var (withCountry, _) = MentionLinker.Link(named, [new FoundName(new TextSpan(11, 17), EntityType.LOC), new FoundName(new TextSpan(19, 26), EntityType.MISC)], knowledge);
        var (without, _) = MentionLinker.Link(alone, [new FoundName(new TextSpan(11, 17), EntityType.LOC)], knowledge);
        Assert.Equal("VEL", withCountry[0].Country);
        Assert.Null(without[0].Country);
    }
}
