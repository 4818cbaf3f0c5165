using System.Collections.Immutable;

namespace Dateline.Knowledge;

/// <summary>A title, honorific or role ("Defence Minister", "Gen.", "Ms") from data/knowledge/titles.tsv.</summary>
public sealed record Title(string Canonical, string Kind, ImmutableArray<string> Variants)
{
    public bool IsHonorific => Kind is "honorific" or "academic";
}
