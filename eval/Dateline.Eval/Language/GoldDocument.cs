using Dateline.Language;
using Dateline.Model;

namespace Dateline.Eval.Language;

/// <summary>
/// The raw text of a CoNLL-U file rebuilt from its surface tokens and SpaceAfter=No (paragraphs and
/// documents separated by a blank line), with every gold word's character span in it, for scoring our
/// own tokenisation as the CoNLL 2018 scorer does (alignment by character spans).
/// </summary>
internal sealed class GoldDocument
{
    public required string Text { get; init; }
    public required List<(TextSpan Span, ConlluWord Word, int SentenceWordOffset)> Words { get; init; }
    public required List<TextSpan> Sentences { get; init; }

    public static GoldDocument Build(IReadOnlyList<ConlluSentence> sentences)
    {
        var text = new System.Text.StringBuilder();
        var words = new List<(TextSpan, ConlluWord, int)>();
        var sentenceSpans = new List<TextSpan>();
        bool pendingSpace = false;
        foreach (var sentence in sentences)
        {
            if (text.Length > 0 && sentence.NewParagraph) { text.Append("\n\n"); pendingSpace = false; }
            else if (pendingSpace) text.Append(' ');
            int sentenceStart = text.Length;
            int offset = words.Count;
            foreach (var token in sentence.SurfaceTokens)
            {
                int start = text.Length;
                text.Append(token.Form);
                int end = text.Length;
                int count = token.LastWord - token.FirstWord + 1;
                // Words of a multiword token ("don't" = do + n't) get their own spans when they spell the token.
                int pos = start;
                for (int id = token.FirstWord; id <= token.LastWord; id++)
                {
                    var word = sentence.Words[id - 1];
                    bool spells = count > 1 && pos + word.Form.Length <= end
                        && string.Compare(text.ToString(pos, word.Form.Length), word.Form, StringComparison.OrdinalIgnoreCase) == 0;
                    var span = count == 1 ? new TextSpan(start, end) : spells ? new TextSpan(pos, pos + word.Form.Length) : new TextSpan(start, end);
                    if (spells) pos += word.Form.Length;
                    words.Add((span, word, offset));
                }
                if (token.SpaceAfter) text.Append(' ');
            }
            // Trailing space belongs to the gap, not the sentence.
            while (text.Length > sentenceStart && text[^1] == ' ') text.Length--;
            sentenceSpans.Add(new TextSpan(sentenceStart, text.Length));
            pendingSpace = true;
        }
        return new GoldDocument { Text = text.ToString(), Words = words, Sentences = sentenceSpans };
    }
}
