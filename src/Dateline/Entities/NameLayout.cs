using System.Text.RegularExpressions;

namespace Dateline.Entities;

/// <summary>
/// Decoding rules for the layouts of wire copy that the training data (wiki text, tweets, GUM)
/// hardly holds, applied to the tagger's tags of one sentence (indices into <see cref="NerModel.Tags"/>):
/// <list type="bullet">
/// <item>Dateline: a sentence that opens with one to four ALL-CAPS words followed by a date
/// ("MONTE CARLO 1996-08-30"), by "(Agency) -" ("LONDON (Reuters) -"), by a dash in mixed-case text ("BEIRUT -
/// Lebanese businessman ...": the dash ends the place) or by a comma, a state or country and a dash ("PALERMO, Italy -":
/// two places) names a place there.</item>
/// <item>Initials: "C. Lewis", "J. R. Smith": a single capital with a full stop before a name is
/// part of a person's name; before an untagged capitalised word in running text, or, in a line written all
/// in capitals, before a surname of the model's person-name flags (`--person-names`, "M. Gatting 83").</item>
/// <item>Fixtures: "v", "vs", and "AT" in an ALL-CAPS line ("KANSAS CITY AT DETROIT") separate two
/// names; they never belong to one.</item>
/// <item>Results lines: in a line with two names each followed by a number ("Stockport 4 Brighton 2")
/// or a name followed by two numbers (a table row), a number never continues a name, and a place
/// name that is not a country is a team (ORG: "Leicestershire 296").</item>
/// <item>Nationality and title inside a name: "Russian President Boris Yeltsin" as one name becomes
/// "Russian" (MISC) and "Boris Yeltsin" (PER), the title outside, as CoNLL and the event coder read it.</item>
/// <item>Countries: a name that is exactly a country the knowledge holds ("Sweden", "Sri Lanka") is a
/// place, whatever type the tagger gave it.</item>
/// </list>
/// </summary>
internal static partial class NameLayout
{
    [GeneratedRegex(@"^(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})$")]
    private static partial Regex DateToken();

    [GeneratedRegex(@"^\p{Lu}\.$")]
    private static partial Regex Initial();

    private static readonly HashSet<string> Separators = new(StringComparer.Ordinal) { "v", "v.", "vs", "vs.", "V", "VS", "VS.", "versus" };

