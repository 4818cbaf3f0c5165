using System.Text.Json.Serialization;

namespace Dateline.Entities;

/// <summary>Entity types. GPE (countries, capitals: places with a government) is told apart from other places via the knowledge base.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EntityType>))]
public enum EntityType
{
    PER,
    ORG,
    LOC,
    GPE,
    MISC,
}
