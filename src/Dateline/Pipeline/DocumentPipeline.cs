using System.Collections.Immutable;
using Dateline.Model;

namespace Dateline.Pipeline;

/// <summary>
/// An ordered list of stages, checked once at construction: each stage's needs must be provided by
/// an earlier stage (or by the reader: "text", "metadata").
/// </summary>
public sealed class DocumentPipeline
{
    public static readonly IReadOnlyList<string> ProvidedByReader = ["source", "metadata"];

    public DocumentPipeline(IEnumerable<IDocumentStage> stages)
    {
        Stages = [.. stages];
        var available = new HashSet<string>(ProvidedByReader, StringComparer.Ordinal);
        foreach (var stage in Stages)
        {
            var missing = stage.Needs.Where(n => !available.Contains(n)).ToList();
            if (missing.Count > 0)
                throw new ArgumentException($"Stage '{stage.Name}' needs {string.Join(", ", missing)}, which no earlier stage provides.");
            available.UnionWith(stage.Provides);
        }
    }

    public ImmutableArray<IDocumentStage> Stages { get; }

    public Document Run(Document document)
    {
        foreach (var stage in Stages)
            document = stage.Process(document);
        return document;
    }
}
