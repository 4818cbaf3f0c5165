namespace Dateline.Model;

/// <summary>A photo caption or credit, kept apart from the body, with its span in the source.</summary>
public sealed record Caption(string Text, TextSpan Source, string Rule);
