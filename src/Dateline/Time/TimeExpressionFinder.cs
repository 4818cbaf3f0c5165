using System.Collections.Immutable;
using Dateline.Model;

namespace Dateline.Time;

/// <summary>
/// Finds TIMEX3 expressions in English text and resolves them against an anchor. Pure: text and
/// anchor in, expressions out, no document or pipeline needed. Every named pattern in
/// <see cref="TimePatterns"/> proposes matches; overlapping ones are settled longest first; the
/// survivors are resolved in text order so that a date the text sets ("On 3 May") becomes the
/// reference for what follows ("two days later").
/// </summary>
public static class TimeExpressionFinder
{
    /// <summary>Finds and resolves against a publication date; null keeps relative values relative ("XXXX-WXX-4").</summary>
    public static IReadOnlyList<TimeExpression> Find(string text, DateOnly? anchor) =>
        Find(text, anchor is { } day ? TimeAnchor.Publication(day) : null);

    public static IReadOnlyList<TimeExpression> Find(string text, TimeAnchor? anchor) => Find(text, anchor, TimeFinderOptions.Default);

    public static IReadOnlyList<TimeExpression> Find(string text, TimeAnchor? anchor, TimeFinderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(text);
        var candidates = new List<Candidate>();
        var patterns = TimePatterns.All;
        for (var p = 0; p < patterns.Count; p++)
        {
            if (patterns[p].Trigger is { } trigger)
            {
                CollectAroundTriggers(text, p, patterns[p], trigger, candidates);
                continue;
            }
            for (var m = patterns[p].Regex.Match(text); m.Success; m = m.NextMatch())
            {
                if (m.Length > 0)
                    candidates.Add(new Candidate(p, m));
            }
        }
        if (candidates.Count == 0)
            return [];

        // Longest first, then the earlier-listed pattern; a resolver may still reject ("May" the verb), letting a shorter one in.
        candidates.Sort((a, b) => b.Match.Length != a.Match.Length ? b.Match.Length.CompareTo(a.Match.Length)
            : a.Pattern != b.Pattern ? a.Pattern.CompareTo(b.Pattern) : a.Match.Index.CompareTo(b.Match.Index));
        var scratch = new ResolutionContext(text, anchor);
        var accepted = new List<Candidate>();
        var taken = new BitArrayRange(text.Length);
        foreach (var c in candidates)
        {
            if (taken.Overlaps(c.Match.Index, c.Match.Index + c.Match.Length))
                continue;
            if (patterns[c.Pattern].Resolve(c.Match, scratch) is not { } trial)
                continue;
            taken.Mark(trial.Start ?? c.Match.Index, trial.End ?? c.Match.Index + c.Match.Length);
            accepted.Add(c);
        }
        // Ages still claim their words when switched off, so "52 years old" does not become the duration "52 years".
        if (!options.IncludeAges)
            accepted.RemoveAll(c => patterns[c.Pattern].Name == "age");
        accepted.Sort((a, b) => a.Match.Index.CompareTo(b.Match.Index));

        var ctx = new ResolutionContext(text, anchor);
        var result = ImmutableArray.CreateBuilder<TimeExpression>(accepted.Count);
        foreach (var c in accepted)
        {
            var pattern = patterns[c.Pattern];
            if (pattern.Resolve(c.Match, ctx) is not { } r)
                continue;
            var span = new TextSpan(r.Start ?? c.Match.Index, r.End ?? c.Match.Index + c.Match.Length);
            result.Add(new TimeExpression
            {
                Span = span,
                Text = span.Of(text),
                Type = r.Type,
                Value = r.Value,
                Precision = r.Precision,
                Anchor = r.Anchor,
                AnchorKind = r.AnchorKind,
                Reason = r.Reason,
                Rule = pattern.Name,
                Mod = r.Mod,
                Quant = r.Quant,
                Freq = r.Freq,
                EndValue = r.EndValue,
            });
            if (r.Point is { } point && r.Type is TimexType.Date or TimexType.Time)
            {
                ctx.Reference = point;
                ctx.ReferenceText = span.Of(text);
                ctx.ReferenceStart = span.Start;
            }
        }
        return result.ToImmutable();
    }

    /// <summary>Runs a pattern only in a window before each of its trigger words, keeping matches that cover the trigger.</summary>
    private static void CollectAroundTriggers(string text, int index, TimePattern pattern, System.Text.RegularExpressions.Regex trigger, List<Candidate> candidates)
    {
        var seen = new HashSet<(int, int)>();
        for (var t = trigger.Match(text); t.Success; t = t.NextMatch())
        {
            // The window starts and ends on whitespace, so the boundary assertions at its edges see what the full text would.
            var start = Math.Max(0, t.Index - pattern.Lookback);
            while (start > 0 && !char.IsWhiteSpace(text[start]))
                start--;
            var end = Math.Min(text.Length, t.Index + t.Length + 40);
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
                end++;
            for (var m = pattern.Regex.Match(text, start, end - start); m.Success && m.Index <= t.Index; m = m.NextMatch())
            {
                if (m.Length > 0 && m.Index + m.Length >= t.Index + t.Length && seen.Add((m.Index, m.Length)))
                    candidates.Add(new Candidate(index, m));
            }
        }
    }

    private readonly record struct Candidate(int Pattern, System.Text.RegularExpressions.Match Match);

    /// <summary>Which characters already belong to an accepted expression.</summary>
    private sealed class BitArrayRange(int length)
    {
        private readonly System.Collections.BitArray _bits = new(length + 1);

        public bool Overlaps(int start, int end)
        {
            for (var i = start; i < end; i++)
                if (_bits[i])
                    return true;
            return false;
        }

        public void Mark(int start, int end)
        {
            for (var i = start; i < end; i++)
                _bits[i] = true;
        }
    }
}
