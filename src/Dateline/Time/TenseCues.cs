using System.Text.RegularExpressions;

namespace Dateline.Time;

/// <summary>
/// Light tense detection for bare weekdays and months, without a tagger: finds the sentence around
/// an expression by punctuation and takes the nearest tense cue in it ("will", "said", a past
/// participle in -ed). "Talks will resume on Sunday" points forward; "he said on Sunday" back.
/// </summary>
internal static partial class TenseCues
{
    // Modals and planning words: "will meet Friday", "is scheduled for Friday".
    private static readonly HashSet<string> Future = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "'ll", "’ll", "shall", "won't", "won’t", "going", "scheduled", "upcoming", "coming", "next", "due",
        "plans", "plan", "planning", "expects", "expected", "intends", "tomorrow", "set", "slated", "await", "awaits",
        "payable", "effective",
    };

    // Common irregular past forms; regular ones are caught by their "-ed" ending.
    private static readonly HashSet<string> Past = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "had", "did", "said", "told", "went", "came", "met", "made", "took", "gave", "saw", "began", "left",
        "won", "lost", "fell", "rose", "held", "paid", "sold", "bought", "found", "got", "led", "ran", "sent", "spent",
        "struck", "hit", "put", "set", "cut", "shot", "fought", "broke", "spoke", "wrote", "became", "brought", "thought",
        "knew", "kept", "felt", "stood", "heard", "meant", "built", "drew", "grew", "threw", "flew", "fled", "quit",
        "ago", "yesterday", "last", "earlier", "wasn't", "weren't", "didn't", "hadn't", "became", "says",
    };

    private static readonly HashSet<string> NotPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "need", "needed", "speed", "seed", "red", "bed", "feed", "indeed", "hundred", "bred", "shed", "weed", "united", "limited",
        "proposed", "expected", "planned", "scheduled", "based", "related", "used", "called", "so-called", "advanced", "detailed",
        "concerned", "interested", "supposed", "named", "listed", "armed", "owned", "led", "unnamed", "undisclosed", "reed", "creed",
        "unspecified", "unidentified", "unconfirmed", "unexpected", "unprecedented", "unsolicited", "unrelated", "unlimited",
        "alleged", "reported", "estimated", "red", "fixed", "mixed", "wed",
    };

    // Characters added to the distance of a cue after the expression: a verb before it usually governs it.
    private const int AfterPenalty = 20;

    private static readonly HashSet<string> Passive = new(StringComparer.OrdinalIgnoreCase) { "be", "being", "is", "are", "am" };

    [GeneratedRegex(@"[\p{L}'’]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>The direction the sentence around [start, end) gives a bare weekday or month.</summary>
    public static TemporalDirection At(string text, int start, int end)
    {
        var (s, e) = SentenceAround(text, start, end);
        // "until Tuesday", "as soon as Monday", "by Friday": a deadline or earliest time points forward,
        // unless the clause is in the past perfect ("had filed reports by Wednesday").
        if (IsDeadlineLeadIn(text, start) && !HasWord(text, s, e, "had"))
            return TemporalDirection.Future;
        if (InPresentTenseClause(text, s, start))
            return TemporalDirection.Future;
        var best = TemporalDirection.Unknown;
        var bestDistance = int.MaxValue;
        var previous = "";
        for (var m = Word().Match(text, s); m.Success && m.Index < e; previous = m.Value, m = m.NextMatch())
        {
            if (m.Index >= start && m.Index < end)
                continue;
            var w = m.Value;
            var dir = Classify(w, text, m.Index + m.Length);
            // "would be paid in January", "to be held Friday": "be" after a modal or "to" looks ahead.
            if (w.Equals("be", StringComparison.OrdinalIgnoreCase) && Modal.Contains(previous))
                dir = TemporalDirection.Future;
            if (dir == TemporalDirection.Unknown)
                continue;
            // "will be held", "is expected": a participle after a form of "be" is passive, not past.
            if (dir == TemporalDirection.Past && Passive.Contains(previous))
                continue;
            // "agreed to buy the unit in February", "vowed to return on Monday": the expression belongs to
            // the intended act, which lies ahead of the intention.
            if (m.Index < start && Intention.Contains(w) && Following(text, m.Index + m.Length, "to") && !ToNounPhrase(text, m.Index + m.Length))
                dir = TemporalDirection.Future;
            // "the reduced dividend", "its revised offer": an -ed word after a determiner is an adjective.
            if (dir == TemporalDirection.Past && Determiner.Contains(previous) && m.Value.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
                continue;
            // "had been due to expire Friday", "had been scheduled for Monday": a plan in the past perfect is over.
            if (dir == TemporalDirection.Future && Plan.Contains(w) && PastPerfect.Contains(previous))
                dir = TemporalDirection.Past;
            // Words before the expression usually govern it ("said Friday", "will meet Friday").
            var distance = m.Index < start ? start - (m.Index + m.Length) : (m.Index - end) + AfterPenalty;
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = dir;
            }
        }
        return best;
    }

    private static readonly HashSet<string> Plan = new(StringComparer.OrdinalIgnoreCase)
    {
        "due", "scheduled", "expected", "set", "slated", "planned",
    };

    private static readonly HashSet<string> Modal = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "will", "would", "should", "may",
    };

    // "-eed" words are not past forms ("succeed", "exceed", "proceed") except these.
    private static readonly HashSet<string> PastInEed = new(StringComparer.OrdinalIgnoreCase) { "agreed", "freed", "decreed", "guaranteed" };

    private static readonly HashSet<string> Determiner = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
    };

    private static readonly HashSet<string> Intention = new(StringComparer.OrdinalIgnoreCase)
    {
        "agreed", "agree", "agrees", "decided", "decide", "decides", "promised", "promises", "vowed", "vows", "pledged", "pledges",
        "threatened", "threatens", "offered", "offers", "hoped", "hopes", "hope", "wants", "wanted", "want", "voted", "votes",
        "intended", "intend", "aims", "aimed", "agreement", "proposal", "plan", "plans", "planned", "planning", "expected", "expects",
    };

    // Words opening a clause whose present tense speaks of the future: "when the appeal is heard in June".
    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "when", "if", "unless", "until", "after", "before", "whenever",
    };

    // Present-tense auxiliaries: enough to see the tense of such a clause without a tagger. Not "has":
    // the present perfect looks back ("which has stayed in port since March").
    private static readonly HashSet<string> PresentAuxiliary = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "am", "does", "do",
    };

    // How far before the expression the clause may open: the rule is for short clauses ending in it.
    private const int ClauseReach = 60;

    /// <summary>
    /// True when the expression ends a clause opened by "when/if/once/until/after/before" whose verb is
    /// in the present tense, with no past form in it: "if the deal falls through when the appeal is heard in June" is
    /// ahead even in a past-tense sentence; "when the case was heard in May" is not.
    /// </summary>
    private static bool InPresentTenseClause(string text, int sentenceStart, int start)
    {
        var opened = false;
        var present = false;
        var previous = "";
        var previousEnd = sentenceStart;
        for (var m = Word().Match(text, sentenceStart); m.Success && m.Index < start; previous = m.Value, previousEnd = m.Index + m.Length, m = m.NextMatch())
        {
            var w = m.Value;
            if (Subordinators.Contains(w) && start - m.Index <= ClauseReach)
            {
                (opened, present) = (true, false);
                continue;
            }
            if (!opened)
                continue;
            // A comma or another clause boundary between them: the expression is outside the clause.
            if (text.AsSpan(previousEnd, m.Index - previousEnd).IndexOfAny(',', ';', ':') >= 0)
                opened = false;
            if (!opened)
                continue;
            if (PresentAuxiliary.Contains(w))
                present = true;
            else if (Classify(w, text, m.Index + m.Length) == TemporalDirection.Past && !Passive.Contains(previous))
                opened = false;
        }
        if (opened && text.AsSpan(previousEnd, start - previousEnd).IndexOfAny(',', ';', ':') >= 0)
            return false;
        return opened && present;
    }

    private static readonly HashSet<string> PastPerfect = new(StringComparer.OrdinalIgnoreCase) { "had", "been" };

    // Words that, right before the expression, make it a deadline or an earliest time.
    private static readonly HashSet<string> DeadlineLeadIns = new(StringComparer.OrdinalIgnoreCase) { "until", "till", "by" };

    /// <summary>True for "until [Tuesday]", "by [Friday]", "as soon as [Monday]", skipping "on", "the", "early", "late".</summary>
    private static bool IsDeadlineLeadIn(string text, int start)
    {
        var i = start;
        string? word;
        do
        {
            (word, i) = WordBefore(text, i);
        }
        while (word is "on" or "early" or "late" or "next");
        if (word is null)
            return false;
        if (DeadlineLeadIns.Contains(word))
            return true;
        if (!word.Equals("as", StringComparison.OrdinalIgnoreCase))
            return false;
        var (soon, j) = WordBefore(text, i);
        return soon is not null && soon.Equals("soon", StringComparison.OrdinalIgnoreCase) && WordBefore(text, j).Word is { } a && a.Equals("as", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The word ending just before <paramref name="at"/> (spaces skipped), lower-cased, and where it starts.</summary>
    private static (string? Word, int Start) WordBefore(string text, int at)
    {
        var i = at - 1;
        while (i >= 0 && text[i] == ' ')
            i--;
        var end = i + 1;
        while (i >= 0 && char.IsLetter(text[i]))
            i--;
        return end - i - 1 == 0 ? (null, at) : (text[(i + 1)..end].ToLowerInvariant(), i + 1);
    }

    private static bool HasWord(string text, int s, int e, string word)
    {
        for (var m = Word().Match(text, s); m.Success && m.Index < e; m = m.NextMatch())
            if (m.Value.Equals(word, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    private static TemporalDirection Classify(string w, string text, int after)
    {
        // "planned to leave on Thursday", "planned for April": a plan; "the planned merger" is no cue.
        // "next to the embassy", "coming from Cairo": place, not time.
        if (w.Equals("next", StringComparison.OrdinalIgnoreCase) || w.Equals("coming", StringComparison.OrdinalIgnoreCase))
            return Following(text, after, "to") || Following(text, after, "from") ? TemporalDirection.Unknown : TemporalDirection.Future;
        // "plans to meet Friday" is a verb; "vacation plans" a noun and no cue.
        if (w.Equals("plan", StringComparison.OrdinalIgnoreCase) || w.Equals("plans", StringComparison.OrdinalIgnoreCase))
            return Following(text, after, "to") ? TemporalDirection.Future : TemporalDirection.Unknown;
        if (w.Equals("planned", StringComparison.OrdinalIgnoreCase))
            return Following(text, after, "to") || Following(text, after, "for") ? TemporalDirection.Future : TemporalDirection.Unknown;
        if (w.Equals("going", StringComparison.OrdinalIgnoreCase))
            return Following(text, after, "to") ? TemporalDirection.Future : TemporalDirection.Unknown;
        if (w.Equals("set", StringComparison.OrdinalIgnoreCase))
            return Following(text, after, "to") ? TemporalDirection.Future : TemporalDirection.Unknown;
        if (Future.Contains(w))
            return TemporalDirection.Future;
        if (Past.Contains(w))
            return TemporalDirection.Past;
        if (w.EndsWith("eed", StringComparison.OrdinalIgnoreCase))
            return PastInEed.Contains(w) ? TemporalDirection.Past : TemporalDirection.Unknown;
        if (w.Length > 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !NotPast.Contains(w) && char.IsLower(w[0]))
            return TemporalDirection.Past;
        return TemporalDirection.Unknown;
    }

    /// <summary>"agreed to a ceasefire on Monday", "agreed to the plan": "to" opens a noun phrase, the agreement is the act.</summary>
    private static bool ToNounPhrase(string text, int at)
    {
        var to = Word().Match(text, at);
        var next = to.Success ? Word().Match(text, to.Index + to.Length) : Match.Empty;
        return next.Success && (Determiner.Contains(next.Value) || char.IsUpper(next.Value[0]) || next.Value.EndsWith("’s", StringComparison.Ordinal) || next.Value.EndsWith("'s", StringComparison.Ordinal));
    }

    private static bool Following(string text, int at, string word)
    {
        var i = at;
        while (i < text.Length && text[i] == ' ')
            i++;
        return i + word.Length <= text.Length && string.Compare(text, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
            && (i + word.Length == text.Length || !char.IsLetter(text[i + word.Length]));
    }

    /// <summary>The sentence containing [start, end): cut at . ! ? followed by a space and a capital, or at a blank line.</summary>
    public static (int Start, int End) SentenceAround(string text, int start, int end)
    {
        var s = start;
        while (s > 0 && !IsBoundary(text, s - 1))
            s--;
        var e = end;
        while (e < text.Length && !IsBoundary(text, e))
            e++;
        return (s, Math.Min(text.Length, e + 1));
    }

    private static bool IsBoundary(string text, int i)
    {
        var c = text[i];
        if (c == '\n')
            return i + 1 < text.Length && text[i + 1] == '\n' || i > 0 && text[i - 1] == '\n';
        if (c is not ('.' or '!' or '?'))
            return false;
        if (i + 2 >= text.Length || !char.IsWhiteSpace(text[i + 1]))
            return false;
        var next = text[i + 2];
        if (!char.IsUpper(next) && next != '"' && next != '“')
            return false;
        // "... since 2010. In June": a number before the period ends the sentence (decimals have no space).
        if (i > 0 && char.IsDigit(text[i - 1]))
            return true;
        // "Jan. 5", "U.S. officials", "p.m. Friday": a short token before the period is an abbreviation.
        var j = i - 1;
        while (j >= 0 && char.IsLetter(text[j]))
            j--;
        var length = i - 1 - j;
        return length > 3 || (length > 1 && (j < 0 || text[j] != '.') && char.IsLower(text[i - 1]) && length > 2);
    }
}
