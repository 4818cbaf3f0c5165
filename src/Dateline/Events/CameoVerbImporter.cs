using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Dateline.Events;

/// <summary>
/// Imports a CAMEO/PETRARCH verb dictionary from a path (never committed) as triggers. A "--- NAME [code] ---" block
/// lists its verbs ("MEET {MET MEETS}", "DOWNPLAY [014]" with its own code, "+BREAK_DOWN" a verb with a particle,
/// "WIRE_+TAP" a verb with a word before it; the header is a verb too when it is one word or a phrasal verb) and its
/// patterns, which apply to every verb of the block: "- PRE * POST [code]". Words before '*' must come before the
/// verb, words after it follow, with any words between unless '_' joins them ("NEW_&amp;TIETYPES_RELATIONS": next to each
/// other); '&amp;SET' stands for each member of a synonym set; '+' marks the target, '$' the
/// source, '%' a compound actor (before the verb: coordinated subjects act on each other), '^' a noun phrase to skip;
/// "(...)" and "{...}" group words. A code "032:033" gives the reverse reading (the target does 033 to the source).
/// Codes that are not event codes ("---", "+++", "xxy") make no trigger. Unslotted targets are tried as the object,
/// then as the nearest prepositional object after the verb (role "pp").
/// </summary>
public static partial class CameoVerbImporter
{
    /// <summary>The object, else the nearest prepositional object after the verb (PETRARCH takes the first actor of the verb phrase).</summary>
    private static readonly ImmutableArray<string> DefaultTargets = ["obj", "pp"];

    public static IReadOnlyList<Trigger> Read(TextReader reader)
    {
        var lines = new List<string>();
        while (reader.ReadLine() is { } raw) lines.Add(raw.Split('#')[0].Trim());
        var synsets = Synsets(lines);
        var triggers = new List<Trigger>();
        Block? block = null;
        foreach (var line in lines)
        {
            if (line.Length == 0 || line.StartsWith("<!--", StringComparison.Ordinal)) continue;
            var header = Header().Match(line);
            if (header.Success)
            {
                Flush(block, triggers, synsets);
                block = new Block(header.Groups[1].Value.Trim(), Codes(header.Groups[2].Value));
                continue;
            }
            if (line.StartsWith('&')) { Flush(block, triggers, synsets); block = null; continue; }
            if (block is null) continue;
            if (line.StartsWith('-'))
            {
                if (Pattern().Match(line) is { Success: true } p) block.Patterns.Add((p.Groups[1].Value.Trim(), Codes(p.Groups[2].Value)));
                continue;
            }
            if (VerbLine().Match(line) is { Success: true } v)
                block.Verbs.Add((v.Groups[1].Value.Trim(), v.Groups[2].Success ? Codes(v.Groups[2].Value) : null));
        }
        Flush(block, triggers, synsets);
        return triggers;
    }

    /// <summary>One "--- NAME [code] ---" block: its verb lines and patterns.</summary>
    private sealed record Block(string Name, (string? Code, string? Reverse) Code)
    {
        public List<(string Words, (string? Code, string? Reverse)? Code)> Verbs { get; } = [];

        public List<(string Words, (string? Code, string? Reverse) Code)> Patterns { get; } = [];
    }

    private static void Flush(Block? block, List<Trigger> triggers, Dictionary<string, List<string>> synsets)
    {
        if (block is null) return;
        var verbs = new List<(string Head, string[] Before, string[] After, (string? Code, string? Reverse) Code)>();
        // The header is a verb itself unless it names a category ("MEET_PEOPLE" in CAMEO 2.0).
        if (!block.Name.Contains('_', StringComparison.Ordinal) && Verb(block.Name) is { } h) verbs.Add((h.Head, h.Before, h.After, block.Code));
        foreach (var (words, code) in block.Verbs)
            if (Verb(words) is { } v && !verbs.Any(x => x.Head == v.Head && x.Before.SequenceEqual(v.Before) && x.After.SequenceEqual(v.After)))
                verbs.Add((v.Head, v.Before, v.After, code ?? block.Code));
        foreach (var verb in verbs)
        {
            if (verb.Code.Code is { } c) triggers.Add(Make(verb.Head, verb.Before, verb.After, c, verb.Code.Reverse, null));
            foreach (var (pattern, code) in block.Patterns)
            {
                if (code.Code is null) continue;
                foreach (var parsed in Parse(pattern, synsets))
                    triggers.Add(Make(verb.Head, [.. parsed.Before, .. verb.Before], [.. verb.After, .. parsed.After], code.Code, code.Reverse, parsed));
            }
        }
    }

