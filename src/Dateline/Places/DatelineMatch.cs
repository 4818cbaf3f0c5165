namespace Dateline.Places;

/// <summary>
/// The place line at the head of a wire story: "TRIPOLI, Libya (AP) —" gives <see cref="Name"/> "Tripoli"
/// (title case of the capitals), the span of "TRIPOLI" over the text, and <see cref="Qualifier"/> "Libya"
/// (whatever follows the comma before the agency or the dash: a country, a state, or a date such as "May 16").
/// </summary>
public sealed record DatelineMatch(string Name, int Start, int End, string? Qualifier);
