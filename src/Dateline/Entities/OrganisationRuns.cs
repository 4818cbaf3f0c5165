namespace Dateline.Entities;

/// <summary>
/// An organisation the article has already named, found again where the tagger missed it (decoding only, over a whole
/// article, after every other stage). Two readings, chosen on CoNLL-2003 eng.train (evaluation only, never trained on):
/// <list type="bullet">
/// <item>An acronym in brackets right after an organisation of two or more words ("the Party of Romanian National Unity
/// ( PUNR )") is that organisation's short name: the acronym standing alone anywhere in the article is ORG, whatever the
/// tagger typed it (24 names gained on eng.train, 1 lost).</item>
/// <item>One sense per discourse: an organisation's exact words that the tagger left outside any name in another sentence
/// are the organisation there too, unless a capitalised word or a number touches them (then they are part of another
/// name: "PSV Eindhoven", "FTSE 100"), or a one-word name is a common word seen in lower case ("Group", "Democratic").</item>
/// </list>
/// </summary>
internal static class OrganisationRuns
{
    public static IReadOnlyList<IReadOnlyList<BioSpan>> Apply(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<BioSpan>> found, CaseProfile cases)
    {
        found = [.. found.Select((spans, s) => SpelledOut(sentences[s], spans))];
        HashSet<string>? acronyms = null;
        List<string[]>? runs = null;
        var seenRuns = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            foreach (var (start, end, type) in found[s])
            {
                if (type != "ORG")
                    continue;
                if (end - start >= 2 && end + 2 < words.Count && words[end] == "(" && words[end + 2] == ")" && IsAcronym(words[end + 1]))
                    (acronyms ??= new(StringComparer.Ordinal)).Add(words[end + 1]);
                var run = new string[end - start];
                for (var i = start; i < end; i++)
                    run[i - start] = words[i];
                if (!char.IsUpper(run[0][0]) || (run.Length == 1 && cases.Of(run[0].ToLowerInvariant()) == CaseProfile.Lower))
                    continue;
                if (seenRuns.Add(string.Join(' ', run)))
                    (runs ??= []).Add(run);
            }
        }
        if (acronyms is null && runs is null)
            return found;
        var result = new IReadOnlyList<BioSpan>[found.Count];
        for (var s = 0; s < found.Count; s++)
            result[s] = Repair(sentences[s], found[s], acronyms, runs);
        return result;
    }

    /// <summary>Words that may stand between an acronym's capitalised words ("Organisation for Security and Cooperation in Europe").</summary>
    private static readonly HashSet<string> Glue = new(StringComparer.Ordinal) { "of", "for", "and", "the", "de", "in", "on", "&", "'" };

    /// <summary>
    /// A name the tagger split or cut before the acronym it spells ("Czech" MISC + "National Bank" ORG before "( CNB )";
    /// "Organisation for Security and Cooperation" ORG + "Europe" LOC before "( OSCE )") is one organisation, and so is the
    /// acronym: the longest run of capitalised words and glue ending at the bracket whose capitals' initials spell it, when
    /// the tagger found part of it an organisation and no part a person (a treaty or disease spelled out stays as typed).
    /// </summary>
    private static IReadOnlyList<BioSpan> SpelledOut(IReadOnlyList<string> words, IReadOnlyList<BioSpan> spans)
    {
        List<BioSpan>? result = null;
        for (var i = 1; i + 2 < words.Count; i++)
        {
            if (words[i] != "(" || words[i + 2] != ")" || !IsAcronym(words[i + 1]))
                continue;
            var acronym = words[i + 1];
            var start = -1;
            var letters = 0;
            for (var k = i - 1; k >= 0 && k >= i - 12; k--)
            {
                var w = words[k];
                var capital = w.Length > 0 && char.IsUpper(w[0]);
                if (!capital && !Glue.Contains(w))
                    break;
                if (!capital)
                    continue;
                letters++;
                if (letters > acronym.Length || w[0] != acronym[^letters])
                    break;
                if (letters == acronym.Length)
                    start = k;
            }
            var current = result ?? spans;
            if (start < 0 || current.Any(p => p.Start < start && p.End > start))
                continue;
            var inside = current.Where(p => p.Start < i && p.End > start).ToList();
            if (!inside.Any(p => p.Type == "ORG") || inside.Any(p => p.Type == "PER")
                || (inside.Count == 1 && inside[0].Start == start && inside[0].End == i && current.Any(p => p.Start == i + 1 && p.Type == "ORG")))
                continue;
            result = [.. current.Where(p => !(p.Start < i && p.End > start) && !(p.Start <= i + 1 && p.End > i + 1)), new BioSpan(start, i, "ORG"), new BioSpan(i + 1, i + 2, "ORG")];
            result.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
        return result ?? spans;
    }

    private static IReadOnlyList<BioSpan> Repair(IReadOnlyList<string> words, IReadOnlyList<BioSpan> spans, HashSet<string>? acronyms, List<string[]>? runs)
    {
        List<BioSpan>? result = null;
        var covered = new int[words.Count];
        for (var j = 0; j < spans.Count; j++)
            for (var i = spans[j].Start; i < spans[j].End; i++)
                covered[i] = j + 1;
        if (acronyms is not null)
            for (var i = 0; i < words.Count; i++)
            {
                if (!acronyms.Contains(words[i]))
                    continue;
                var j = covered[i] - 1;
                if (j < 0)
                    (result ??= [.. spans]).Add(new BioSpan(i, i + 1, "ORG"));
                else if (spans[j].Start == i && spans[j].End == i + 1 && spans[j].Type != "ORG")
                {
                    result ??= [.. spans];
                    result[result.IndexOf(spans[j])] = spans[j] with { Type = "ORG" };
                }
            }
        if (runs is not null)
            foreach (var run in runs)
                for (var i = 0; i + run.Length <= words.Count; i++)
                {
                    if (!Matches(words, i, run) || Touches(words, i - 1) || Touches(words, i + run.Length))
                        continue;
                    var free = true;
                    for (var k = i; k < i + run.Length && free; k++)
                        free = covered[k] == 0;
                    if (!free || (result is not null && result.Any(p => p.Start < i + run.Length && i < p.End)))
                        continue;
                    (result ??= [.. spans]).Add(new BioSpan(i, i + run.Length, "ORG"));
                }
        return result is null ? spans : [.. result.OrderBy(p => p.Start)];
    }

    private static bool Matches(IReadOnlyList<string> words, int at, string[] run)
    {
        for (var k = 0; k < run.Length; k++)
            if (!string.Equals(words[at + k], run[k], StringComparison.Ordinal))
                return false;
        return true;
    }

    /// <summary>A capitalised word or a number next to the run makes it part of a longer name.</summary>
    private static bool Touches(IReadOnlyList<string> words, int i) =>
        i >= 0 && i < words.Count && words[i].Length > 0 && (char.IsUpper(words[i][0]) || char.IsDigit(words[i][0]));

    private static bool IsAcronym(string word)
    {
        if (word.Length < 2)
            return false;
        foreach (var c in word)
            if (!char.IsUpper(c))
                return false;
        return true;
    }
}
