using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Dateline.Events;

/// <summary>
/// User-supplied agents (PETRARCH "agents" dictionaries, read from a path, never committed): common nouns and
/// their sector codes, "GOVERNMENT [~GOV]", "GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]": suffix agents (~CODE, appended to
/// the country), prefix agents (CODE~, put before it: "MSF [NGO~]"), and "!X! = A, B" substitution sets used inside entries.
/// </summary>
public sealed partial class AgentDictionary
{
    private readonly FrozenDictionary<string, string> _codes;

    public AgentDictionary(IReadOnlyDictionary<string, string> codes) => _codes = codes.ToFrozenDictionary(StringComparer.Ordinal);

    public static AgentDictionary Empty { get; } = new(new Dictionary<string, string>());

    public int Count => _codes.Count;

    /// <summary>The sector code of these words ("security officials" -> GOV), trying the plain plural too.</summary>
    public string? Find(string words)
    {
        var key = ActorDictionary.Normalise(words);
        if (_codes.TryGetValue(key, out var code)) return code;
        if (key.EndsWith('S') && _codes.TryGetValue(key[..^1], out code)) return code;
        return null;
    }

    /// <summary>True for a prefix agent's code ("NGO~": the agent code comes before the country, "MSF Arnor" -> NGOARN).</summary>
    public static bool IsPrefix(string code) => code.EndsWith('~');

    public static AgentDictionary Read(TextReader reader)
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        // "!PERSON! = MAN, MEN, WOMAN": a substitution set used inside entries ("CONGRESS!PERSON!", "!MINST!_OF_SILLY_WALKS").
        var sets = new Dictionary<string, string[]>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } raw)
        {
            var text = raw.Split('#')[0];
            if (Substitution().Match(text) is { Success: true } sub)
            {
                sets[sub.Groups[1].Value] = [.. sub.Groups[2].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                continue;
            }
            var m = Line().Match(text);
            if (!m.Success) continue;
            var code = m.Groups[3].Value != "~" && m.Groups[5].Value == "~" ? m.Groups[4].Value + "~" : m.Groups[4].Value;
            foreach (var name in Expand(m.Groups[1].Value, sets))
                codes.TryAdd(ActorDictionary.Normalise(name), code);
            foreach (var plural in m.Groups[2].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                foreach (var name in Expand(plural, sets))
                    codes.TryAdd(ActorDictionary.Normalise(name), code);
        }
        return new AgentDictionary(codes);
    }

    /// <summary>An entry with its "!SET!" markers replaced by each member of the set.</summary>
    private static IEnumerable<string> Expand(string entry, Dictionary<string, string[]> sets)
    {
        int start = entry.IndexOf('!', StringComparison.Ordinal);
        int end = start < 0 ? -1 : entry.IndexOf('!', start + 1);
        if (end < 0) return [entry.Replace("!", "", StringComparison.Ordinal)];
        var name = entry[(start + 1)..end];
        var members = sets.GetValueOrDefault(name, []);
        return members.SelectMany(member => Expand(entry[..start] + member + entry[(end + 1)..], sets));
    }

    [GeneratedRegex(@"^\s*!([A-Z]+)!\s*=\s*(.+)$")]
    private static partial Regex Substitution();

    [GeneratedRegex(@"^\s*([A-Z!][A-Z_ .'!-]*?)\s*(?:\{([^}]*)\})?\s*\[\s*(~?)([A-Z]+)(~?)\s*\]")]
    private static partial Regex Line();
}
