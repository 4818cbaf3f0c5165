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
        "plans", "plan", "expects", "expected", "intends", "tomorrow", "set", "slated", "await", "awaits",
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
        var best = TemporalDirection.Unknown;
        var bestDistance = int.MaxValue;
        var previous = "";
        for (var m = Word().Match(text, s); m.Success && m.Index < e; previous = m.Value, m = m.NextMatch())
        {
            if (m.Index >= start && m.Index < end)
                continue;
            var w = m.Value;
            var dir = Classify(w, text, m.Index + m.Length);
            if (dir == TemporalDirection.Unknown)
                continue;
            // "will be held", "is expected": a participle after a form of "be" is passive, not past.
            if (dir == TemporalDirection.Past && Passive.Contains(previous))
                continue;
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

    private static TemporalDirection Classify(string w, string text, int after)
    {
        if (w.Equals("going", StringComparison.OrdinalIgnoreCase))
            return Following(text, after, "to") ? TemporalDirection.Future : TemporalDirection.Unknown;
        if (w.Equals("set", StringComparison.OrdinalIgnoreCase))
            return Following(text, after, "to") ? TemporalDirection.Future : TemporalDirection.Unknown;
        if (Future.Contains(w))
            return TemporalDirection.Future;
        if (Past.Contains(w))
            return TemporalDirection.Past;
        if (w.Length > 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !NotPast.Contains(w) && char.IsLower(w[0]))
            return TemporalDirection.Past;
        return TemporalDirection.Unknown;
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
        // "Jan. 5", "U.S. officials", "p.m. Friday": a short token before the period is an abbreviation.
        var j = i - 1;
        while (j >= 0 && char.IsLetter(text[j]))
            j--;
        var length = i - 1 - j;
        return length > 3 || (length > 1 && (j < 0 || text[j] != '.') && char.IsLower(text[i - 1]) && length > 2);
    }
}
