namespace Dateline.Extraction.Rules;

/// <summary>What a line rule decided about one line or paragraph: which rule, why, and where it goes.</summary>
public sealed record LineVerdict(string Rule, string Reason, LineVerdictKind Kind);
