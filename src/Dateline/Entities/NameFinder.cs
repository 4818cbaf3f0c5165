using Dateline.Model;

namespace Dateline.Entities;

/// <summary>
/// The pure "find" step: words of a text (from the stand-in <see cref="WordSplitter"/> until the
/// language core's tokens land), tagged sentence by sentence as one document (the tagger remembers
/// its decisions for earlier mentions of a word), as typed character spans.
/// </summary>
public static class NameFinder
{
    public static List<FoundName> Find(string text, NerModel model)
    {
        var words = WordSplitter.Split(text);
        var starts = new List<int>();
        var sentences = new List<IReadOnlyList<string>>();
        for (var start = 0; start < words.Count;)
        {
            var end = start;
            var sentenceWords = new List<string>();
            while (end < words.Count && words[end].Sentence == words[start].Sentence)
                sentenceWords.Add(words[end++].Text);
            starts.Add(start);
            sentences.Add(sentenceWords);
            start = end;
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
