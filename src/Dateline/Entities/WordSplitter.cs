using Dateline.Model;

namespace Dateline.Entities;

/// <summary>
/// Splits a name or a short phrase into words (name repair, titles, name lists; the tagger itself reads the
/// language core's tokens, see <see cref="NameFinder"/>): words with offsets on
/// white space and punctuation, keeping abbreviations with inner dots ("U.S.", "Gen."), inner
/// apostrophes and hyphens ("O'Brien", "al-Sarraj"), and splitting a trailing possessive
/// ("Italy's" -> "Italy" "'s") and sentence punctuation. Sentence breaks: '.', '!' or '?' followed
/// by space and an upper-case letter, or a blank line.
/// </summary>
public static class WordSplitter
{
    public readonly record struct Word(TextSpan Span, string Text, int Sentence);

    public static IReadOnlyList<string> SplitWords(string text) => Split(text).Select(w => w.Text).ToList();

    public static List<Word> Split(string text)
    {
        var words = new List<Word>();
        var sentence = 0;
        var i = 0;
        var n = text.Length;
        while (i < n)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n' && i + 1 < n && HasBlankLineAhead(text, i) && words.Count > 0 && words[^1].Sentence == sentence)
                    sentence++;
                i++;
                continue;
            }
            var start = i;
            if (char.IsLetterOrDigit(c))
            {
                while (i < n)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d))
                    {
                        i++;
                        continue;
                    }
                    // Inner joiners: "al-Sarraj", "O'Brien", "3.5", "U.S" (the final '.' handled below).
                    if ((d is '-' or '\'' or '’' or '.' or ',' or '&') && i + 1 < n && char.IsLetterOrDigit(text[i + 1]) && !(d == ',' && !char.IsDigit(text[i - 1])))
                    {
                        if ((d is '\'' or '’') && (i + 2 >= n || !char.IsLetter(text[i + 2])) && char.ToLowerInvariant(text[i + 1]) == 's')
                            break;
                        i++;
                        continue;
                    }
                    break;
                }
                // Keep the dot of an abbreviation: "U.S.", "Gen.", "Mr." (short word, or has inner dots).
                if (i < n && text[i] == '.' && IsAbbreviation(text.AsSpan(start, i - start)))
                    i++;
            }
            else if ((c is '\'' or '’') && i + 1 < n && char.ToLowerInvariant(text[i + 1]) == 's' && (i + 2 >= n || !char.IsLetter(text[i + 2])))
                i += 2;
            else
                i++;
            words.Add(new Word(new TextSpan(start, i), text[start..i], sentence));
            if (c is '.' or '!' or '?' && i - start == 1)
            {
                var j = i;
                while (j < n && (text[j] is ' ' or '"' or '\'' or '”' or '’' or ')'))
                    j++;
                if (j >= n || char.IsUpper(text[j]) || text[j] == '\n')
                    sentence++;
            }
        }
        return words;
    }

    private static bool HasBlankLineAhead(string text, int i)
    {
        for (var j = i + 1; j < text.Length; j++)
        {
            if (text[j] == '\n')
                return true;
            if (!char.IsWhiteSpace(text[j]))
                return false;
        }
        return true;
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> word) =>
        word.Contains('.') || (word.Length <= 4 && char.IsUpper(word[0]) && word is not "I" && IsKnownAbbreviation(word));

    private static bool IsKnownAbbreviation(ReadOnlySpan<char> word) => word switch
    {
        "Mr" or "Mrs" or "Ms" or "Dr" or "Gen" or "Lt" or "Col" or "Capt" or "Sgt" or "Maj" or "Adm" or "Gov" or "Sen" or "Rep"
            or "St" or "Jr" or "Sr" or "Prof" or "Brig" or "Cdr" or "Cmdr" or "Amb" or "Pres" or "Min" or "Co" or "Inc" or "Ltd" or "No" => true,
        _ => false,
    };
}
