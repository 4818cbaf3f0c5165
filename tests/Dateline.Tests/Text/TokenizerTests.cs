using Dateline.Text;

namespace Dateline.Tests.Text;

public class TokenizerTests
{
    private static string Tokens(string text) => string.Join(" | ", Tokenizer.Tokenize(text).Select(t => t.Of(text)));

    [Theory]
    [InlineData("Haftar met Italy's defence minister.", "Haftar | met | Italy | 's | defence | minister | .")]
    [InlineData("Italy’s minister", "Italy | ’s | minister")]
    [InlineData("the parents' house", "the | parents | ' | house")]
    [InlineData("They don't know, we're sure I'm right.", "They | do | n't | know | , | we | 're | sure | I | 'm | right | .")]
    [InlineData("He won't and can't, he cannot.", "He | wo | n't | and | ca | n't | , | he | can | not | .")]
    [InlineData("The U.S. army", "The | U.S. | army")]
    [InlineData("Ms Smith and Gen. Haftar met on Jan. 5.", "Ms | Smith | and | Gen. | Haftar | met | on | Jan. | 5 | .")]
    [InlineData("Jennifer M. Anderson", "Jennifer | M. | Anderson")]
    [InlineData("It cost $5.50, or 1,000 yen (3.5%).", "It | cost | $ | 5.50 | , | or | 1,000 | yen | ( | 3.5 | % | ) | .")]
    [InlineData("\"We will fight,\" he said.", "\" | We | will | fight | , | \" | he | said | .")]
    [InlineData("“We will fight,” he said.", "“ | We | will | fight | , | ” | he | said | .")]
    [InlineData("‘No,’ she said", "‘ | No | , | ’ | she | said")]
    [InlineData("``Yes'' he said", "`` | Yes | '' | he | said")]
    [InlineData("Fayez al-Sarraj and Al-Sarraj", "Fayez | al | - | Sarraj | and | Al | - | Sarraj")]
    [InlineData("a co-worker sent an e-mail", "a | co-worker | sent | an | e-mail")]
    [InlineData("an Israeli-Palestinian deal", "an | Israeli | - | Palestinian | deal")]
    [InlineData("On 2019-05-16 at 10:30 call 713-853-3989", "On | 2019-05-16 | at | 10:30 | call | 713-853-3989")]
    [InlineData("See https://example.com/a?b=1. Or www.bbc.co.uk.", "See | https://example.com/a?b=1 | . | Or | www.bbc.co.uk | .")]
    [InlineData("Write to press@un.org today", "Write | to | press@un.org | today")]
    [InlineData("@UNSMILibya posted #Libya news", "@UNSMILibya | posted | #Libya | news")]
    [InlineData("Wait... what…", "Wait | ... | what | …")]
    [InlineData("wait...what", "wait | ... | what")]
    [InlineData("Really?! No!!", "Really | ?! | No | !!")]
    [InlineData("the talks (in Rome) [sic] {x}", "the | talks | ( | in | Rome | ) | [ | sic | ] | { | x | }")]
    [InlineData("Tripoli -- the capital — fell", "Tripoli | -- | the | capital | — | fell")]
    [InlineData("sanctions etc. were", "sanctions | etc. | were")]
    [InlineData("in the '90s", "in | the | '90s")]
    [InlineData("He said: no", "He | said | : | no")]
    [InlineData("TRIPOLI, Libya (Reuters) - Forces", "TRIPOLI | , | Libya | ( | Reuters | ) | - | Forces")]
    [InlineData("confidential and/or privileged, in Baltimore,MD", "confidential | and | / | or | privileged | , | in | Baltimore | , | MD")]
    [InlineData("", "")]
    public void Splits_news_text_into_UD_tokens(string text, string expected) => Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("Haftar met Italy's defence minister in Rome on Tuesday.\n\n“We will,” said Gen. Haftar (LNA) at 10:30... e-mail: a@b.org #Libya")]
    [InlineData("  leading and trailing spaces \t\n")]
    [InlineData("Ünïcödé wörds — and ‘quotes’ … done")]
    public void Every_token_text_equals_the_text_at_its_span(string text)
    {
        var spans = Tokenizer.Tokenize(text);
        int previousEnd = 0;
        foreach (var span in spans)
        {
            Assert.True(span.Start >= previousEnd && span.End > span.Start && span.End <= text.Length);
            Assert.DoesNotContain(span.Of(text), c => char.IsWhiteSpace(c));
            previousEnd = span.End;
        }
        // Nothing but white space is left out.
        var covered = new bool[text.Length];
        foreach (var span in spans) for (int i = span.Start; i < span.End; i++) covered[i] = true;
        for (int i = 0; i < text.Length; i++) Assert.True(covered[i] || char.IsWhiteSpace(text[i]), $"character {i} lost");
    }
}
