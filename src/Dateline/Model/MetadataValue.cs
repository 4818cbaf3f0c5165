namespace Dateline.Model;

/// <summary>A metadata value with where it was found, e.g. ("AFP", "html:meta[name=author]").</summary>
public sealed record MetadataValue(string Value, string Origin);
