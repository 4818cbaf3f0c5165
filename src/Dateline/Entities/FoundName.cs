using Dateline.Model;

namespace Dateline.Entities;

/// <summary>A name the tagger found: a span over the text it read and a type. Linking turns these into <see cref="EntityMention"/>s.</summary>
public readonly record struct FoundName(TextSpan Span, EntityType Type);
