using Dateline.Entities;

namespace Dateline.Tests.Entities;

public class WordSplitterTests
{
    [Theory]
    [InlineData("The U.S. envoy met Gen. Haftar.", "The|U.S.|envoy|met|Gen.|Haftar|.")]
    [InlineData("Italy's minister, Fayez al-Sarraj (GNA), left.", "Italy|'s|minister|,|Fayez|al-Sarraj|(|GNA|)|,|left|.")]
    [InlineData("O'Brien paid $3.5 million.", "O'Brien|paid|$|3.5|million|.")]
    public void Splits_words_keeping_abbreviations_and_inner_joiners(string text, string expected)
    {
        var words = WordSplitter.Split(text);
        Assert.Equal(expected, string.Join('|', words.Select(w => w.Text)));
        Assert.All(words, w => Assert.Equal(w.Text, w.Span.Of(text)));
    }

    [Fact]
    public void Starts_a_new_sentence_after_a_full_stop_before_a_capital_and_at_a_blank_line()
    {
        var words = WordSplitter.Split("Haftar spoke. Sarraj left\n\nnext paragraph here");
        Assert.Equal([0, 0, 0, 1, 1, 2, 2, 2], words.Select(w => w.Sentence));
    }
}
