namespace Dateline.Linking;

/// <summary>What an entity link records: the article's name and spellings for the entity, and why it was linked.</summary>
public sealed record EntityLinkDetail
{
    public string Name { get; init; } = "";
    public List<string> Spellings { get; init; } = [];

    /// <summary>Every mention as written in the article, titles and descriptions included ("Marshal Haftar", "the general").</summary>
    public List<string> Written { get; init; } = [];
    public string Type { get; init; } = "";
    public string? Role { get; init; }
    public string? Country { get; init; }
    public int Mentions { get; init; }
    public double Score { get; init; }
    public string Reason { get; init; } = "";
    public string? Outlet { get; init; }
    public string? Published { get; init; }
    public long? CopyOf { get; init; }

    /// <summary>Set when the user merged the entity this link first pointed at into another: unmerging moves it back.</summary>
    public long? MergedFrom { get; init; }
}

/// <summary>What an event link records (GDELT's mentions table): outlet, date, sentence and offsets, the details this report gives, confidence, and why it joined the event.</summary>
public sealed record EventLinkDetail
{
    public string? Outlet { get; init; }
    public string? Published { get; init; }
    public string? Title { get; init; }
    public long? CopyOf { get; init; }
    public string? Quote { get; init; }
    public int? Start { get; init; }
    public int? End { get; init; }
    public string? Trigger { get; init; }
    public string? Date { get; init; }
    public string? DatePrecision { get; init; }
    public string? DateReason { get; init; }
    public string? Place { get; init; }
    public string? PlaceCountry { get; init; }
    public string Status { get; init; } = "";
    public string? Attribution { get; init; }
    public List<string> Sources { get; init; } = [];
    public List<string> Targets { get; init; } = [];
    public double Confidence { get; init; }
    public string Reason { get; init; } = "";
}

/// <summary>What a story link records: the article's title, outlet and date, and why it joined the story.</summary>
public sealed record StoryLinkDetail
{
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? Published { get; init; }
    public long? CopyOf { get; init; }
    public string Reason { get; init; } = "";

    /// <summary>The article's story profile as it was linked, kept while its story is small enough to be split
    /// (<see cref="Stories.StorySplitOptions.LargestCheck"/> articles): the split's two-means reads it.</summary>
    public Stories.StoryProfile? Profile { get; init; }
}
