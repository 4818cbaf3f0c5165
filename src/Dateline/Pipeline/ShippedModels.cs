using Dateline.Entities;
using Dateline.Language;

namespace Dateline.Pipeline;

/// <summary>
/// The statistical models that ship in data/models (language core, NER), loaded once by the caller
/// and shared read-only by every pipeline made from them. A missing or unreadable model is not an
/// error: its stage is left out and <see cref="Problems"/> says why, once, for the caller to print.
/// </summary>
public sealed class ShippedModels
{
    private ShippedModels(LanguageModels? language, NerModel? ner, IReadOnlyList<string> problems) =>
        (Language, Ner, Problems) = (language, ner, problems);

    /// <summary>No models: a pipeline with the model-free stages only (extraction, time).</summary>
    public static ShippedModels None { get; } = new(null, null, []);

    public LanguageModels? Language { get; }

    public NerModel? Ner { get; }

    public IReadOnlyList<string> Problems { get; }

    public static ShippedModels Load()
    {
        var problems = new List<string>();
        LanguageModels? language = null;
        NerModel? ner = null;
        var languageDir = LanguageModels.FindDirectory();
        if (languageDir is null) problems.Add("no data/models/en-pos.bin: sentences, tokens and parses are left out (rebuild with `dateline train pos` and `train deps`)");
        else language = Try(() => LanguageModels.Load(languageDir), languageDir, problems);
        var nerPath = NerModelLocator.Find();
        if (nerPath is null) problems.Add("no data/models/ner-en.bin: named entities are left out (rebuild with `dateline train ner`)");
        else ner = Try(() => NerModel.Load(nerPath), nerPath, problems);
        return new ShippedModels(language, ner, problems);
    }

    private static T? Try<T>(Func<T> load, string path, List<string> problems) where T : class
    {
        try
        {
            return load();
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
        {
            problems.Add($"cannot read {path}: {e.Message}");
            return null;
        }
    }
}
