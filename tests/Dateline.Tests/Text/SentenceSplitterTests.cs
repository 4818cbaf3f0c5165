using Dateline.Text;

namespace Dateline.Tests.Text;

public class SentenceSplitterTests
{
    private static string Sentences(string text)
    {
        var (tokens, sentences) = SentenceSplitter.Run(text);
        return string.Join(" || ", sentences.Select(s => text[tokens[s.First].Start..tokens[s.First + s.Count - 1].End]));
    }

    [Theory]
    [InlineData("Haftar met Conte. The talks failed.", "Haftar met Conte. || The talks failed.")]
    [InlineData("Gen. Haftar met Mr. Conte in Rome.", "Gen. Haftar met Mr. Conte in Rome.")]
    [InlineData("Jennifer M. Anderson was named.", "Jennifer M. Anderson was named.")]
    [InlineData("He lived in the U.S. The talks failed.", "He lived in the U.S. || The talks failed.")]
    [InlineData("U.S. forces left on Jan. 5. Nobody stayed.", "U.S. forces left on Jan. 5. || Nobody stayed.")]
    [InlineData("\"We will fight.\" He left.", "\"We will fight.\" || He left.")]
    [InlineData("“Why?” he asked. Nobody knew.", "“Why?” he asked. || Nobody knew.")]
    [InlineData("He waited... Then he left.", "He waited... || Then he left.")]
    [InlineData("Libya talks collapse\n\nTRIPOLI (Reuters) - Talks collapsed on Monday.", "Libya talks collapse || TRIPOLI (Reuters) - Talks collapsed on Monday.")]
    [InlineData("no final stop\n\nin lower case", "no final stop || in lower case")]
    [InlineData("Haftar in Rome\nThe general arrived on Monday.", "Haftar in Rome || The general arrived on Monday.")]
    [InlineData("The talks, held in\nRome, failed.", "The talks, held in\nRome, failed.")]
    [InlineData("He said (and I quote) it failed. Then what?", "He said (and I quote) it failed. || Then what?")]
    [InlineData("Sanctions, visas etc. were discussed.", "Sanctions, visas etc. were discussed.")]
    [InlineData("Shares rose 3.5%. Oil fell.", "Shares rose 3.5%. || Oil fell.")]
    public void Splits_sentences_in_news_text(string text, string expected) => Assert.Equal(expected, Sentences(text));
}
