namespace Dateline.Entities;

/// <summary>
/// Teams in sports copy, read over a whole article after one type per name (decoding only, no weights): the training
/// data (wiki text, tweets, GUM) holds almost no league tables, so the tagger leaves most club names in them untagged or
/// calls them persons ("Lada Togliatti 24 4 6 14", "Widzew Lodz 3 Ruch Chorzow 0"). Chosen on CoNLL-2003 eng.train.
/// <list type="bullet">
/// <item>Row heads: in a results line (<see cref="NameLayout.IsResultsLine"/>), a run of capitalised words right before a
/// number or score, at the line's start or after a score, a closing bracket, a colon or a comma, outside brackets
/// ("Fortuna Sittard 2 ( Jeffrey 7 ) Heerenveen 4": Jeffrey is a scorer, inside the brackets).</item>
/// <item>The article's vote: when more of its row heads the tagger typed are ORG or LOC than PER, the rows are a table of
/// teams and every head is an organisation, its whole run ("Willem II Tilburg", "Bodo / Glimt"); a golf leaderboard or a
/// bowling table ("Mushtaq Ahmed 3 5 1 44") has person heads and is left alone.</item>
/// <item>Countries and the home nations stay places: national sides are LOC in CoNLL-2003 (1,870 against 12 in eng.train's
/// sports articles), so "Italy beat England" keeps two places here; the event coder, not the tagger, must see a match.</item>
/// </list>
/// </summary>
internal static class SportsTeams
{
    /// <summary>Capitalised function words that open a sentence and never a team's name ("The Airbus 310 ...").</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "At", "On", "For", "By", "With", "And", "To", "As", "But", "From", "Of",
    };

    /// <summary>Lower-case words and signs inside a team's name ("Queen of the South", "Vasco da Gama", "Bodo / Glimt").</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "of", "the", "da", "de", "do", "dos", "del", "la", "'s", "/" };

    /// <summary>The longest team name a row head may be, in words.</summary>
    private const int MaxHeadWords = 5;

    public static IReadOnlyList<IReadOnlyList<BioSpan>> Apply(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<BioSpan>> found, NameGazetteer gazetteer)
    {
        List<(int Sentence, int Start, int End)>? heads = null;
        int teams = 0, persons = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            if (!NameLayout.IsResultsLine(words))
                continue;
            foreach (var (start, end) in RowHeads(words))
            {
                if (gazetteer.IsCountry(words, start, end) || NameLayout.IsHomeNation(words, start, end))
                    continue;
                (heads ??= []).Add((s, start, end));
                foreach (var span in found[s])
                    if (span.Start < end && start < span.End)
                    {
                        if (span.Type == "PER") persons++;
                        else if (span.Type is "ORG" or "LOC") teams++;
                        break;
                    }
            }
        }
        if (heads is null || teams <= persons)
            return found;
        var result = found.ToArray();
        foreach (var (s, start, end) in heads)
        {
            var spans = result[s];
            // A name reaching beyond the run ("GT2 Konrad Porsche 911" read otherwise) is left as the tagger cut it.
            if (spans.Any(p => p.Start < end && start < p.End && (p.Start < start || p.End > end)))
                continue;
            result[s] = [.. spans.Where(p => !(p.Start < end && start < p.End)).Append(new BioSpan(start, end, "ORG")).OrderBy(p => p.Start)];
        }
        return result;
    }

    /// <summary>Runs of capitalised words followed by a number or score, outside brackets, where a table row or a score
    /// line names a side: at the start, or after a score, ")", ":" or ",".</summary>
    internal static IEnumerable<(int Start, int End)> RowHeads(IReadOnlyList<string> words)
    {
        var depth = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w == "(") { depth++; continue; }
            if (w == ")") { depth = Math.Max(0, depth - 1); continue; }
            if (depth > 0 || !IsCapitalised(w) || IsInitial(w) || Openers.Contains(w))
                continue;
            var prev = i > 0 ? words[i - 1] : null;
            if (!(prev is null or ")" or ":" or "," || IsScore(prev) || (i == 1 && IsRank(prev))))
                continue;
            var end = i;
            while (end < words.Count && end - i < MaxHeadWords && (IsCapitalised(words[end]) || Particles.Contains(words[end])) && !IsScore(words[end]))
                end++;
            while (end > i && Particles.Contains(words[end - 1]))
                end--;
            if (end < words.Count && IsScore(words[end]))
            {
                yield return (i, end);
                i = end;
            }
        }
    }

    private static bool IsCapitalised(string w) => w.Length > 0 && char.IsUpper(w[0]);

    private static bool IsInitial(string w) => w.Length == 2 && char.IsUpper(w[0]) && w[1] == '.';

    /// <summary>"13." opening a table row.</summary>
    private static bool IsRank(string w) => w.Length > 1 && w[^1] == '.' && w[..^1].All(char.IsAsciiDigit);

    /// <summary>A number or a score, figure or time: "4", "4-38", "109-5", "1:30", "6.5".</summary>
    private static bool IsScore(string word)
    {
        if (word.Length == 0 || !char.IsAsciiDigit(word[0]))
            return false;
        foreach (var c in word)
            if (!char.IsAsciiDigit(c) && c is not ('-' or '.' or ':' or '/'))
                return false;
        return true;
    }
}
