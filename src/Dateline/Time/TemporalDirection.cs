namespace Dateline.Time;

/// <summary>Which way a bare "Sunday" or "July" points from the anchor, as the sentence's tense says.</summary>
public enum TemporalDirection
{
    Unknown,
    Past,
    Future,
}
