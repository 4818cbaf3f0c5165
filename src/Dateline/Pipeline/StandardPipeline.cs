using Dateline.Extraction;
using Dateline.Extraction.Html;
using Dateline.Extraction.PlainText;
using Dateline.Language;
using Dateline.Entities;
using Dateline.Events;
using Dateline.Time;

namespace Dateline.Pipeline;

/// <summary>The pipeline `dateline ingest` runs, stage by stage. New stages are added here, in order.</summary>
public static class StandardPipeline
{
    /// <summary>The standard stages; with <paramref name="language"/> (loaded once by the caller) also sentences, tokens, tags, parses and events.</summary>
    public static DocumentPipeline Create(LanguageModels? language = null)
    {
        List<IDocumentStage> stages = [new ExtractionStage(new PlainTextExtractor(), new HtmlArticleExtractor(), new PlainTextExtractor { HeadlineOnFirstLine = false })];
        if (language is not null) stages.Add(new LanguageStage(language));
        stages.Add(new TimeStage());
        stages.Add(NerStage.CreateDefault());
        // Event coding reads arguments from the parse: only with the language models.
        if (language is not null) stages.Add(new EventStage());
        return new DocumentPipeline(stages);
    }
}
