using Dateline.Model;

namespace Dateline.Entities;

/// <summary>
/// The pure "find" step: words of a text (from the stand-in <see cref="WordSplitter"/> until the
/// language core's tokens land), tagged sentence by sentence, as typed character spans.
/// </summary>
public static class NameFinder
{
    public static List<FoundName> Find(string text, NerModel model)
    {
        var words = WordSplitter.Split(text);
        var found = new List<FoundName>();
        var start = 0;
        var sentenceWords = new List<string>();
        while (start < words.Count)
        {
            var end = start;
            sentenceWords.Clear();
            while (end < words.Count && words[end].Sentence == words[start].Sentence)
                sentenceWords.Add(words[end++].Text);
            foreach (var chunk in model.FindNames(sentenceWords))
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
            start = end;
        }
        return found;
    }
}