    /// <summary>"+BREAK_DOWN" -> break + down; "WIRE_+TAP" -> wire + tap; "LASH OUT" -> lash + out; "MEET" -> meet.</summary>
    private static (string Head, string[] Before, string[] After)? Verb(string words)
    {
        var parts = words.Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return null;
        int head = Array.FindIndex(parts, p => p.StartsWith('+'));
        if (head < 0) head = 0;
        var clean = parts.Select(p => p.TrimStart('+').ToLowerInvariant()).ToArray();
        if (clean.Any(w => w.Length == 0 || !w.All(ch => char.IsLetter(ch) || ch is '\'' or '-'))) return null;
        return (clean[head], clean[..head], clean[(head + 1)..]);
    }

    /// <summary>A parsed pattern: words before and after the verb, which of them the pattern joins to their neighbour ('_'), slots, compound flag; one per synonym-set combination.</summary>
    private sealed record Parsed(string[] Before, bool[] BeforeAdjacent, string[] After, bool[] AfterAdjacent, bool Compound, Slot? Source, Slot? Target);

    /// <summary>A slot as read: before the verb (index of the preceding word among the words before, -1 at the start) or after it (index among the words after).</summary>
    private sealed record Slot(bool BeforeVerb, int AfterWord, int Skip);

    /// <summary>One word position of a pattern: its alternatives (a synonym set) and whether '_' ties it to the word or '*' before or after it.</summary>
    private sealed record Element(List<string> Options, bool JoinedBefore, bool JoinedAfter);

    private static IEnumerable<Parsed> Parse(string pattern, Dictionary<string, List<string>> synsets)
    {
        var text = pattern.Replace("(", " ", StringComparison.Ordinal).Replace(")", " ", StringComparison.Ordinal)
            .Replace("{", " ", StringComparison.Ordinal).Replace("}", " ", StringComparison.Ordinal);
        // Each element with whether '_' joins it to the element before ("NEW_&TIETYPES_RELATIONS": three joined words).
        var elements = new List<(string Text, bool Joined)>();
        foreach (var chunk in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            bool first = true;
            foreach (var raw in chunk.Split('_', StringSplitOptions.RemoveEmptyEntries))
            {
                // "+WORD" or "$WORD": a slot followed by a word.
                if (raw.Length > 1 && raw[0] is '+' or '$' && raw[1] != '+') { elements.Add((raw[..1], !first)); elements.Add((raw[1..], false)); }
                else elements.Add((raw, !first));
                first = false;
            }
        }
        int star = elements.FindIndex(e => e.Text == "*");
        if (star < 0) yield break;
        static bool IsWordOrStar(string e) => e is not ("^" or "+" or "$" or "%");
        // Word slots: each element is a list of alternatives (a synonym set) of word sequences.
        var before = new List<Element>();
        var after = new List<Element>();
        bool compound = false;
        Slot? source = null, target = null;
        int skip = 0;
        for (int i = 0; i < elements.Count; i++)
        {
            if (i == star) { skip = 0; continue; }
            var e = elements[i].Text;
            bool pre = i < star;
            var words = pre ? before : after;
            switch (e)
            {
                case "^": skip++; continue;
                case "+" or "$" or "%":
                    var slot = new Slot(pre, words.Count - 1, skip);
                    skip = 0;
                    if (e == "%" && pre) compound = true;
                    else if (e == "$") source = slot;
                    else target = slot;
                    continue;
            }
            skip = 0;
            bool joinedBefore = elements[i].Joined && i > 0 && IsWordOrStar(elements[i - 1].Text);
            bool joinedAfter = i + 1 < elements.Count && elements[i + 1].Joined && IsWordOrStar(elements[i + 1].Text);
            if (e.StartsWith('&'))
            {
                var members = synsets.GetValueOrDefault(e.TrimEnd('_'), []);
                if (members.Count == 0) yield break;
                words.Add(new Element([.. members.Select(m => m.ToLowerInvariant())], joinedBefore, joinedAfter));
            }
            else if (e.Any(char.IsLetter) && e.All(ch => char.IsLetter(ch) || ch is '\'' or '-' or '.')) words.Add(new Element([e.ToLowerInvariant()], joinedBefore, joinedAfter));
            else yield break;
        }
        // Expand synonym sets: one trigger per combination (bounded).
        var beforeCombos = Combine(before, before: true);
        var afterCombos = Combine(after, before: false);
        if (beforeCombos.Count * afterCombos.Count > 64) yield break;
        foreach (var b in beforeCombos)
            foreach (var a in afterCombos)
                yield return new Parsed(b.Words, b.Adjacent, a.Words, a.Adjacent, compound, Map(source, b.Ends, a.Ends), Map(target, b.Ends, a.Ends));
    }

