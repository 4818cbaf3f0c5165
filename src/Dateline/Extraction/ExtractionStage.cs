using Dateline.Model;
using Dateline.Pipeline;

namespace Dateline.Extraction;

/// <summary>
/// Finds the clean body, captions and removals with the extractor for the document's format, and
/// completes the metadata: what the reader found (sidecar, news-please record) wins over what the page
/// says, which wins over what is inferred (outlet from the URL's host, language from common words).
/// </summary>
public sealed class ExtractionStage(IArticleExtractor plainText, IArticleExtractor html, IArticleExtractor newsPleaseText) : IDocumentStage
{
    public string Name => "extraction";

    public IReadOnlyList<string> Needs => ["source"];

    public IReadOnlyList<string> Provides => ["text", "metadata", "captions", "removals"];

    public Document Process(Document document)
    {
        var extractor = document.Source.Format switch
        {
            SourceFormat.Html => html,
            SourceFormat.NewsPleaseJson => newsPleaseText,
            _ => plainText,
        };
        var found = extractor.Extract(document.SourceText);
        var metadata = document.Metadata.OrElse(found.Metadata);
        metadata = metadata.OrElse(Inferred(metadata, found.Text));
        var result = document with
        {
            Text = found.Text,
            TextMap = found.Map,
            Paragraphs = found.Paragraphs,
            Captions = found.Captions,
            Removals = found.Removals,
            Metadata = metadata,
            Diagnostics = document.Diagnostics.AddRange(found.Diagnostics),
        };
        if (found.Text.Length == 0 && !found.Diagnostics.Any(d => d.Code == "extract.no-body"))
            result = result.WithDiagnostic(new Diagnostic("extract.no-body", Name, DiagnosticSeverity.Warning, "no article body was found"));
        return result;
    }

    private static ArticleMetadata Inferred(ArticleMetadata known, string body)
    {
        MetadataValue? outlet = null;
        if (known.Outlet is null && known.Url is not null && Uri.TryCreate(known.Url.Value, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
        {
            var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
            outlet = new MetadataValue(host, "inferred:url-host");
        }
        MetadataValue? language = null;
        if (known.Language is null && LanguageGuess.FromCommonWords(body) is string code)
            language = new MetadataValue(code, "inferred:common-words");
        return new ArticleMetadata { Outlet = outlet, Language = language };
    }
}
