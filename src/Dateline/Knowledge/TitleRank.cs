using System.Collections.Frozen;

namespace Dateline.Knowledge;

/// <summary>
/// Rank words: before a title they make it another office than the bare title ("shadow home secretary" is not the home
/// secretary, "former foreign secretary" not the foreign secretary, "deputy leader" not the leader). A title whose own
/// words hold one ("Deputy Prime Minister", "Vice President" in titles.tsv) is an office of its own and needs none.
/// Read by <c>Entities.MentionLinker</c> (a later "the home secretary" is not the shadow) and by the pronoun resolver's
/// title phrases.
/// </summary>
public static class TitleRank
{
    /// <summary>The rank words, lower case.</summary>
    public static IReadOnlyList<string> All { get; } =
        ["deputy", "vice", "assistant", "shadow", "former", "junior", "acting", "under", "associate", "ex", "interim"];

    private static readonly FrozenSet<string> Words = All.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"shadow", "Former", "ex": a rank word (any case).</summary>
    public static bool IsRankWord(string word) => Words.Contains(word);

    /// <summary>
    /// The rank a word gives a title after it, as one lower-case word: "Shadow" -> "shadow"; "ex" and a word opening with
    /// "ex-" ("ex-Labour leader") -> "former", the same rank written another way. Null for any other word.
    /// </summary>
    public static string? Of(string word)
    {
        if (word.StartsWith("ex-", StringComparison.OrdinalIgnoreCase) && word.Length > 3)
            return "former";
        if (!IsRankWord(word))
            return null;
        var lower = word.ToLowerInvariant();
        return lower == "ex" ? "former" : lower;
    }

    /// <summary>Ranks as one key, order and repeats aside ("former shadow" and "shadow former" are one rank); "" for none.</summary>
    public static string Key(IEnumerable<string> ranks) =>
        string.Join(' ', ranks.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}
