namespace Dateline.Coreference;

/// <summary>
/// The weights and threshold of <see cref="EventLinker"/>. The defaults were chosen on the ECB+ training topics
/// (`dateline eval coref --tune`, never on dev or test); see src/Dateline/Coreference/README.md.
/// </summary>
public sealed record EventLinkerOptions
{
    public static EventLinkerOptions Default { get; } = new();

    /// <summary>Trigger similarity (<see cref="TriggerRelations.Similarity"/>): same lemma 1, related form ("quake"/"earthquake") 0.8, learned pairs ("die"/"death") by their rate.</summary>
    public double TriggerWeight { get; init; } = 1.0;

    /// <summary>Cosine of the sentence content words with the event's context words.</summary>
    public double ContextWeight { get; init; } = 0.5;

    /// <summary>Share of the mention's participants the event already has.</summary>
    public double ParticipantWeight { get; init; } = 0.25;

    /// <summary>Share of the article's main actors the event's articles name; when none is shared, this much is subtracted.</summary>
    public double ArticleActorWeight { get; init; } = 0.2;

    /// <summary>Dates at their precisions compatible (+), or known to be different days or periods (−).</summary>
    public double TimeWeight { get; init; } = 0.25;

    /// <summary>Same place (+), places in different countries (−).</summary>
    public double PlaceWeight { get; init; } = 0.3;

    /// <summary>The mention's article is in a story this event already has mentions from (only matters without <see cref="RequireSameStory"/>).</summary>
    public double StoryWeight { get; init; } = 0;

    /// <summary>Same PLOVER type when both are known.</summary>
    public double ClassWeight { get; init; } = 0.3;

    /// <summary>The lowest score that joins an event; below it the mention starts a new one.</summary>
    public double Threshold { get; init; } = 1.0;

    /// <summary>Only join events with mentions from the same story (when the mention has a story).</summary>
    public bool RequireSameStory { get; init; } = true;

    /// <summary>Two days at most this far apart do not veto when the place and two participants agree: the reports
    /// disagree on the date of one happening, and both versions are kept. 0 turns it off.</summary>
    public int DisagreementDays { get; init; } = 3;

    /// <summary>Never join an event placed only in other countries ("met Conte in Rome" is not "talks in Paris") when either
    /// side's place is stated as the event's own (<see cref="EventProfile.PlaceStated"/>); two places that sentences merely
    /// name only cost <see cref="PlaceWeight"/>. The product needs the veto; on ECB+, where the coder reads few gold
    /// triggers, vetoing on any sentence's first place cost about 0.7 CoNLL F1 on dev with the session-4 NER model.</summary>
    public bool VetoOtherCountry { get; init; } = true;

    /// <summary>Never join when the dates are known to be disjoint, or the PLOVER types differ.</summary>
    public bool VetoIncompatible { get; init; } = true;
}
