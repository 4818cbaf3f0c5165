namespace Dateline.Text;

/// <summary>
/// Small named vocabularies for the tokeniser and sentence splitter: words whose period belongs to
/// them ("Gen. Haftar", "Jan. 5"), titles that never end a sentence, and hyphen prefixes that UD keeps
/// inside the word ("e-mail", "co-workers", "post-war").
/// </summary>
public static class Abbreviations
{
    // Capitalised words whose period is part of them. Words that are also ordinary English words at
    // the end of a sentence ("ill.", "Sun.", "Miss.") are left out.
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        // titles and ranks
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr", "brig",
        "gov", "sen", "rep", "rev", "fr", "pres", "supt", "insp", "det", "hon", "amb", "messrs", "mme", "mlle", "st", "sr", "jr",
        // months and days
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "tue", "tues", "thu", "thur", "thurs", "fri",
        // organisations and addresses
        "inc", "corp", "co", "ltd", "plc", "llc", "bros", "dept", "univ", "assn", "ave", "blvd", "rd", "mt", "ft", "no", "nos",
        // US states as written in datelines ("Calif.", "Conn.")
        "ala", "ariz", "ark", "calif", "colo", "conn", "fla", "ga", "kan", "ky", "md", "mich", "minn", "mont", "neb", "nev", "okla",
        "tenn", "tex", "vt", "wis", "wyo",
    };

    // Lower-case abbreviations: "etc.", "vs.", "et al.".
    private static readonly HashSet<string> LowerCase = new(StringComparer.Ordinal)
    {
        "etc", "vs", "cf", "al", "approx", "pp", "ibid", "vol", "vols", "fig", "figs", "ca", "esp", "incl", "viz",
    };

    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr", "brig",
        "gov", "sen", "rep", "rev", "fr", "pres", "supt", "insp", "det", "hon", "amb", "messrs", "mme", "mlle", "st", "no", "nos",
        "vs", "cf", "pp", "fig", "vol", "approx", "ca",
    };

    private static readonly HashSet<string> HyphenPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "e", "co", "pre", "post", "non", "anti", "re", "ex", "mid", "multi", "pro", "semi", "sub", "inter", "intra", "counter",
        "over", "under", "neo", "pan", "trans", "ultra", "vice", "self", "cross", "micro", "mini", "macro", "bi", "tri", "de", "un",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownLookup = Known.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LowerLookup = LowerCase.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PrefixLookup = HyphenPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A word (without its period) whose period is part of it: "Gen", "Jan", "Inc", "Calif".</summary>
    public static bool IsKnown(ReadOnlySpan<char> word) =>
        char.IsUpper(word[0]) ? KnownLookup.Contains(word) : LowerLookup.Contains(word);

    /// <summary>A word (without its period) that is always followed by more of its sentence: "Mr", "Gen", "No".</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => TitleLookup.Contains(word);

    /// <summary>A prefix that stays attached before a hyphen: "co" in "co-workers".</summary>
    public static bool IsHyphenPrefix(ReadOnlySpan<char> word) => PrefixLookup.Contains(word);
}
