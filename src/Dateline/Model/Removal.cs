namespace Dateline.Model;

/// <summary>
/// A piece of the source left out of the article body, with the rule that removed it and why,
/// e.g. ("cross-link", "a 'READ ALSO' line pointing to another article").
/// </summary>
public sealed record Removal(TextSpan Source, string Rule, string Reason, string Text);
