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

    /// <summary>Subtracted when the article's anchor year is not the story's (fewer than <see cref="AnchorMinShare"/> of the
    /// story's anchored articles are about that year): the same kind of event years apart is another story.</summary>
    public double AnchorClashPenalty { get; init; }

    /// <summary>Added when the article's anchor year is the story's.</summary>
    public double AnchorAgreeWeight { get; init; }

    /// <summary>Share of the story's anchored articles that must be about the article's year for it to agree (0: any).</summary>
    public double AnchorMinShare { get; init; }

    /// <summary>When the story has at least <see cref="CohesionMinJoins"/> joins: the article must also reach this share of the
    /// mean score its articles joined with (0: off).</summary>
    public double CohesionShare { get; init; }

    public int CohesionMinJoins { get; init; } = 2;
}
