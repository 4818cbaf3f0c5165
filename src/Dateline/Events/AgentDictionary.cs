using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Dateline.Events;

/// <summary>
/// User-supplied agents (PETRARCH "agents" dictionaries, read from a path, never committed): common nouns and
/// their sector codes, "GOVERNMENT [~GOV]", "GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]". Only suffix agents (~CODE,
/// appended to the country) are read; "!X!" substitution sets and prefix agents (CODE~) are not.
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

    public static AgentDictionary Read(TextReader reader)
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } raw)
        {
            var m = Line().Match(raw.Split('#')[0]);
            if (!m.Success) continue;
            var code = m.Groups[3].Value;
            codes.TryAdd(ActorDictionary.Normalise(m.Groups[1].Value), code);
            foreach (var plural in m.Groups[2].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                codes.TryAdd(ActorDictionary.Normalise(plural), code);
        }
        return new AgentDictionary(codes);
    }

    [GeneratedRegex(@"^\s*([A-Z][A-Z_ .'-]*?)\s*(?:\{([^}]*)\})?\s*\[~([A-Z]+)\]")]
    private static partial Regex Line();
}
