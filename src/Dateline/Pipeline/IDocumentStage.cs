using Dateline.Model;

namespace Dateline.Pipeline;

/// <summary>
/// A pipeline component: reads what it <see cref="Needs"/> from a document and returns a new
/// document with what it <see cref="Provides"/>. Synchronous and free of I/O; expected problems
/// become <see cref="Diagnostic"/>s on the document, exceptions are bugs.
/// </summary>
public interface IDocumentStage
{
    string Name { get; }

    IReadOnlyList<string> Needs { get; }

    IReadOnlyList<string> Provides { get; }

    Document Process(Document document);
}
