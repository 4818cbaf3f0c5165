namespace Dateline.Export;

/// <summary>One row of the CAMEO→PLOVER table: a CAMEO event code and the PLOVER type, mode and contexts it converts to.</summary>
public sealed record CameoEntry(string Code, string Type, string? Mode, IReadOnlyList<string> Context, string? Description, int Line);
