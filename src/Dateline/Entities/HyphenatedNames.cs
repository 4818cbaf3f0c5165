namespace Dateline.Entities;

/// <summary>
/// A name joined by a hyphen to a word that makes it a description ("Tripoli-based", "Serb-held", "U.S.-led",
/// "Surinamese-born", "Hong Kong-listed", "ex-England", "post-Soviet") is one MISC name, as CoNLL-2003 tags it; the tagger
/// left most of them outside any name or typed the place alone. Decoding only, per sentence, chosen on CoNLL-2003 eng.train
/// (evaluation only: 84 names gained, 12 lost in a simulation on the tagger's output).
/// </summary>
internal static class HyphenatedNames
{
    /// <summary>Words after the hyphen that turn a name into a description (participles of place and control, origin).</summary>
    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal)
    {
        "born", "bound", "wide", "era", "origin", "style", "made", "run", "backed", "based", "led", "held", "owned",
        "controlled", "sponsored", "registered", "brokered", "dominated", "ruled", "occupied", "funded", "listed", "focused",
        "allied", "mediated",
    };

    private static readonly string[] Prefixes = ["ex-", "post-", "pre-", "neo-", "anti-"];

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "The", "A", "An" };

    public static IReadOnlyList<BioSpan> Apply(IReadOnlyList<string> words, IReadOnlyList<BioSpan> spans, CaseProfile cases)
    {
        List<BioSpan>? result = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (!Describes(words[i], i, cases))
                continue;
            var current = result ?? spans;
            var at = Covering(current, i);
            if (at is { } span && ((span.Type != "LOC" && span.Type != "MISC") || span.End != i + 1))
                continue;
            var start = at?.Start ?? i;
            // "Hong Kong-listed", "St. Louis-based": the place's first words belong to the description too.
            while (start > 0 && words[start - 1].Length > 0 && char.IsUpper(words[start - 1][0]) && !Articles.Contains(words[start - 1]))
            {
                var before = Covering(current, start - 1);
                if (before is { } b && ((b.Type != "LOC" && b.Type != "MISC") || b.End != start))
                    break;
                start = before?.Start ?? start - 1;
            }
            if (at is { Type: "MISC" } same && same.Start == start)
                continue;
            result = [.. current.Where(p => p.End <= start || p.Start > i), new BioSpan(start, i + 1, "MISC")];
            result.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
        return result ?? spans;
    }

    private static BioSpan? Covering(IReadOnlyList<BioSpan> spans, int i)
    {
        foreach (var p in spans)
            if (p.Start <= i && i < p.End)
                return p;
        return null;
    }

    private static bool Describes(string word, int position, CaseProfile cases)
    {
        foreach (var prefix in Prefixes)
            if (word.Length > prefix.Length && word.StartsWith(prefix, StringComparison.Ordinal) && char.IsUpper(word[prefix.Length]))
                return true;
        var hyphen = word.LastIndexOf('-');
        if (position == 0 || hyphen <= 0 || !char.IsUpper(word[0]) || !Suffixes.Contains(word[(hyphen + 1)..]))
            return false;
        var name = word[..hyphen];
        foreach (var c in name)
            if (!char.IsLetter(c) && c != '.' && c != '\'')
                return false;
        // "Privately-owned", "Family-controlled": a common word capitalised at the start of a line is no name.
        return cases.Of(name.ToLowerInvariant()) != CaseProfile.Lower;
    }
}
