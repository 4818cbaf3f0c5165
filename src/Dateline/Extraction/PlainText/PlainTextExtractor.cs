using System.Collections.Immutable;
using Dateline.Model;

namespace Dateline.Extraction.PlainText;

/// <summary>
/// Plain-text page dumps: the first non-empty line is the headline, the rest are body paragraphs.
/// (Placeholder: keeps every paragraph; boilerplate rules come with the extraction work.)
/// </summary>
public sealed class PlainTextExtractor : IArticleExtractor
{
    public ExtractedArticle Extract(string sourceText)
    {
        var builder = new DerivedTextBuilder();
        var paragraphs = ImmutableArray.CreateBuilder<TextSpan>();
        MetadataValue? title = null;
        int pos = 0;
        while (pos < sourceText.Length)
        {
            int end = sourceText.IndexOf('\n', pos);
            if (end < 0) end = sourceText.Length;
            var line = sourceText.AsSpan(pos, end - pos).TrimEnd('\r');
            int lead = line.Length - line.TrimStart().Length;
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                if (title is null)
                {
                    title = new MetadataValue(trimmed.ToString(), "text:first-line");
                }
                else
                {
                    if (builder.Length > 0) builder.AppendSeparator("\n\n");
                    int start = builder.Length;
                    builder.Append(trimmed.ToString(), pos + lead, trimmed.Length);
                    paragraphs.Add(new TextSpan(start, builder.Length));
                }
            }
            pos = end + 1;
        }
        var (text, map) = builder.Build();
        return new ExtractedArticle(text, map, paragraphs.ToImmutable(), [], [], ArticleMetadata.Empty with { Title = title }, []);
    }
}
