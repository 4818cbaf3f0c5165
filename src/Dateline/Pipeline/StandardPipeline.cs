using Dateline.Extraction;
using Dateline.Extraction.PlainText;
using Dateline.Entities;
using Dateline.Time;

namespace Dateline.Pipeline;

/// <summary>The pipeline `dateline ingest` runs, stage by stage. New stages are added here, in order.</summary>
public static class StandardPipeline
{
    public static DocumentPipeline Create() => new(
    [
        new ExtractionStage(new PlainTextExtractor(), new PlainTextExtractor(), new PlainTextExtractor()),
        new TimeStage(),
        NerStage.CreateDefault(),
    ]);
}
