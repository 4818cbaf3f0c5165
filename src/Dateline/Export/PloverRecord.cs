namespace Dateline.Export;

/// <summary>
/// One cross-document event as a PLOVER record (`id`, `date`, `event`, `mode`, `context`, `source`/`target` lists of
/// actors, `eventLoc`), extended as PRODUCT.md says (`cameo`, `status`, `confidence`, `date` as {value, precision,
/// text}, `mentions` {document, start, end, quote} for every sentence that reports it) and with what the
/// cross-document graph adds: counts, outlets, every version of the date, place and status with its sources, the
/// disagreements and the story.
/// </summary>
public sealed record PloverRecord
{
    public required string Id { get; init; }

    public required PloverDate Date { get; init; }

    public required string Event { get; init; }

    public string? Mode { get; init; }

    public IReadOnlyList<string> Context { get; init; } = [];

    public IReadOnlyList<PloverActor> Source { get; init; } = [];

    public IReadOnlyList<PloverActor> Target { get; init; } = [];

    public PloverPlace? EventLoc { get; init; }

    public string? Cameo { get; init; }

    /// <summary>GDELT's QuadClass of the CAMEO root: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
    public int? QuadClass { get; init; }

    /// <summary>Set when the CAMEO table completed the code or disagrees with the event type.</summary>
    public string? CameoNote { get; init; }

    public string? Status { get; init; }

    public required PloverConfidence Confidence { get; init; }

    public int NumMentions { get; init; }

    public int NumArticles { get; init; }

    /// <summary>Distinct outlets of the original reports: syndicated copies are mentions, not sources.</summary>
    public int NumSources { get; init; }

    public int Copies { get; init; }

    public IReadOnlyList<string> Outlets { get; init; } = [];

    public IReadOnlyList<PloverVersion> Dates { get; init; } = [];

    public IReadOnlyList<PloverVersion> Places { get; init; } = [];

    public IReadOnlyList<PloverVersion> Statuses { get; init; } = [];

    /// <summary>Numbers the reports give ("at least 40"), each with what it counts ("kill people") and who says it.</summary>
    public IReadOnlyList<PloverVersion> Figures { get; init; } = [];

    public IReadOnlyList<string> Disagreements { get; init; } = [];

    public long? Story { get; init; }

    public IReadOnlyList<PloverMention> Mentions { get; init; } = [];
}
