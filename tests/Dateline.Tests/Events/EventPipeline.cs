using Dateline.Events;
using Dateline.Ingest;
using Dateline.Language;
using Dateline.Model;
using Dateline.Pipeline;

namespace Dateline.Tests.Events;

/// <summary>The standard pipeline with the shipped language models (part of the repository), loaded once for the event tests.</summary>
internal static class EventPipeline
{
    private static readonly Lazy<DocumentPipeline> Pipeline = new(() =>
        StandardPipeline.Create(ShippedModels.Load()));

    /// <summary>A one-line text gets a headline first: the plain-text reader takes a first short line as the title.</summary>
    public static Document Run(string text, string published = "2019-05-16")
    {
        if (!text.Contains('\n', StringComparison.Ordinal)) text = "Briefing\n\n" + text;
        return RunArticle(text, published);
    }

    public static Document RunArticle(string text, string published = "2019-05-16") => Pipeline.Value.Run(new Document
    {
        Source = new SourceInfo("story.txt", SourceFormat.PlainText, "utf-8", ContentHash.Of(text), text.Length),
        SourceText = text,
        Metadata = new ArticleMetadata { Published = new MetadataValue(published, "sidecar:published") },
    });

    public static Document Process(Document read) => Pipeline.Value.Run(read);

    public static IReadOnlyList<EventMention> Events(string text, string published = "2019-05-16") => Run(text, published).EventMentions;
}
