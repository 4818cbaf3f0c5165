namespace Dateline.Export;

/// <summary>The event's confidence (0..1) and how it was taken from its reports' confidences.</summary>
public sealed record PloverConfidence(double Value, string Explanation);
