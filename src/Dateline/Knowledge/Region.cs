using System.Collections.Immutable;

namespace Dateline.Knowledge;

/// <summary>
/// A first-level division or contested territory from data/knowledge/regions.tsv ("Crimea", "Bavaria", "Kerala"):
/// <see cref="Kind"/> is state, province, region, territory or disputed; <see cref="Country"/> the ISO3 code an event coder
/// gives it (the state that holds it de jure: Crimea UKR, Golan Heights SYR). Read by the tagger's decoding
/// (<c>Entities.RegionNames</c>) and the event coder, never by the tagger's trained name lists.
/// </summary>
public sealed record Region(string Name, ImmutableArray<string> Aliases, string Kind, string Country)
{
    public static readonly string[] Kinds = ["state", "province", "region", "territory", "disputed"];

    /// <summary>The name and its aliases: every form the text may write.</summary>
    public IEnumerable<string> Forms => Aliases.Insert(0, Name);
}
