namespace Dateline.Extraction;

/// <summary>Sizes shared by the extractors.</summary>
public static class ExtractionLimits
{
    /// <summary>A removal keeps at most this much of the text it removed (the span still covers all of it).</summary>
    public const int RemovalTextChars = 300;
}
