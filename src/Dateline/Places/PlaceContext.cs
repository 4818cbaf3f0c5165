using System.Collections.Immutable;

namespace Dateline.Places;

/// <summary>
/// What an article says about where it is, as ISO 3166-1 alpha-2 codes: the country written right after the
/// name ("Tripoli, Libya"), the country of the article's dateline, and the countries the article mentions
/// (by name or demonym), each with how many times.
/// </summary>
public sealed record PlaceContext
{
    public static PlaceContext None { get; } = new();

    /// <summary>The country named with the place itself ("Tripoli, Libya"; "TRIPOLI, Libya (AP) —").</summary>
    public string? QualifierCountry { get; init; }

    /// <summary>The country of the article's dateline place, when it is known.</summary>
    public string? DatelineCountry { get; init; }

    public ImmutableDictionary<string, int> MentionedCountries { get; init; } = ImmutableDictionary<string, int>.Empty;
}
