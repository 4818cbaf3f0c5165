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
            var named = new HashSet<int>(chunks[s].SelectMany(c => Enumerable.Range(start + c.Start, c.End - c.Start)));
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
                var (first, last) = WholeHyphenatedWord(words, named, start + chunk.Start, start + chunk.End - 1);
                found.Add(new FoundName(new TextSpan(words[first].Span.Start, words[last].Span.End), type));
            }
        }
        return HyphenatedPairs(text, found);
    }

    /// <summary>
    /// Names on either side of a hyphen written without spaces: one name ("Mercedes" ORG + "Benz" PER is "Mercedes-Benz"),
    /// unless the article names each part on its own ("the Blair-Brown feud" beside "Tony Blair" and "Gordon Brown": two
    /// people, however the tagger cut it).
    /// </summary>
    private static List<FoundName> HyphenatedPairs(string text, List<FoundName> found)
    {
        var alone = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in found)
        {
            var name = f.Span.Of(text);
            bool touchesHyphen = (f.Span.Start > 0 && text[f.Span.Start - 1] == '-') || (f.Span.End < text.Length && text[f.Span.End] == '-');
            if (name.Contains('-', StringComparison.Ordinal) || touchesHyphen) continue;
            alone.Add(name);
            if (name.LastIndexOf(' ') is var sp and > 0) alone.Add(name[(sp + 1)..]);
        }
        var result = new List<FoundName>(found.Count);
        foreach (var f in found)
        {
            // Split a name whose hyphenated parts the article names on their own.
            var name = f.Span.Of(text);
            var hyphen = name.IndexOf('-', StringComparison.Ordinal);
            if (hyphen > 0 && hyphen < name.Length - 1 && name.IndexOf(' ', StringComparison.Ordinal) < 0
                && alone.Contains(name[..hyphen]) && alone.Contains(name[(hyphen + 1)..]))
            {
                result.Add(new FoundName(new TextSpan(f.Span.Start, f.Span.Start + hyphen), f.Type));
                result.Add(new FoundName(new TextSpan(f.Span.Start + hyphen + 1, f.Span.End), f.Type));
                continue;
            }
            // Join a name to the one before it across a bare hyphen.
            if (result.Count > 0 && result[^1].Span.End + 1 == f.Span.Start && text[result[^1].Span.End] == '-'
                && !(alone.Contains(result[^1].Span.Of(text)) && alone.Contains(name)))
            {
                result[^1] = result[^1] with { Span = new TextSpan(result[^1].Span.Start, f.Span.End) };
                continue;
            }
            result.Add(f);
        }
        return result;
    }

    /// <summary>
    /// "Wal-Mart", "Mercedes-Benz", "Bosnia-Herzegovina": the tokeniser splits a hyphenated word as UD does, the tagger may
    /// name one part; a name reaches over a hyphen written without spaces to a capitalised part on the other side that
    /// the tagger left unnamed. "pro-Haftar" and "Iran-backed" keep the name alone; "Blair-Brown" stays two people.
    /// </summary>
    private static (int First, int Last) WholeHyphenatedWord(List<(TextSpan Span, string Text)> words, HashSet<int> named, int first, int last)
    {
        bool Joins(int left, int right) =>
            right - left == 2 && right < words.Count && left >= 0 && words[left + 1].Text == "-"
            && words[left].Span.End == words[left + 1].Span.Start && words[left + 1].Span.End == words[right].Span.Start
            && Capitalised(words[left].Text) && Capitalised(words[right].Text);
        while (Joins(first - 2, first) && !named.Contains(first - 2)) first -= 2;
        while (Joins(last, last + 2) && !named.Contains(last + 2)) last += 2;
        return (first, last);
    }

    private static bool Capitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);
}
