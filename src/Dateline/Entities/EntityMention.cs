using System.Text.Json.Serialization;
using Dateline.Model;

namespace Dateline.Entities;

/// <summary>
/// One mention of a named entity. <see cref="Span"/> is over Document.Text for body mentions
/// (<see cref="Part"/> "body"), over the headline for "title" and over Captions[PartIndex].Text for
/// "caption". <see cref="Chain"/> links mentions of the same entity within the article
/// ("Khalifa Haftar" ... "Haftar" ... "Marshal Haftar" ... "the general").
/// </summary>
public sealed record EntityMention
{
    public required TextSpan Span { get; init; }

    public required string Text { get; init; }

    /// <summary>Written as "PER", "ORG", "LOC", "GPE", "MISC" whatever the store's enum naming policy.</summary>
    [JsonConverter(typeof(JsonStringEnumConverter<EntityType>))]
    public required EntityType Type { get; init; }

    /// <summary>In-article chain id (index into Document.EntityChains).</summary>
    public int Chain { get; init; }

    /// <summary>The name without titles, articles or possessive ("Roberta Pinotti" for "Ms Pinotti" once linked; "United States" for "U.S.").</summary>
    public string Name { get; init; } = "";

    /// <summary>"name", "acronym" (LNA after "Libyan National Army (LNA)") or "nominal" ("the general").</summary>
    public string Kind { get; init; } = "name";

    /// <summary>The title as written next to the name: "Ms", "Marshal", "Defence Minister".</summary>
    public string? Title { get; init; }

    /// <summary>The canonical role for a political, military or diplomatic title ("Defence Minister", "Field Marshal").</summary>
    public string? Role { get; init; }

    /// <summary>ISO 3166 alpha-3: the country of the role ("Italian Defence Minister") or the country a GPE/demonym denotes.</summary>
    public string? Country { get; init; }

    /// <summary>Built-in knowledge id when the name is known: "country:ITA", "org:UNSMIL".</summary>
    public string? KnowledgeId { get; init; }

    public string Part { get; init; } = "body";

    public int PartIndex { get; init; }
}
