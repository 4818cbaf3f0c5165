namespace Dateline.Export;

/// <summary>A cross-document entity as an export names it: id, best name, type (PER, ORG, GPE, ...) and ISO3 country.</summary>
public sealed record ExportEntity(long Id, string Name, string? Type, string? Country);
