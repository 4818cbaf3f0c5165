using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Dateline.Events;

/// <summary>
/// The numbers a sentence gives about the event its trigger codes, read from the parse: the trigger's own counted
/// arguments ("sent 300 troops", "killed 12 civilians"), a casualty clause on it ("attacked the town, killing 12
/// people") and how long a meeting lasted ("the talks lasted more than two hours"). Dates are never figures.
/// </summary>
internal static partial class EventFigures
{
    /// <summary>Clauses that count the cost of what the trigger says: "..., killing 12", "... and wounded 40".</summary>
    private static readonly FrozenWords CasualtyVerbs = new("kill", "wound", "injure", "displace", "arrest", "detain", "abduct", "kidnap", "capture", "evacuate", "release", "free");

    /// <summary>Counted people, said in several words: compared as one ("12 people" against "40 civilians").</summary>
    private static readonly FrozenWords People = new("people", "person", "civilian", "resident", "villager", "inhabitant");

    private static readonly Dictionary<string, double> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["dozen"] = 12, ["hundred"] = 100, ["thousand"] = 1_000,
        ["million"] = 1_000_000, ["billion"] = 1_000_000_000, ["bn"] = 1_000_000_000, ["m"] = 1_000_000,
    };

    [GeneratedRegex(@"(more than|over|at least|about|around|some|roughly|approximately|nearly|almost|up to|as many as|fewer than|less than)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Hedge();

    public static ImmutableArray<EventFigure> Find(DocContext ctx, int head, bool isNoun)
    {
        var d = ctx.Doc;
        var found = new List<EventFigure>();
        var trigger = d.Tokens[head];
        if (!isNoun)
            foreach (var c in ctx.Children(head))
                if (d.Tokens[c].Deprel is "obj" or "nsubj:pass" or "obl")
                    Add(ctx, c, trigger.Lemma, found);
        foreach (var clause in ctx.Children(head))
            if (d.Tokens[clause].Deprel is "advcl" or "conj" or "xcomp" && d.Tokens[clause].Upos == "VERB"
                && CasualtyVerbs.Contains(d.Tokens[clause].Lemma.ToLowerInvariant()))
                foreach (var c in ctx.Children(clause))
                    if (d.Tokens[c].Deprel is "obj" or "nsubj:pass")
                        Add(ctx, c, d.Tokens[clause].Lemma, found);
        // "The meeting lasted two hours": the trigger noun is the subject of "last".
        if (isNoun && trigger.Deprel == "nsubj" && trigger.Head >= 0 && d.Tokens[trigger.Head].Lemma.Equals("last", StringComparison.OrdinalIgnoreCase))
            foreach (var c in ctx.Children(trigger.Head))
                if (d.Tokens[c].Deprel is "obj" or "obl" or "obl:tmod" or "obl:npmod")
                    Add(ctx, c, "last", found, duration: true);
        return [.. found];
    }

    /// <summary>A counted noun ("12 civilians") or a bare number standing for people ("killing 12"); <paramref name="duration"/>: "lasted two hours".</summary>
    private static void Add(DocContext ctx, int noun, string verb, List<EventFigure> found, bool duration = false)
    {
        var d = ctx.Doc;
        // A date is no figure ("on 12 May"); how long something lasted is one, though the time tagger reads it too.
        if (!duration && ctx.InTimeOrDateline(noun)) return;
        int number;
        string counted;
        if (d.Tokens[noun].Upos == "NUM")
        {
            if (!CasualtyVerbs.Contains(verb.ToLowerInvariant())) return;
            number = noun;
            counted = "people";
        }
        else
        {
            number = ctx.Children(noun).FirstOrDefault(c => d.Tokens[c].Deprel == "nummod" && d.Tokens[c].Upos == "NUM", -1);
            if (number < 0) return;
            var lemma = d.Tokens[noun].Lemma.ToLowerInvariant();
            counted = People.Contains(lemma) ? "people" : lemma;
        }
        if (!duration && ctx.InTimeOrDateline(number) || Value(ctx, number) is not { } value) return;
        // The number's words: itself and its multipliers ("1.5 million"), then the hedge before them ("more than").
        int first = number, last = number;
        foreach (var c in ctx.Children(number))
            if (d.Tokens[c].Upos == "NUM" || d.Tokens[c].Deprel is "compound" or "nummod")
            {
                first = Math.Min(first, c);
                last = Math.Max(last, c);
            }
        last = Math.Max(last, noun);
        int start = d.Tokens[first].Start;
        var before = d.Text[Math.Max(0, start - 24)..start];
        var hedge = Hedge().Match(before);
        var bound = "exact";
        if (hedge.Success)
        {
            bound = hedge.Groups[1].Value.ToLowerInvariant() switch
            {
                "more than" or "over" => "more than",
                "at least" => "at least",
                "fewer than" or "less than" => "fewer than",
                "nearly" or "almost" or "up to" or "as many as" => "up to",
                _ => "about",
            };
            start -= before.Length - hedge.Index;
        }
        int end = d.Tokens[last].End;
        found.Add(new EventFigure
        {
            Value = value, Bound = bound, What = $"{verb.ToLowerInvariant()} {counted}", Text = d.Text[start..end], Start = start, End = end,
        });
    }

    /// <summary>"75,000" -> 75000, "two" -> 2, "1.5" with a "million" under it -> 1500000; null for what is no count ("dozens").</summary>
    private static double? Value(DocContext ctx, int number)
    {
        var d = ctx.Doc;
        if (Parse(d.Tokens[number].Form) is not { } value) return null;
        // "1.5 million": UD hangs "1.5" on "million" (compound), or "million" on "1.5"; either way they multiply.
        foreach (var c in ctx.Children(number))
            if (d.Tokens[c].Upos == "NUM" && Parse(d.Tokens[c].Form) is { } other)
                value *= other;
        return value;
    }

    private static double? Parse(string form)
    {
        if (Words.TryGetValue(form, out var word)) return word;
        var digits = form.Replace(",", "", StringComparison.Ordinal);
        return digits.Length > 0 && char.IsAsciiDigit(digits[0])
            && double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}
