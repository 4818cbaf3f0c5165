namespace Dateline.Entities;

/// <summary>
/// BIO tag handling shared by training, decoding and scoring. Chunking follows conlleval, so IOB1
/// ("I-PER I-PER B-PER": two names) and IOB2 ("B-PER I-PER") files both read correctly.
/// </summary>
public static class BioTags
{
    public const string Outside = "O";

    public static (char Prefix, string Type) Split(string tag)
    {
        if (tag.Length > 2 && (tag[0] is 'B' or 'I' or 'E' or 'S') && tag[1] is '-' or '_')
            return (tag[0], tag[2..]);
        return ('O', "");
    }

    /// <summary>Chunks of a tag sequence with conlleval's start/end rules.</summary>
    public static List<BioSpan> Spans(IReadOnlyList<string> tags)
    {
        var spans = new List<BioSpan>();
        var start = -1;
        var type = "";
        for (var i = 0; i < tags.Count; i++)
        {
            var (prefix, t) = Split(tags[i]);
            var starts = prefix is 'B' or 'S' || (prefix is 'I' or 'E' && (start < 0 || !string.Equals(t, type, StringComparison.Ordinal)));
            if (start >= 0 && (prefix == 'O' || starts))
            {
                spans.Add(new BioSpan(start, i, type));
                start = -1;
            }
            if (starts)
            {
                start = i;
                type = t;
            }
            if (prefix is 'E' or 'S' && start >= 0)
            {
                spans.Add(new BioSpan(start, i + 1, type));
                start = -1;
            }
        }
        if (start >= 0)
            spans.Add(new BioSpan(start, tags.Count, type));
        return spans;
    }

    /// <summary>IOB2 tags for chunks over <paramref name="length"/> words.</summary>
    public static string[] FromSpans(IEnumerable<BioSpan> spans, int length)
    {
        var tags = Enumerable.Repeat(Outside, length).ToArray();
        foreach (var span in spans)
            for (var i = span.Start; i < span.End; i++)
                tags[i] = (i == span.Start ? "B-" : "I-") + span.Type;
        return tags;
    }
}