    /// <summary>Honorifics that never belong to a name (unlike "Sir", "Lord" or "Dame", which CoNLL keeps in some names).</summary>
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal) { "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "MR", "MRS", "MS", "DR" };

    /// <summary>Nouns that end a news desk's name ("Sydney Newsroom", "New York Energy Desk", "Reuters Toronto Bureau").</summary>
    private static readonly HashSet<string> NewsDesks = new(StringComparer.Ordinal) { "Newsroom", "Desk", "Bureau", "NEWSROOM" };

    private static readonly HashSet<string> Dashes = new(StringComparer.Ordinal) { "-", "--", "—", "–" };

    public static void Apply(IReadOnlyList<string> words, int[] result, IReadOnlyList<string> tags, NameGazetteer gazetteer, CaseProfile cases, int mode, NameLexicon? lexicon = null)
    {
        var n = words.Count;
        if (n == 0 || tags.Count < 9)
            return;
        int bPer = Index(tags, "B-PER"), bOrg = Index(tags, "B-ORG"), bLoc = Index(tags, "B-LOC"), bMisc = Index(tags, "B-MISC");
        if (bPer < 0 || bOrg < 0 || bLoc < 0)
            return;

        // Fixture separators end a name; the words after them start a new one.
        for (var i = 0; i < n; i++)
        {
            if (!(Separators.Contains(words[i]) || (mode == 2 && words[i] == "AT")) || result[i] == 0)
                continue;
            result[i] = 0;
            if (i + 1 < n && IsInside(result[i + 1]))
                result[i + 1]--;
        }

        // Results lines: numbers do not continue names; place-named teams are organisations.
        if (IsResultsLine(words))
        {
            for (var i = 1; i < n; i++)
            {
                if (!IsScore(words[i]) || !IsInside(result[i]))
                    continue;
                result[i] = 0;
                if (i + 1 < n && IsInside(result[i + 1]))
                    result[i + 1]--;
            }
            foreach (var (start, end) in Spans(result))
                if ((result[start] == bLoc || (result[start] == bMisc && !(end - start == 1 && gazetteer.IsAdjectiveWord(words[start]))))
                    && end < n && IsNumber(words[end]) && !gazetteer.IsCountry(words, start, end))
                    Retype(result, start, end, bOrg);
        }

        // Fixtures: a place name next to "v" is a team ("Walsall v Wrexham"), and so is the one before "AT" in an ALL-CAPS
        // line ("KANSAS CITY AT DETROIT"; the name after "AT" is the venue, a place, as CoNLL-2003 tags it). Countries
        // stay places (national teams are LOC in CoNLL-2003): the rule below retypes them.
        foreach (var (start, end) in Spans(result))
            if (result[start] == bLoc && ((start > 0 && Separators.Contains(words[start - 1]))
                || (end < n && (Separators.Contains(words[end]) || (words[end] == "AT" && IsAtFixture(words, mode)))))
                && !IsHomeNation(words, start, end))
                Retype(result, start, end, bOrg);

        // Countries are places.
        foreach (var (start, end) in Spans(result))
            if (result[start] != bLoc && gazetteer.IsCountry(words, start, end))
                Retype(result, start, end, bLoc);

        // "Russian President Boris Yeltsin" tagged as one name: the nationality, the title outside, the person.
        foreach (var (start, end) in Spans(result).ToList())
        {
            if (end - start < 3 || !gazetteer.IsAdjectiveWord(words[start]))
                continue;
            var title = gazetteer.TitleLength(words, start + 1);
            if (title == 0 || start + 1 + title >= end)
                continue;
            result[start] = bMisc;
            for (var k = start + 1; k < start + 1 + title; k++)
                result[k] = 0;
            Retype(result, start + 1 + title, end, bPer);
        }

        // "Mr Sullivan also rejects": an honorific is outside the name (CoNLL's convention, and the linker reads it as a title); one the
        // tagger named alone hands the name to the capitalised words after it, or there is no name.
        for (var i = 0; i < n - 1; i++)
        {
            if (result[i] % 2 != 1 || !Honorifics.Contains(words[i]))
                continue;
            var end = i + 1;
            while (end < n && IsInside(result[end]))
                end++;
            if (end > i + 1)
            {
                Retype(result, i + 1, end, result[i] == bPer || result[i] == bMisc ? bPer : result[i]);
                result[i] = 0;
                continue;
            }
            result[i] = 0;
            var last = i + 1;
            while (last < n && result[last] == 0 && words[last].Length > 1 && char.IsUpper(words[last][0]) && char.IsLower(words[last][1])
                   && gazetteer.TitleLength(words, last) == 0)
                last++;
            if (last > i + 1)
                Retype(result, i + 1, last, bPer);
        }

        // Initials before a name, right to left so "J. R. Smith" grows one initial at a time.
        for (var i = n - 2; i >= 0; i--)
        {
            // The tagger may have made the initial a name of its own ("P." PER, "Simmons" MISC): it joins the name after it.
            var alone = result[i] == 0 || (result[i] % 2 == 1 && result[i + 1] % 2 != 0 && result[i + 1] != result[i] + 1);
            if (!alone || !Initial().IsMatch(words[i]))
                continue;
            var next = words[i + 1];
            if (result[i + 1] % 2 == 1)
            {
                var end = i + 2;
                while (end < n && result[end] == result[i + 1] + 1 && !IsScore(words[end]))
                    end++;
                for (var k = end; k < n && result[k] == result[i + 1] + 1; k++)
                    result[k] = 0; // "4-38" after "P. Simmons" is a bowling figure
                // A multi-word organisation keeps its type ("J. Walter Thompson Co."); anything else is a person.
                var type = result[i + 1] == bOrg && end - i > 3 ? bOrg : bPer;
                result[i] = type;
                for (var k = i + 1; k < end; k++)
                    result[k] = type + 1;
            }
            // In a line written all in capitals ("M. Gatting 83 , W. Hegg 54" in a scorecard) a capital says
            // nothing, but a surname of the model's person-name list does.
            else if (result[i + 1] == 0 && next.Length > 1 && char.IsUpper(next[0]) && char.IsLower(next[1])
                && cases.Of(next.ToLowerInvariant()) != CaseProfile.Lower
                && (mode == 0 || (lexicon is not null && (lexicon.Of(next) & NameLexicon.PersonMarks) != 0)))
            {
                result[i] = bPer;
                result[i + 1] = bPer + 1;
            }
        }

        // A news desk is an organisation, its place inside the name: "-- London Newsroom +44 171", "U.S. Municipal Desk".
        for (var i = 1; i < n; i++)
        {
            // "Federal Bureau of Investigation" goes on: no desk.
            if (!NewsDesks.Contains(words[i]) || words[i - 1].Length == 0 || !char.IsUpper(words[i - 1][0]) || (i + 1 < n && words[i + 1] == "of"))
                continue;
            var start = i - 1;
            while (start > 0 && i - start < 4 && words[start - 1].Length > 0 && char.IsUpper(words[start - 1][0]))
                start--;
            while (start > 0 && IsInside(result[start]))
                start--;
            // The tagger named something there ("London" LOC): "our Gas Desk" in an e-mail is nobody's name.
            if (!result.AsSpan(start, i - start).ContainsAnyExcept(0))
                continue;
            Retype(result, start, i + 1, bOrg);
            if (i + 1 < n && IsInside(result[i + 1]))
                result[i + 1] = 0;
        }

        // Datelines.
        var caps = 0;
        while (caps < n && caps < 4 && IsCapsWord(words[caps]))
            caps++;
        if (caps > 0 && caps < n && (DateToken().IsMatch(words[caps])
            || (words[caps] == "(" && caps + 3 < n && words[caps + 2] == ")" && Dashes.Contains(words[caps + 3]))
            || (Dashes.Contains(words[caps]) && caps + 1 < n && mode == 0 && Letters(words, caps) >= 3)
            || (words[caps] == "," && StateThenDash(words, caps + 1) is > 0)))
        {
            result[0] = bLoc;
            for (var k = 1; k < caps; k++)
                result[k] = bLoc + 1;
            // "BEIRUT - Lebanese businessman": the dash ends the dateline; "PALERMO , Italy -": the state or country is a
            // place of its own.
            if (words[caps] == "," && StateThenDash(words, caps + 1) is var dash and > 0)
            {
                Retype(result, caps + 1, dash, bLoc);
                if (IsInside(result[dash]))
                    result[dash]--;
                if (dash + 1 < n && IsInside(result[dash + 1]))
                    result[dash + 1]--;
            }
            else if (IsInside(result[caps]))
                result[caps]--;
            if (Dashes.Contains(words[caps]))
            {
                result[caps] = 0;
                if (IsInside(result[caps + 1]))
                    result[caps + 1]--;
            }
        }
    }

    /// <summary>Letters in the first <paramref name="count"/> words: "PS -" (2) is a postscript, "ROME -" (4) a dateline.</summary>
    private static int Letters(IReadOnlyList<string> words, int count)
    {
        var letters = 0;
        for (var k = 0; k < count; k++)
            foreach (var c in words[k])
                if (char.IsLetter(c))
                    letters++;
        return letters;
    }

    /// <summary>"Italy -", "Libya ( AP ) —", "D.C. -": one to three capitalised words after a dateline's comma, then a dash or an
    /// agency in brackets; the index of the dash or bracket, else -1.</summary>
    private static int StateThenDash(IReadOnlyList<string> words, int start)
    {
        for (var k = start; k < Math.Min(words.Count - 1, start + 3); k++)
        {
            if (k > start && (Dashes.Contains(words[k]) || (words[k] == "(" && k + 3 < words.Count && words[k + 2] == ")" && Dashes.Contains(words[k + 3]))))
                return k;
            if (words[k].Length == 0 || !char.IsUpper(words[k][0]))
                return -1;
        }
        return -1;
    }

    private static int Index(IReadOnlyList<string> tags, string tag)
    {
        for (var i = 0; i < tags.Count; i++)
            if (tags[i] == tag)
                return i;
        return -1;
    }

    /// <summary>Tag layout: 0 = O, odd = B-X, even = I-X.</summary>
    private static bool IsInside(int tag) => tag > 0 && tag % 2 == 0;

    private static void Retype(int[] result, int start, int end, int begin)
    {
        result[start] = begin;
        for (var k = start + 1; k < end; k++)
            result[k] = begin + 1;
    }

    private static IEnumerable<(int Start, int End)> Spans(int[] result)
    {
        for (var i = 0; i < result.Length; i++)
        {
            if (result[i] % 2 != 1)
                continue;
            var end = i + 1;
            while (end < result.Length && result[end] == result[i] + 1)
                end++;
            yield return (i, end);
        }
    }

    private static bool IsNumber(string word)
    {
        foreach (var c in word)
            if (!char.IsAsciiDigit(c))
                return false;
        return word.Length > 0;
    }

    /// <summary>A number or a score, figure or time: "4", "4-38", "109-5", "1:30", "6.5".</summary>
    internal static bool IsScore(string word)
    {
        if (word.Length == 0 || !char.IsAsciiDigit(word[0]))
            return false;
        foreach (var c in word)
            if (!char.IsAsciiDigit(c) && c is not ('-' or '.' or ':' or '/'))
                return false;
        return true;
    }

    private static bool IsCapsWord(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
                return false;
            if (char.IsLetter(c))
                letters++;
            else if (c is not ('.' or '-' or '\''))
                return false;
        }
        return letters >= 2;
    }

    /// <summary>
    /// An article whose layout says sport: a results line ("Stockport 4 Brighton 2"), a fixture with "v", or an ALL-CAPS
    /// line with "AT" ("KANSAS CITY AT DETROIT"). Only there does <see cref="MatchTeams"/> read match verbs.
    /// </summary>
    internal static bool IsSportsArticle(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        foreach (var words in sentences)
        {
            if (IsResultsLine(words))
                return true;
            foreach (var w in words)
                if (Separators.Contains(w) || (w == "AT" && IsAtFixture(words, NerFeatures.CaseMode(words))))
                    return true;
        }
        return false;
    }

    /// <summary>
    /// A short ALL-CAPS line with "AT" between two names ("SAN FRANCISCO AT NEW YORK"): a fixture, not a headline such as
    /// "LEICESTERSHIRE TAKE OVER AT TOP AFTER INNINGS VICTORY" or "MOSCOW AT ODDS WITH KIEV OVER GAS".
    /// </summary>
    private static bool IsAtFixture(IReadOnlyList<string> words, int mode)
    {
        if (mode != 2 || words.Count > 6)
            return false;
        var at = -1;
        for (var i = 0; i < words.Count; i++)
            if (words[i] == "AT")
                at = i;
        return at > 0 && at < words.Count - 1;
    }

    /// <summary>
    /// In a sports article, a place name that plays a match in running text is a team, ORG, as news convention and
    /// CoNLL-2003 tag a club or county named after its town ("Leicestershire beat Somerset", "their match against
    /// Yorkshire", "title rivals Essex", "Porto 's new keeper", "Feyenoord midfielder", "Lens , who have won"). Countries and the home nations stay places: national teams are LOC there.
    /// Read off the words around the name, never a list of teams.
    /// </summary>
    internal static IReadOnlyList<BioSpan> MatchTeams(IReadOnlyList<string> words, IReadOnlyList<BioSpan> spans, NameGazetteer gazetteer)
    {
        List<BioSpan>? changed = null;
        for (var j = 0; j < spans.Count; j++)
        {
            var (start, end, type) = spans[j];
            if (type != "LOC")
                continue;
            var next = end < words.Count ? words[end] : "";
            var before = start > 0 ? words[start - 1] : "";
            var before2 = start > 1 ? words[start - 2] : "";
            var next2 = end + 1 < words.Count ? words[end + 1] : "";
            var plays = MatchVerbsAfterTeam.Contains(next) || MatchWordsBeforeTeam.Contains(before)
                || (before == "to" && before2 == "lost") || (before == "with" && before2 is "drew" or "draw")
                || (next == "," && next2 == "who")
                // "Parma 's defeat", "Barcelona 's Hristo Stoichkov"; not "London 's Stansted" (a name other than a person follows).
                || (next == "'s" && (next2.Length == 0 || !char.IsUpper(next2[0]) || spans.Any(p => p.Start == end + 1 && p.Type == "PER")));
            // "South African all-rounder", "the Welsh striker": a nationality the tagger called a place stays as it is.
            if (!plays || gazetteer.IsCountry(words, start, end) || IsHomeNation(words, start, end) || gazetteer.IsAdjectiveWord(words[end - 1]))
                continue;
            changed ??= [.. spans];
            changed[j] = spans[j] with { Type = "ORG" };
        }
        return changed ?? spans;
    }

    /// <summary>Words after a team: match verbs and the positions of its people ("Feyenoord midfielder", "Essex batsman").</summary>
    private static readonly HashSet<string> MatchVerbsAfterTeam = new(StringComparer.Ordinal)
    {
        "beat", "beats", "drew", "lost", "defeated", "thrashed", "edged", "routed", "trounced", "overcame", "crushed",
        "striker", "midfielder", "defender", "goalkeeper", "keeper", "coach", "manager", "captain", "batsman", "bowler",
        "spinner", "pitcher", "starter", "winger", "fullback", "skipper", "all-rounder", "fans", "supporters",
    };

    private static readonly HashSet<string> MatchWordsBeforeTeam = new(StringComparer.Ordinal)
    {
        "beat", "beats", "beating", "against", "rivals", "defeated", "thrashed", "edged", "routed", "champions", "club", "side",
    };

    /// <summary>Whether words [start, end) are a home nation, in Title Case or CAPITALS ("ENGLAND V PAKISTAN").</summary>
    internal static bool IsHomeNation(IReadOnlyList<string> words, int start, int end)
    {
        if (end - start > 2)
            return false;
        var name = string.Join(' ', words.Skip(start).Take(end - start));
        return HomeNations.Contains(name) || HomeNations.Contains(string.Join(' ', name.Split(' ').Select(w => w.Length > 1 ? string.Concat(w.AsSpan(0, 1), w[1..].ToLowerInvariant()) : w)));
    }

    /// <summary>Nations with national teams of their own that data/knowledge holds inside the United Kingdom, not as countries.</summary>
    private static readonly HashSet<string> HomeNations = new(StringComparer.Ordinal) { "England", "Scotland", "Wales", "Northern Ireland" };

    /// <summary>Two capitalised words each followed by a bare number, or one followed by two: a score line or table row.</summary>
    internal static bool IsResultsLine(IReadOnlyList<string> words) => IsResultsLine(words, IsNumber);

    /// <summary><see cref="IsResultsLine(IReadOnlyList{string})"/> with the caller's idea of a number.</summary>
    internal static bool IsResultsLine(IReadOnlyList<string> words, Func<string, bool> isNumber)
    {
        var pairs = 0;
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i].Length == 0 || !char.IsUpper(words[i][0]) || !isNumber(words[i + 1]))
                continue;
            if (i + 2 < words.Count && isNumber(words[i + 2]))
                return true;
            if (++pairs >= 2)
                return true;
        }
        return false;
    }
}
