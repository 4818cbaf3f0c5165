namespace Dateline.Entities;

/// <summary>
/// A company the tagger read as a person ("Gazprom", "Barrick", "Zenith": an unfamiliar one-word name looks like a surname),
/// read over a whole article after one type per name (decoding only): a name typed PER that the article writes at least once
/// where only a company can stand is an organisation in every sentence. Where a company stands, team-written: before
/// "shares", "stock" or a legal form ("Barrick shares rose"), before "'s" and a word of a company's accounts or offices
/// ("Zenith 's net profit", "Gazprom 's board"), after "shares of", "shares in", "stake in", "subsidiary of", "unit of", or after a kind of organisation ("the daily", "news agency", "group").
/// In web text also before "employees", "customers", "store" ("AMI employees", "this Midas store") or "'s" + "customers",
/// and after a person and "from" or "at" ("Matt from Bonafide", "Joseph Manogue at Tiger": e-mail and reviews name a
/// contact by their company; a place there is typed LOC and left alone).
/// Chosen on CoNLL-2003 eng.train (36 names gained, none lost). Left out on purpose: "a X spokesman" and "X said its", which
/// political copy writes of persons too ("a Yeltsin spokesman", "Haftar said its forces ...": the LNA's).
/// </summary>
internal static class CompanyContext
{
    private static readonly HashSet<string> After = new(StringComparer.Ordinal)
    {
        "shares", "stock", "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.", "plc", "PLC", "Group",
        // Web text (reviews, e-mail): "AMI employees", "this Midas store", "the Subway franchise".
        "employees", "customers", "store", "stores", "franchise", "dealership", "website",
    };

    /// <summary>Words after "X 's" that only a company has.</summary>
    private static readonly HashSet<string> Accounts = new(StringComparer.Ordinal)
    {
        "shares", "share", "stock", "net", "profit", "profits", "earnings", "revenue", "revenues", "sales", "turnover",
        "pretax", "pre-tax", "operating", "results", "shareholders", "board", "chairman", "management", "unit", "subsidiary",
        "employees", "customers", "stores", "products", "website", "franchise", "CEO",
    };

    private static readonly HashSet<(string, string)> Before =
    [
        ("shares", "of"), ("shares", "in"), ("shares", "at"), ("stake", "in"), ("subsidiary", "of"), ("unit", "of"),
    ];

    /// <summary>
    /// A kind of organisation written right before its name ("the daily Le Monde", "news agency Tass", "the rebel group
    /// Mujahideen Khalq", "the German club Schalke"): on eng.train 20 names typed PER after one of these were ORG, none PER.
    /// </summary>
    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal)
    {
        "daily", "newspaper", "weekly", "magazine", "tabloid", "agency", "group", "firm", "company", "club", "retailer",
        "conglomerate", "maker",
    };

    public static IReadOnlyList<IReadOnlyList<BioSpan>> Apply(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<BioSpan>> found)
    {
        HashSet<string>? companies = null;
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            foreach (var (start, end, type) in found[s])
            {
                if (type != "PER")
                    continue;
                var next = end < words.Count ? words[end] : "";
                var next2 = end + 1 < words.Count ? words[end + 1] : "";
                if (After.Contains(next) || (next == "'s" && Accounts.Contains(next2))
                    || (start > 1 && Before.Contains((words[start - 2], words[start - 1])))
                    || (start > 0 && Kinds.Contains(words[start - 1]))
                    || (start > 1 && words[start - 1] is "from" or "at" && found[s].Any(p => p.End == start - 1 && p.Type == "PER")))
                    (companies ??= new(StringComparer.Ordinal)).Add(Key(words, start, end));
            }
        }
        if (companies is null)
            return found;
        var result = new IReadOnlyList<BioSpan>[found.Count];
        for (var s = 0; s < found.Count; s++)
            result[s] = found[s].Any(p => p.Type == "PER" && companies.Contains(Key(sentences[s], p.Start, p.End)))
                ? [.. found[s].Select(p => p.Type == "PER" && companies.Contains(Key(sentences[s], p.Start, p.End)) ? p with { Type = "ORG" } : p)]
                : found[s];
        return result;
    }

    private static string Key(IReadOnlyList<string> words, int start, int end) =>
        string.Join(' ', Enumerable.Range(start, end - start).Select(i => words[i].ToLowerInvariant()));
}