    /// <summary>Word indexes move when a synonym member has several words: map a slot's preceding element to its last word.</summary>
    private static Slot? Map(Slot? slot, int[] beforeEnds, int[] afterEnds)
    {
        if (slot is null) return null;
        var ends = slot.BeforeVerb ? beforeEnds : afterEnds;
        return slot with { AfterWord = slot.AfterWord < 0 ? -1 : ends[slot.AfterWord] };
    }

    /// <summary>
    /// The word sequences of a side of the verb, one per combination of synonym members, with each word's adjacency: after
    /// the verb, whether the word must follow the one before it directly; before the verb, whether it must come directly
    /// before the next one. The words of one multiword member ("DID N'T") stay together.
    /// </summary>
    private static List<(string[] Words, bool[] Adjacent, int[] Ends)> Combine(List<Element> elements, bool before)
    {
        var combos = new List<(List<string> Words, List<bool> Adjacent, List<int> Ends)> { ([], [], []) };
        foreach (var element in elements)
        {
            combos = [.. combos.SelectMany(c => element.Options.Select(o =>
            {
                var words = new List<string>(c.Words);
                var adjacent = new List<bool>(c.Adjacent);
                var parts = o.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (int k = 0; k < parts.Length; k++)
                {
                    words.Add(parts[k]);
                    adjacent.Add(before ? (k < parts.Length - 1 || element.JoinedAfter) : (k > 0 || element.JoinedBefore));
                }
                return (words, adjacent, new List<int>(c.Ends) { words.Count - 1 });
            }))];
            if (combos.Count > 64) break;
        }
        return [.. combos.Select(c => (c.Words.ToArray(), c.Adjacent.ToArray(), c.Ends.ToArray()))];
    }

    private static Trigger Make(string head, string[] before, string[] after, string code, string? reverse, Parsed? parsed)
    {
        var trigger = new Trigger([head, .. after], false, PloverType(code), null, [], code, "subj", DefaultTargets, 0.8)
        {
            Before = [.. before],
            ReverseCameo = reverse,
            Compound = parsed?.Compound ?? false,
        };
        if (parsed is null) return trigger;
        // Slot word indexes are within the pattern's own words; the verb's particles come first among the words after it.
        int particles = after.Length - parsed.After.Length;
        TriggerSlot? Convert(Slot? s) => s switch
        {
            null => null,
            { BeforeVerb: true, AfterWord: < 0 } => TriggerSlot.OfSubject,
            { BeforeVerb: true } => new TriggerSlot(false, true, s.AfterWord, s.Skip),
            _ => new TriggerSlot(false, false, s.AfterWord < 0 ? particles : particles + s.AfterWord + 1, s.Skip),
        };
        trigger = trigger with { SourceSlot = Convert(parsed.Source), TargetSlot = Convert(parsed.Target) };
        if (!parsed.AfterAdjacent.Contains(true) && !parsed.BeforeAdjacent.Contains(true)) return trigger;
        // The verb's own particles and preceding words keep their loose order; only the pattern's '_' joins bind.
        return trigger with
        {
            AdjacentAfter = [.. Enumerable.Repeat(false, particles), .. parsed.AfterAdjacent],
            AdjacentBefore = [.. parsed.BeforeAdjacent, .. Enumerable.Repeat(false, before.Length - parsed.Before.Length)],
        };
    }

