namespace Dateline.Entities;

/// <summary>
/// Two writings of one organisation's name that news copy mixes freely: singular and plural ("Liberal Democrat" /
/// "Liberal Democrats", "Tory" / "Tories") and clipped words ("Lib Dems"). Same number of words, each pair the same
/// once a plural ending is dropped, or one a clipping (at least three letters) of the other. Not acronyms (the
/// linkers have their own rule) and not different words ("National Army" / "National Assembly").
/// </summary>
public static class OrganisationVariants
{
    public static bool Same(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        if (x.Length == 0 || x.Length != y.Length || string.Equals(a, b, StringComparison.OrdinalIgnoreCase)) return false;
        for (int i = 0; i < x.Length; i++)
            if (!SameWord(x[i], y[i])) return false;
        return true;
    }

    /// <summary>One word written in the singular or the plural ("Conservative" / "Conservatives"), never a clipping: alone,
    /// without the rest of a name, "Nation" is not "National".</summary>
    public static bool SameWordOrNumber(string a, string b) =>
        string.Equals(Singular(a.ToLowerInvariant()), Singular(b.ToLowerInvariant()), StringComparison.Ordinal);

    private static string[] Words(string name) =>
        name.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);

    private static bool SameWord(string a, string b)
    {
        if (a == b) return true;
        string sa = Singular(a), sb = Singular(b);
        if (sa == sb) return true;
        var (shorter, longer) = sa.Length <= sb.Length ? (sa, sb) : (sb, sa);
        return shorter.Length >= 3 && shorter.Length < longer.Length && longer.StartsWith(shorter, StringComparison.Ordinal) && char.IsLetter(shorter[0]);
    }

    /// <summary>"tories" → "tory", "democrats" → "democrat", "dems" → "dem"; "news", "ss" and short words stay (lower case in, lower case out).</summary>
    public static string Singular(string w) =>
        w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal) ? w[..^3] + "y"
        : w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && w != "news" ? w[..^1]
        : w;
}
