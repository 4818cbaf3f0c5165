namespace Dateline.Entities;

/// <summary>
/// Teams in sports copy, read over a whole article after one type per name (decoding only, no weights): the training
/// data (wiki text, tweets, GUM) holds almost no league tables, so the tagger leaves most club names in them untagged or
/// calls them persons ("Lada Togliatti 24 4 6 14", "Widzew Lodz 3 Ruch Chorzow 0"). Chosen on CoNLL-2003 eng.train.
/// <list type="bullet">
/// <item>Row heads: in a results line (<see cref="IsTableLine"/>: numbers of at most three digits), a run of capitalised words right before a
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
    /// <summary>
    /// Words that in news copy only sports reports use (a sport's name, a player's position, a cricket or race term), in any
    /// case ("SOCCER", "Cricket"): one is enough to read running text as sport ("Robert Pires ( Marseille )"). Team-written; "goal",
    /// "draw", "final", "victory" or "season" are left out, as political copy uses them too.
    /// </summary>
    private static readonly HashSet<string> SportsWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "soccer", "cricket", "tennis", "golf", "cycling", "rugby", "baseball", "basketball", "motorcycling", "athletics",
        "striker", "strikers", "midfielder", "midfielders", "goalkeeper", "innings", "wicket", "wickets", "batsman", "batsmen",
        "bowler", "halftime", "half-time", "semifinal", "semifinals", "semi-final", "semi-finals", "quarter-final",
        "quarter-finals", "quarterfinal", "quarterfinals", "lap", "laps", "homer", "homers", "pitcher", "inning",
    };

    /// <summary>Whether one of the article's words is a <see cref="SportsWords">sports word</see>.</summary>
    internal static bool HasSportsWords(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        foreach (var words in sentences)
            foreach (var w in words)
                if (w.Length is >= 3 and <= 14 && char.IsLetter(w[0]) && SportsWords.Contains(w)) // no lower-case copy per word
                    return true;
        return false;
    }

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
            if (!IsTableLine(words))
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
        var result = found.ToArray();
        if (heads is not null && teams > persons)
            foreach (var (s, start, end) in heads)
            {
                var spans = result[s];
                // A name reaching beyond the run ("GT2 Konrad Porsche 911" read otherwise) is left as the tagger cut it.
                if (spans.Any(p => p.Start < end && start < p.End && (p.Start < start || p.End > end)))
                    continue;
                result[s] = Replace(spans, start, end, "ORG");
            }
        TeamsElsewhere(sentences, result, gazetteer);
        for (var s = 0; s < sentences.Count; s++)
            if (!IsTableLine(sentences[s]))
                result[s] = Brackets(sentences[s], result[s], gazetteer);
        return result;
    }

    /// <summary>
    /// A name the article's results lines hold as a team ("Lens 3 Metz 1") is a team in its running text too ("Lens , who
    /// have won", "Lens pressed hard"), where the tagger called it a place, person or nothing; not after "At" or "in" (a
    /// venue: "OAKLAND AT BOSTON") nor as a dateline ("BOSTON 1996-08-22", "ST HELENS , England"). Countries never enter the list.
    /// </summary>
    private static void TeamsElsewhere(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<BioSpan>[] result, NameGazetteer gazetteer)
    {
        HashSet<string>? names = null;
        for (var s = 0; s < sentences.Count; s++)
            if (IsTableLine(sentences[s]))
                foreach (var span in result[s])
                    if (span.Type == "ORG" && !gazetteer.IsCountry(sentences[s], span.Start, span.End))
                        (names ??= new(StringComparer.Ordinal)).Add(Key(sentences[s], span.Start, span.End));
        if (names is null)
            return;
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            if (IsTableLine(words))
                continue;
            var spans = result[s];
            foreach (var span in spans)
                if (span.Type != "ORG" && names.Contains(Key(words, span.Start, span.End)) && !IsVenue(words, span.Start, span.End))
                    spans = Replace(spans, span.Start, span.End, "ORG");
            // An untagged capitalised run the list holds, whole ("Lens , who have won").
            for (var i = 0; i < words.Count; i++)
            {
                if (!IsCapitalised(words[i]) || (i > 0 && IsCapitalised(words[i - 1])) || spans.Any(p => p.Start <= i && i < p.End))
                    continue;
                var end = i;
                while (end < words.Count && end - i < 3 && IsCapitalised(words[end]) && !spans.Any(p => p.Start <= end && end < p.End))
                    end++;
                if (names.Contains(Key(words, i, end)) && !IsVenue(words, i, end))
                    spans = Replace(spans, i, end, "ORG");
                i = end - 1;
            }
            result[s] = spans;
        }
    }

    /// <summary>
    /// Last, in a sports article: a name typed ORG anywhere in it (a team by any rule or by the tagger) is a team where
    /// the tagger called the same words a place ("Sao Paulo lead the first stage" after "Sao Paulo 2 Santos 1"), unless it
    /// is a venue or a dateline. Places only: a person who shares a team's name stays a person. Countries never.
    /// </summary>
    internal static IReadOnlyList<IReadOnlyList<BioSpan>> PlacesNamedAsTeams(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<BioSpan>> found, NameGazetteer gazetteer)
    {
        HashSet<string>? teams = null;
        for (var s = 0; s < sentences.Count; s++)
            foreach (var span in found[s])
                if (span.Type == "ORG" && !gazetteer.IsCountry(sentences[s], span.Start, span.End) && !NameLayout.IsHomeNation(sentences[s], span.Start, span.End))
                    (teams ??= new(StringComparer.Ordinal)).Add(Key(sentences[s], span.Start, span.End));
        if (teams is null)
            return found;
        var result = found.ToArray();
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            if (result[s].Any(p => p.Type == "LOC" && teams.Contains(Key(words, p.Start, p.End)) && !IsVenue(words, p.Start, p.End)))
                result[s] = [.. result[s].Select(p => p.Type == "LOC" && teams.Contains(Key(words, p.Start, p.End)) && !IsVenue(words, p.Start, p.End) ? p with { Type = "ORG" } : p)];
        }
        return result;
    }

    private static bool IsVenue(IReadOnlyList<string> words, int start, int end) =>
        (start > 0 && words[start - 1] is "At" or "AT" or "at" or "in" or "In" or "IN")
        || (start == 0 && end < words.Count && (words[end] == "(" || IsDate(words[end])
            || (words[end] == "," && Enumerable.Range(end + 1, Math.Max(0, Math.Min(4, words.Count - end - 1))).Any(k => IsDate(words[k])))));

    /// <summary>"1996-08-26": a dateline's date.</summary>
    private static bool IsDate(string w) => w.Length >= 8 && char.IsAsciiDigit(w[0]) && w.Contains('-', StringComparison.Ordinal);

    private static string Key(IReadOnlyList<string> words, int start, int end) =>
        string.Join(' ', Enumerable.Range(start, end - start).Select(i => words[i].ToLowerInvariant()));

    /// <summary>
    /// Results lists in running layout, around a person's bracket: "Carlos Checa ( Spain ) Honda 1:51.588" (after a rider
    /// and the country in brackets comes the team) and "Robert Pires ( Marseille ) ," (a player's club in brackets, where a
    /// country would be his nation). Only after a name the tagger typed PER.
    /// </summary>
    private static IReadOnlyList<BioSpan> Brackets(IReadOnlyList<string> words, IReadOnlyList<BioSpan> spans, NameGazetteer gazetteer)
    {
        var n = words.Count;
        for (var i = 1; i < n; i++)
        {
            if (words[i] != "(")
                continue;
            var close = i + 1;
            while (close < n && close - i <= MaxHeadWords && words[close] != ")")
                close++;
            if (close >= n || words[close] != ")" || close == i + 1 || !IsCapitalised(words[i + 1]))
                continue;
            var person = At(spans, i - 1);
            if (person is not { Type: "PER" } p || p.End != i)
                continue;
            var inner = At(spans, i + 1);
            var country = gazetteer.IsCountry(words, i + 1, close);
            if ((country || (inner is { Type: "LOC" } l && l.Start == i + 1 && l.End == close)) && close + 1 < n && IsCapitalised(words[close + 1]))
            {
                // The team after the rider's country: the tagger's name there, or the capitalised run; never a person
                // with a bracket of his own ("Ramon Vega ( Switzerland ) Raphael Wicky ( Sion )") nor a place (a venue).
                var next = At(spans, close + 1);
                var end = next is { } x ? x.End : close + 1;
                if (next is null)
                    while (end < n && end - close <= 3 && IsCapitalised(words[end]) && At(spans, end) is null)
                        end++;
                if ((next is null || (next.Value.Start == close + 1 && next.Value.Type is "PER" or "MISC")) && !(end < n && words[end] == "("))
                    spans = Replace(spans, close + 1, end, "ORG");
            }
            if (!country && !gazetteer.IsAdjectiveWord(words[i + 1]) && (close + 1 == n || words[close + 1] is "," or "." or ";")
                && (inner is null ? Enumerable.Range(i + 1, close - i - 1).All(k => IsCapitalised(words[k])) : inner.Value.Start == i + 1 && inner.Value.End == close && inner.Value.Type != "ORG"))
                spans = Replace(spans, i + 1, close, "ORG");
        }
        return spans;
    }

    private static BioSpan? At(IReadOnlyList<BioSpan> spans, int i)
    {
        foreach (var span in spans)
            if (span.Start <= i && i < span.End)
                return span;
        return null;
    }

    private static IReadOnlyList<BioSpan> Replace(IReadOnlyList<BioSpan> spans, int start, int end, string type) =>
        [.. spans.Where(p => !(p.Start < end && start < p.End)).Append(new BioSpan(start, end, type)).OrderBy(p => p.Start)];

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
            if (!(prev is null or ")" or ":" or "," || NameLayout.IsScore(prev) || (i == 1 && IsRank(prev))))
                continue;
            var end = i;
            while (end < words.Count && end - i < MaxHeadWords && (IsCapitalised(words[end]) || Particles.Contains(words[end])) && !NameLayout.IsScore(words[end]))
                end++;
            while (end > i && Particles.Contains(words[end - 1]))
                end--;
            if (end < words.Count && NameLayout.IsScore(words[end]))
            {
                yield return (i, end);
                i = end;
            }
        }
    }

    /// <summary>
    /// <see cref="NameLayout.IsResultsLine"/> with numbers of at most three digits, as scores, points and runs are: a postal
    /// address ("Ste 500 Baltimore , MD 21202") or a phone line is no table.
    /// </summary>
    internal static bool IsTableLine(IReadOnlyList<string> words) => NameLayout.IsResultsLine(words, IsShortNumber);

    private static bool IsShortNumber(string w) => w.Length is > 0 and <= 3 && w.All(char.IsAsciiDigit);

    private static bool IsCapitalised(string w) => w.Length > 0 && char.IsUpper(w[0]);

    private static bool IsInitial(string w) => w.Length == 2 && char.IsUpper(w[0]) && w[1] == '.';

    /// <summary>"13." opening a table row.</summary>
    private static bool IsRank(string w) => w.Length > 1 && w[^1] == '.' && w[..^1].All(char.IsAsciiDigit);

}
