using Dateline.Model;

namespace Dateline.Pipeline;

/// <summary>
/// The shipped tagger and event coder read English only: an article whose stated language is another ("fr", "de-DE")
/// gets no names and no events, and a diagnostic says why, rather than "Le" as a person.
/// </summary>
public static class EnglishModels
{
    /// <summary>The article's stated language when it is known and not English; null otherwise (unknown counts as English).</summary>
    public static string? OtherLanguage(Document document)
    {
        var language = document.Metadata.Language?.Value.Trim();
        if (string.IsNullOrEmpty(language)) return null;
        var primary = language.Split('-', '_')[0].ToLowerInvariant();
        return primary is "en" or "eng" or "english" ? null : language;
    }

    /// <summary>The diagnostic a stage records when it skips an article in another language.</summary>
    public static Diagnostic Skipped(string stage, string language, string what) =>
        new($"{stage}.other-language", stage, DiagnosticSeverity.Info, $"{what} not read: the article's language is '{language}' and the shipped models read English only");
}
