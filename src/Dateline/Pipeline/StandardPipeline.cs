using Dateline.Entities;
using Dateline.Events;
using Dateline.Extraction;
using Dateline.Extraction.Html;
using Dateline.Extraction.PlainText;
using Dateline.Knowledge;
using Dateline.Language;
using Dateline.Storage;
using Dateline.Time;

namespace Dateline.Pipeline;

/// <summary>The pipeline `dateline ingest` runs, stage by stage. New stages are added here, in order.</summary>
public static class StandardPipeline
{
    /// <summary>
    /// Extraction and time always; with <paramref name="models"/> (loaded once by the caller, see
    /// <see cref="ShippedModels.Load"/>) also the language core, named entities and events.
    /// </summary>
    /// <param name="actors">Actors the user imported into the store (`dateline knowledge import`): the event coder names
    /// them with their role on the article's date.</param>
    /// <param name="everyEvent">Also the events of sports and arts reports that no office holder takes part in (<see cref="EventCoder.ReadsSoftNews"/>
    /// off), and the mentions our lexicon's words make that are no PLOVER event (<see cref="EventCoder.DropsNonEvents"/> off: "I agree",
    /// "blamed high fuel prices"): only for ECB+, whose coreference topics include sport and show business and which annotates every
    /// event mention; the product's rows leave them out.</param>
    public static DocumentPipeline Create(ShippedModels? models = null, ActorDictionary? actors = null, bool everyEvent = false)
    {
        models ??= ShippedModels.None;
        List<IDocumentStage> stages =
        [
            new ExtractionStage(new PlainTextExtractor(), new HtmlArticleExtractor(), new PlainTextExtractor { HeadlineOnFirstLine = false }),
        ];
        var language = models.Language is null ? null : new LanguageStage(models.Language);
        var time = new TimeStage();
        var ner = models.Ner is null ? null : new NerStage(models.Ner, KnowledgeBase.BuiltIn);
        if (language is not null) stages.Add(language);
        stages.Add(time);
        if (ner is not null) stages.Add(ner);
        // Event coding reads arguments from the parse and actors from the entities: only with both models. The same
        // stages read the headline and captions for their events.
        if (language is not null && ner is not null) stages.Add(new EventStage(new EventCoder(actors: actors) { ReadsSoftNews = !everyEvent, DropsNonEvents = !everyEvent }, [language, time, ner]));
        return new DocumentPipeline(stages);
    }

    /// <summary>
    /// The pipeline for ingesting into <paramref name="store"/>: with the actors imported into it (`dateline knowledge
    /// import`), if any; <paramref name="imported"/> says how many.
    /// </summary>
    public static DocumentPipeline ForStore(IArticleStore store, ShippedModels models, out int imported)
    {
        var known = store.Graph(session => new StoredKnowledge(session).AllActors());
        imported = known.Count;
        return Create(models, known.Count > 0 ? new ActorDictionary(known) : null);
    }
}
