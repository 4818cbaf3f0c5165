using Dateline.Entities;

namespace Dateline.Tests.Entities;

/// <summary>Storm names are MISC, not persons (<see cref="StormNames"/>), on made-up names and hand-set tagger output.</summary>
public class StormNamesTests
{
    private static IReadOnlyList<string> Words(string sentence) => sentence.Split(' ');

    private static readonly CaseProfile Cases = new(new Dictionary<string, byte>(StringComparer.Ordinal) { ["center"] = CaseProfile.Lower });

    [Fact]
    public void A_storm_s_name_and_the_name_alone_elsewhere_are_misc()
    {
        IReadOnlyList<string>[] sentences = [Words("Hurricane Zelvina strengthened on Wednesday ."), Words("Zelvina packed winds of 240 km / h .")];
        IReadOnlyList<BioSpan>[] spans = [[new(0, 2, "PER")], [new(0, 1, "PER")]];
        var result = StormNames.Apply(sentences, spans, Cases);
        Assert.Equal([new BioSpan(1, 2, "MISC")], result[0]);
        Assert.Equal([new BioSpan(0, 1, "MISC")], result[1]);
    }

    [Fact]
    public void A_tropical_storm_the_tagger_missed_is_named()
    {
        IReadOnlyList<string>[] sentences = [Words("residents fled Tropical Storm Orvalle on Monday")];
        var result = StormNames.Apply(sentences, [[]], Cases);
        Assert.Equal([new BioSpan(4, 5, "MISC")], result[0]);
    }

    [Fact]
    public void A_person_sharing_the_storm_s_name_and_the_hurricane_centre_stay()
    {
        IReadOnlyList<string>[] sentences =
        [
            Words("Hurricane Zelvina grew , the National Hurricane Center said ."),
            Words("Zelvina Marsk , the mayor , ordered an evacuation ."),
        ];
        IReadOnlyList<BioSpan>[] spans = [[new(1, 2, "MISC"), new(4, 7, "ORG")], [new(0, 2, "PER")]];
        var result = StormNames.Apply(sentences, spans, Cases);
        Assert.Equal(spans[0], result[0]);
        Assert.Equal(spans[1], result[1]);
    }

    [Fact]
    public void A_team_called_storm_is_no_storm()
    {
        IReadOnlyList<string>[] sentences = [Words("the Seattle Storm Vantresca scored 20 points")];
        IReadOnlyList<BioSpan>[] spans = [[new(1, 3, "ORG"), new(3, 4, "PER")]];
        Assert.Equal(spans[0], StormNames.Apply(sentences, spans, Cases)[0]);
    }
}
