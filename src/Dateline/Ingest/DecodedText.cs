namespace Dateline.Ingest;

/// <summary>Text decoded from bytes, with the name of the encoding that was used and why.</summary>
public sealed record DecodedText(string Text, string Encoding);
