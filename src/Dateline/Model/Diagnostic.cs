namespace Dateline.Model;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// An expected problem recorded as data: a stable code ("ingest.empty", "extract.no-body"), the
/// stage that found it, a message for people, and the span it concerns when there is one.
/// </summary>
public sealed record Diagnostic(string Code, string Stage, DiagnosticSeverity Severity, string Message, TextSpan? Span = null);
