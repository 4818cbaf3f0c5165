namespace Dateline.Linking;

/// <summary>One version of a detail of an event ("2019-05-16", "Rome") and the articles that give it.</summary>
public sealed class DetailVersion
{
    public string Value { get; set; } = "";

    /// <summary>Precision of a date ("day", "week"), country of a place.</summary>
    public string? Qualifier { get; set; }

    /// <summary>For a date taken from the publication date rather than from words in the text.</summary>
    public bool Assumed { get; set; }

    public List<long> Articles { get; set; } = [];
}
