using Dateline.Model;
using Dateline.Pipeline;

namespace Dateline.Language;

/// <summary>
/// Sentences, tokens, part-of-speech tags, lemmas and dependency parses of <see cref="Document.Text"/>.
/// The models are handed in (loaded once by the caller) and only read.
/// </summary>
public sealed class LanguageStage : IDocumentStage
{
    private readonly LanguageAnalyzer _analyzer;

    public LanguageStage(LanguageModels models) => _analyzer = new LanguageAnalyzer(models);

    public string Name => "language";

    public IReadOnlyList<string> Needs { get; } = ["text"];

    public IReadOnlyList<string> Provides { get; } = ["sentences", "tokens", "pos", "lemmas", "deps"];

    public Document Process(Document document)
    {
        var (sentences, tokens) = _analyzer.Analyze(document.Text);
        return document with { Sentences = sentences, Tokens = tokens };
    }
}