    /// <summary>"&amp;NAME" blocks and their "+MEMBER" lines (members with '_' are multiword; nested synsets expanded once).</summary>
    private static Dictionary<string, List<string>> Synsets(List<string> lines)
    {
        var sets = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (line.StartsWith('&'))
            {
                var name = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0].TrimEnd('_');
                current = sets[name] = [];
            }
            else if (current is not null && line.StartsWith('+')) current.Add(line[1..].Trim().TrimEnd('_').Replace('_', ' '));
            else if (line.Length > 0) current = null;
        }
        foreach (var set in sets.Values)
        {
            var nested = set.Where(m => m.StartsWith('&')).ToList();
            foreach (var n in nested)
            {
                set.Remove(n);
                set.AddRange(sets.GetValueOrDefault(n, []).Where(m => !m.StartsWith('&')));
            }
        }
        // Members must be plain words.
        foreach (var set in sets.Values) set.RemoveAll(m => !m.All(ch => char.IsLetter(ch) || ch is ' ' or '\'' or '-'));
        return sets;
    }

    /// <summary>"064" -> (064, null); "032:033" -> (032, 033); "---" -> (null, null).</summary>
    private static (string? Code, string? Reverse) Codes(string text)
    {
        var parts = text.Split(':');
        var code = IsCode(parts[0].Trim()) ? parts[0].Trim() : null;
        var reverse = parts.Length > 1 && IsCode(parts[1].Trim()) ? parts[1].Trim() : null;
        return (code, code is null ? null : reverse);
    }

    /// <summary>An event code: at least two digits first ("064", "1721", "174K"); not "---", "+++", "025?".</summary>
    private static bool IsCode(string code) =>
        code.Length >= 2 && char.IsDigit(code[0]) && char.IsDigit(code[1]) && code.All(char.IsLetterOrDigit);

    /// <summary>The PLOVER type of a CAMEO root (the first two digits), as the CAMEO2PLOVER table maps most of each root.</summary>
    public static string PloverType(string cameo) => cameo[..2] switch
    {
        "01" => "STATEMENT",
        "02" or "10" => "REQUEST",
        "03" => "AGREE",
        "04" => "CONSULT",
        "05" => "SUPPORT",
        "06" => "COOPERATE",
        "07" => "AID",
        "08" => "CONCEDE",
        "09" or "11" => "ACCUSE",
        "12" => "REJECT",
        "13" => "THREATEN",
        "14" => "PROTEST",
        "15" => "MOBILIZE",
        "16" => "SANCTION",
        "17" => "COERCE",
        _ => "ASSAULT",
    };

    [GeneratedRegex(@"^---\s+([A-Z_' ]+?)\s+\[([^\]]*)\]")]
    private static partial Regex Header();

    [GeneratedRegex(@"^-\s+(.*?)\s*\[([^\]]*)\]")]
    private static partial Regex Pattern();

    /// <summary>A verb line of a block: "MEET {MEETS MET}", "DOWNPLAY [014]", "+BREAK_DOWN {...}", "WIRE_+TAP".</summary>
    [GeneratedRegex(@"^([+A-Z][A-Z_+' -]*?)\s*(?:\{[^}]*\})?\s*(?:\[([^\]]*)\])?\s*$")]
    private static partial Regex VerbLine();
}
