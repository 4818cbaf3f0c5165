namespace Dateline.Stories;

/// <summary>
/// Weights of <see cref="StoryLinker"/>; defaults chosen on the ECB+ training topics (`dateline eval coref --tune`),
/// time decay chosen by hand for news (ECB+ has no publication dates). See src/Dateline/Stories/README.md.
/// </summary>
public sealed record StoryLinkerOptions
{
    public static StoryLinkerOptions Default { get; } = new();

    /// <summary>Cosine of the article's content lemmas with the story centroid.</summary>
    public double TermWeight { get; init; } = 0.6;

    /// <summary>Cosine of the article's entities with the story's.</summary>
    public double EntityWeight { get; init; } = 0.4;

    /// <summary>Dates named in the text agree (same day, week or month, else same year) or clash (no common year).</summary>
    public double DateWeight { get; init; } = 0.15;

    /// <summary>Share of the article's event keys ("CONSULT|haftar") the story has.</summary>
    public double EventWeight { get; init; } = 0.1;

    /// <summary>Subtracted × (1 − entity cosine) when both name entities: a story keeps its actors, so a
    /// similar story about other people (another celebrity's rehab, another host of the Oscars) stays apart.</summary>
    public double EntityClashPenalty { get; init; } = 0.1;

    /// <summary>Publication days this close to the story's range cost nothing.</summary>
    public int GraceDays { get; init; } = 3;

    /// <summary>Past the grace, the score decays as exp(−gap / ScaleDays): a month away keeps ~13%, so a year apart never joins.</summary>
    public double ScaleDays { get; init; } = 14;

    public double Threshold { get; init; } = 0.15;
}
