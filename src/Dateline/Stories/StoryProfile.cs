using System.Collections.Immutable;

namespace Dateline.Stories;

/// <summary>
/// What the story linker knows of one article: its weighted content lemmas (TF·IDF, unit length, top
/// <see cref="StoryProfileBuilder.MaxTerms"/>), its entities (unit length), the dates its text names (TIMEX3
/// values at day, week, month or year precision), its event keys ("CONSULT|haftar"), and its publication day.
/// Built by <see cref="StoryProfileBuilder"/>; pure data.
/// </summary>
public sealed record StoryProfile
{
    public required string DocumentId { get; init; }

    public DateOnly? Published { get; init; }

    public ImmutableArray<WeightedTerm> Terms { get; init; } = [];

    public ImmutableArray<WeightedTerm> Entities { get; init; } = [];

    public ImmutableArray<string> Dates { get; init; } = [];

    public ImmutableArray<string> EventKeys { get; init; } = [];
}
