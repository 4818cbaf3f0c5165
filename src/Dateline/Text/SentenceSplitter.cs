using Dateline.Model;

namespace Dateline.Text;

/// <summary>
/// Groups tokens into sentences. A sentence ends after ".", "!", "?", "..." (with any closing quotes
/// and brackets that follow) when the next token can start a sentence; at a paragraph break (a blank
/// line, always); and at a single line break after a line that reads as a headline, caption or
/// dateline (no final punctuation, next line capitalised). Abbreviations keep their period and end a
/// sentence only before a typical sentence opener ("in the U.S. The talks ...").
/// </summary>
public static class SentenceSplitter
{
    /// <summary>The sentences over <paramref name="tokens"/> as (first token, token count) pairs.</summary>
    public static List<(int First, int Count)> Split(ReadOnlySpan<char> text, IReadOnlyList<TextSpan> tokens)
    {
        var sentences = new List<(int, int)>(tokens.Count / 15 + 1);
        int first = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (i + 1 == tokens.Count || EndsAfter(text, tokens, i))
            {
                sentences.Add((first, i + 1 - first));
                first = i + 1;
            }
        }
        return sentences;
    }

    /// <summary>Tokenises and splits in one go: the sentences and tokens of a text.</summary>
    public static (List<TextSpan> Tokens, List<(int First, int Count)> Sentences) Run(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return (tokens, Split(text, tokens));
    }

    private static bool EndsAfter(ReadOnlySpan<char> text, IReadOnlyList<TextSpan> tokens, int i)
    {
        var tok = tokens[i];
        var next = tokens[i + 1];
        var gap = text[tok.End..next.Start];
        int newlines = gap.Count('\n');
        if (newlines >= 2) return true;

        var word = text[tok.Start..tok.End];
        char nextFirst = text[next.Start];

        if (IsTerminal(word))
        {
            // "said so." — the closing quote or bracket belongs to this sentence.
            if (IsClosing(text, next) && next.Start == tok.End) return false;
            return newlines > 0 || CanStartSentence(text, tokens, i + 1);
        }
        if (IsClosing(text, tok) && i > 0 && tok.Start == tokens[i - 1].End)
        {
            // '... he said." Then' : end after the quote that follows the period.
            int j = i - 1;
            while (j > 0 && IsClosing(text, tokens[j]) && tokens[j].Start == tokens[j - 1].End) j--;
            if (IsTerminal(text[tokens[j].Start..tokens[j].End]))
                return newlines > 0 || CanStartSentence(text, tokens, i + 1);
        }
        if (word.Length > 1 && word[^1] == '.' && !IsTerminal(word))
        {
            // An abbreviation: "Gen." never ends a sentence; "U.S." does before "The", "He", ...
            if (Abbreviations.IsTitle(word[..^1]) || word.Length == 2) return false;
            if (newlines > 0 && (char.IsUpper(nextFirst) || char.IsDigit(nextFirst))) return true;
            return IsTypicalOpener(text[next.Start..next.End]);
        }
        if (newlines == 1)
        {
            // A headline, caption or dateline on its own line, without final punctuation.
            if (!(char.IsUpper(nextFirst) || char.IsDigit(nextFirst) || IsOpening(nextFirst))) return false;
            if (word.Length == 1 && (word[0] is ',' or ';' or '(' or '-' or '&' or ':' or '/')) return false;
            if (IsConnector(word)) return false;
            return true;
        }
        return false;
    }

    private static bool IsTerminal(ReadOnlySpan<char> w)
    {
        if (w.Length == 0) return false;
        foreach (char c in w) if (c is not ('.' or '!' or '?' or '…')) return false;
        return true;
    }

    private static bool IsClosing(ReadOnlySpan<char> text, TextSpan t)
    {
        if (t.Length > 2) return false;
        char c = text[t.Start];
        return c is '"' or '\'' or '”' or '’' or ')' or ']' or '}' or '»' or '›' || c == '`' && t.Length == 2;
    }

    private static bool IsOpening(char c) => c is '"' or '\'' or '“' or '‘' or '(' or '[' or '«' or '`' or '-' or '—' or '•' or '*';

    private static bool CanStartSentence(ReadOnlySpan<char> text, IReadOnlyList<TextSpan> tokens, int k)
    {
        char c = text[tokens[k].Start];
        if (char.IsUpper(c) || char.IsDigit(c) || IsOpening(c) || c is '@' or '#' or '$' or '£' or '€') return true;
        // "... the answer? i think so" is rare in news; lower case continues the sentence ("e.g. this").
        return false;
    }

    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "But", "And",
        "In", "On", "At", "As", "If", "When", "While", "After", "Before", "Since", "His", "Her", "Their", "Its", "Our", "Some",
        "Many", "Most", "Mr.", "Mrs.", "Ms.", "Dr.", "However", "Meanwhile", "Officials", "According", "What", "Why", "How",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerLookup = Openers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsTypicalOpener(ReadOnlySpan<char> w) => OpenerLookup.Contains(w);

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "and", "or", "but", "of", "the", "a", "an", "to", "in", "on", "at", "for", "with", "by", "from", "that", "as", "is", "was",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectorLookup = Connectors.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsConnector(ReadOnlySpan<char> w) => ConnectorLookup.Contains(w);
}
