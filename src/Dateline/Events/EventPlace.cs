namespace Dateline.Events;

/// <summary>Where the event happened: the place words and span, its country, coordinates when a gazetteer knows them, and why this place.</summary>
public sealed record EventPlace
{
    public string? Text { get; init; }

    public int? Start { get; init; }

    public int? End { get; init; }

    public string? Country { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public required string Reason { get; init; }
}
