using Dateline.Places;

namespace Dateline.Events;

/// <summary>What one article says about where it is: its country context for the gazetteer and its dateline place (null when it has none).</summary>
internal sealed record DocumentPlaces(PlaceContext Context, EventPlace? Dateline)
{
    public static DocumentPlaces None { get; } = new(PlaceContext.None, null);
}
