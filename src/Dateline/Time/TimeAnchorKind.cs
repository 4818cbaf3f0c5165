using System.Text.Json.Serialization;

namespace Dateline.Time;

/// <summary>What a relative expression was resolved against.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TimeAnchorKind>))]
public enum TimeAnchorKind
{
    /// <summary>Nothing: the value is absolute ("16 May 2019") or stays relative ("XXXX-WXX-4").</summary>
    None,

    /// <summary>The publication date from the article's metadata.</summary>
    Publication,

    /// <summary>A publication date inferred from the text (dated line, copyright year), with a confidence.</summary>
    InferredPublication,

    /// <summary>A date the text established earlier ("On 3 May ... two days later").</summary>
    Text,
}
