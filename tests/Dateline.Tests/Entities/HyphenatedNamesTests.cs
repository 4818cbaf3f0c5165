using Dateline.Entities;

namespace Dateline.Tests.Entities;

/// <summary>Names joined by a hyphen to a description (<see cref="HyphenatedNames"/>), on made-up names and hand-set tagger output.</summary>
public class HyphenatedNamesTests
{
    private static string[] Words(string sentence) => sentence.Split(' ');

    private static readonly CaseProfile Cases = new(new Dictionary<string, byte>(StringComparer.Ordinal) { ["privately"] = CaseProfile.Lower });

    [Fact]
    public void A_name_joined_to_based_or_held_is_one_misc_name()
    {
        var words = Words("the Vostrograd-based group attacked Zorbex-held villages");
        var result = HyphenatedNames.Apply(words, [new(4, 5, "LOC")], Cases);
        Assert.Equal([new BioSpan(1, 2, "MISC"), new BioSpan(4, 5, "MISC")], result);
    }

    [Fact]
    public void A_place_of_two_words_before_the_hyphen_belongs_to_the_description()
    {
        var words = Words("a Port Zembla-listed company");
        var result = HyphenatedNames.Apply(words, [new(1, 2, "LOC")], Cases);
        Assert.Equal([new BioSpan(1, 3, "MISC")], result);
    }

    [Fact]
    public void A_prefix_before_a_name_makes_one_misc_name()
    {
        var words = Words("the post-Zembian order");
        Assert.Equal([new BioSpan(1, 2, "MISC")], HyphenatedNames.Apply(words, [], Cases));
    }

    [Theory]
    [InlineData("** Privately-owned banks rose")]
    [InlineData("Vostrograd-based firms rose")]
    public void A_common_word_or_a_line_s_first_word_is_left_alone(string sentence)
    {
        Assert.Empty(HyphenatedNames.Apply(Words(sentence), [], Cases));
    }
}
