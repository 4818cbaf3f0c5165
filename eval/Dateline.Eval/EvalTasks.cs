namespace Dateline.Eval;

/// <summary>The registry of evaluation tasks; `dateline eval` offers each as a subcommand.</summary>
public static class EvalTasks
{
    public static IReadOnlyList<IEvalTask> All { get; } =
    [
        Language.LanguageEvalTask.Pos,
        Language.LanguageEvalTask.Deps,
        new Extraction.ExtractionEval(),
        new Entities.NerEvalTask(),
        new Time.TimexEvalTask(),
        new Events.EventsEvalTask(),
        new Events.GenreEvalTask(),
        new Places.GeocodeEvalTask(),
        new Coreference.CorefEvalTask(),
        new Coreference.PronounEvalTask(),
    ];
}
