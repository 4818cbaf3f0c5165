using System.Globalization;
using Dateline.Model;
using Dateline.Pipeline;

namespace Dateline.Time;

/// <summary>
/// Adds the "timexes" layer: time expressions over <see cref="Document.Text"/>, anchored on the
/// publication date the page or sidecar states, else on one inferred from the text (a date the
/// extractor read from a dated line or dateline counts as inferred too; a diagnostic says so, with
/// the confidence), else left relative (with a diagnostic). Never anchors on the ingest time.
/// </summary>
public sealed class TimeStage(TimeFinderOptions? options = null) : IDocumentStage
{
    public const string StageName = "time";

    private readonly TimeFinderOptions _options = options ?? TimeFinderOptions.Default;

    public string Name => StageName;

    public IReadOnlyList<string> Needs { get; } = ["text", "metadata"];

    public IReadOnlyList<string> Provides { get; } = ["timexes"];

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var anchor = PublicationDateInference.FromMetadata(document.Metadata.Published);
        if (anchor is null || anchor.Kind == TimeAnchorKind.InferredPublication)
        {
            anchor ??= PublicationDateInference.Infer(document.Text);
            document = anchor is null
                ? document.WithDiagnostic(new Diagnostic("time.no-anchor", StageName, DiagnosticSeverity.Info,
                    "No publication date and none could be inferred: relative time expressions are kept relative (e.g. XXXX-WXX-4)."))
                : document.WithDiagnostic(new Diagnostic("time.inferred-anchor", StageName, DiagnosticSeverity.Info,
                    string.Create(CultureInfo.InvariantCulture, $"No publication date stated by the page or sidecar: anchored on {anchor.Iso} inferred from the {anchor.Evidence}, confidence {anchor.Confidence:0.##}.")));
        }
        var found = TimeExpressionFinder.Find(document.Text, anchor, _options);
        return document with { TimeExpressions = [.. found] };
    }
}
