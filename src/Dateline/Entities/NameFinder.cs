using Dateline.Model;
using Dateline.Text;

namespace Dateline.Entities;

/// <summary>
/// The pure "find" step: the language core's tokens and sentences of a text (<see cref="SentenceSplitter"/>, the
/// tokenisation UD and the tagger's training data use: "C." stays one token, "Italy's" splits), tagged sentence by
/// sentence as one document (the tagger remembers its decisions for earlier mentions of a word), as typed character spans.
/// </summary>
public static class NameFinder
{
    public static List<FoundName> Find(string text, NerModel model)
    {
        var (tokens, spans) = SentenceSplitter.Run(text);
        var words = tokens.Select(t => (Span: t, Text: text[t.Start..t.End])).ToList();
        var starts = new List<int>();
        var sentences = new List<IReadOnlyList<string>>();
        foreach (var (first, count) in spans)
        {
            starts.Add(first);
            sentences.Add([.. words.GetRange(first, count).Select(w => w.Text)]);
        }
        var found = new List<FoundName>();
        var chunks = model.FindNamesInDocument(sentences);
        for (var s = 0; s < chunks.Count; s++)
        {
            var start = starts[s];
            foreach (var chunk in chunks[s])
            {
                var type = chunk.Type switch
                {
                    "PER" => EntityType.PER,
                    "ORG" => EntityType.ORG,
                    "LOC" => EntityType.LOC,
                    "GPE" => EntityType.GPE,
                    _ => EntityType.MISC,
                };
                var (first, last) = WholeHyphenatedWord(text, words, start + chunk.Start, start + chunk.End - 1);
                var span = new TextSpan(words[first].Span.Start, words[last].Span.End);
                // "Wal" and "Mart" tagged apart become one name: keep the first.
                if (found.Count > 0 && found[^1].Span.End >= span.Start)
                {
                    if (found[^1].Span.End < span.End) found[^1] = found[^1] with { Span = new TextSpan(found[^1].Span.Start, span.End) };
                    continue;
                }
                found.Add(new FoundName(span, type));
            }
        }
        return found;
    }

    /// <summary>
    /// "Wal-Mart", "Mercedes-Benz", "Bosnia-Herzegovina": the tokeniser splits a hyphenated word as UD does, the tagger may
    /// name one part; a name reaches over a hyphen written without spaces to a capitalised part on the other side.
    /// "pro-Haftar" and "Iran-backed" keep the name alone.
    /// </summary>
    private static (int First, int Last) WholeHyphenatedWord(string text, List<(TextSpan Span, string Text)> words, int first, int last)
    {
        bool Joins(int left, int right) =>
            right - left == 2 && right < words.Count && left >= 0 && words[left + 1].Text == "-"
            && words[left].Span.End == words[left + 1].Span.Start && words[left + 1].Span.End == words[right].Span.Start
            && Capitalised(words[left].Text) && Capitalised(words[right].Text);
        while (Joins(first - 2, first)) first -= 2;
        while (Joins(last, last + 2)) last += 2;
        return (first, last);
    }

    private static bool Capitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);
}
