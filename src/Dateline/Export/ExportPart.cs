namespace Dateline.Export;

/// <summary>One file of an export: its suffix after the `--out` prefix ("" for a single-file format) and what it holds.</summary>
public sealed record ExportPart(string Suffix, string Description);
