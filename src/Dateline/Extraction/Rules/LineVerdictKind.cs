namespace Dateline.Extraction.Rules;

/// <summary>Where a line that a rule matched ends up.</summary>
public enum LineVerdictKind
{
    /// <summary>Left out of the body and recorded as a removal.</summary>
    Boilerplate,

    /// <summary>Left out of the body and kept as a caption (photo captions and credits).</summary>
    Caption,
}
