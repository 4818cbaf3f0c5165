namespace Dateline.Export;

/// <summary>
/// What the stored document says about one event mention beyond the graph's link: the sentence number (1 = the
/// first sentence of the body), offsets over the body of the first source actor, first target actor and trigger,
/// whether it is in the lead paragraph, whether it needed pronoun resolution, the PLOVER contexts, the date's words
/// and the place's coordinates when a gazetteer gave them.
/// </summary>
public sealed record ExportMentionDetail
{
    public int? Sentence { get; init; }

    public int? SourceStart { get; init; }

    public int? TargetStart { get; init; }

    public int? TriggerStart { get; init; }

    public bool LeadParagraph { get; init; }

    /// <summary>False when an actor was read through a pronoun or lies outside the sentence (GDELT's InRawText = 0).</summary>
    public bool InRawText { get; init; } = true;

    public IReadOnlyList<string> Context { get; init; } = [];

    public string? DateText { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }
}
