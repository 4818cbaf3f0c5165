using Dateline.Knowledge;

namespace Dateline.Tests.Knowledge;

public class TitleRankTests
{
    [Theory]
    [InlineData("Shadow", "shadow")]
    [InlineData("former", "former")]
    [InlineData("ex", "former")]
    [InlineData("ex-Labour", "former")]
    [InlineData("Acting", "acting")]
    [InlineData("home", null)]
    [InlineData("ex-", null)]
    public void Reads_the_rank_a_word_gives_a_title_after_it(string word, string? rank) =>
        Assert.Equal(rank, TitleRank.Of(word));

    [Fact]
    public void A_rank_key_ignores_order_and_repeats() =>
        Assert.Equal(TitleRank.Key(["shadow", "former"]), TitleRank.Key(["former", "shadow", "former"]));
}
