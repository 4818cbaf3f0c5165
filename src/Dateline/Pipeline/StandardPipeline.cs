using Dateline.Entities;
using Dateline.Extraction;
using Dateline.Extraction.Html;
using Dateline.Extraction.PlainText;
using Dateline.Knowledge;
using Dateline.Language;
using Dateline.Time;

namespace Dateline.Pipeline;

/// <summary>The pipeline `dateline ingest` runs, stage by stage. New stages are added here, in order.</summary>
public static class StandardPipeline
{
    /// <summary>
    /// Extraction and time always; with <paramref name="models"/> (loaded once by the caller, see
    /// <see cref="ShippedModels.Load"/>) also the language core and named entities.
    /// </summary>
    public static DocumentPipeline Create(ShippedModels? models = null)
    {
        models ??= ShippedModels.None;
        List<IDocumentStage> stages =
        [
            new ExtractionStage(new PlainTextExtractor(), new HtmlArticleExtractor(), new PlainTextExtractor { HeadlineOnFirstLine = false }),
        ];
        if (models.Language is not null) stages.Add(new LanguageStage(models.Language));
        stages.Add(new TimeStage());
        if (models.Ner is not null) stages.Add(new NerStage(models.Ner, KnowledgeBase.BuiltIn));
        return new DocumentPipeline(stages);
    }
}
