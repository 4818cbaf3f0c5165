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
                found.Add(new FoundName(new TextSpan(words[start + chunk.Start].Span.Start, words[start + chunk.End - 1].Span.End), type));
            }
        }
        return found;
    }
}
