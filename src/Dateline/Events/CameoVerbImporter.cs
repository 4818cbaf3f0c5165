using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Dateline.Events;

/// <summary>
/// Imports a CAMEO/PETRARCH verb dictionary from a path (never committed) as triggers: each "--- VERB [code] ---"
/// block gives the verb lemma with its base code, and each "- * WORDS [code]" pattern a multiword trigger (the words
/// after the verb). Patterns with words before the verb, synsets (&amp;X), and "%"/"$"/"+" markers are not read;
/// the source is the subject and the target is tried as object, then 'with', 'to', 'on', 'against', 'in'.
/// </summary>
public static partial class CameoVerbImporter
{
    private static readonly ImmutableArray<string> DefaultTargets = ["obj", "with", "between", "to", "on", "against", "in", "for", "from", "into", "at", "toward", "over"];

    public static IReadOnlyList<Trigger> Read(TextReader reader)
    {
        var lines = new List<string>();
        while (reader.ReadLine() is { } raw) lines.Add(raw.Split('#')[0].Trim());
        var synsets = Synsets(lines);
        var triggers = new List<Trigger>();
        string? verb = null;
        foreach (var line in lines)
        {
            if (line.Length == 0 || line.StartsWith("<!--", StringComparison.Ordinal)) continue;
            var header = Header().Match(line);
            if (header.Success)
            {
                verb = header.Groups[1].Value.Replace('_', ' ').ToLowerInvariant();
                var code = header.Groups[2].Value;
                if (IsCode(code) && !verb.Contains(' ', StringComparison.Ordinal)) triggers.Add(Make([verb], code));
                continue;
            }
            if (line.StartsWith('&')) verb = null;
            if (verb is null || !line.StartsWith('-')) continue;
            var pattern = Pattern().Match(line);
            if (!pattern.Success || !IsCode(pattern.Groups[2].Value) || verb.Contains(' ', StringComparison.Ordinal)) continue;
            var words = pattern.Groups[1].Value.Trim();
            if (!words.StartsWith('*')) continue;
            // '%' (compound actor), '$' (source) and a bare '+' (target) mark actor slots, not words.
            var after = words[1..].Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w is not ("%" or "$" or "+")).Select(w => w.TrimStart('+', '$')).Where(w => w.Length > 0).ToList();
            if (after.Count == 0) continue;
            // "&TIETYPES" stands for each of its members ("ECONOMIC", "CULTURAL", ...): one trigger per combination.
            var combos = new List<List<string>> { new() };
            bool ok = true;
            foreach (var w in after)
            {
                IReadOnlyList<string> options = w.StartsWith('&') ? synsets.GetValueOrDefault(w.TrimEnd('_'), []) : [w];
                if (options.Count == 0 || options.Any(o => !o.All(c => char.IsLetter(c) || c == ' '))) { ok = false; break; }
                combos = [.. combos.SelectMany(c => options.Select(o => (List<string>)[.. c, .. o.Split(' ', StringSplitOptions.RemoveEmptyEntries)]))];
                if (combos.Count > 64) { ok = false; break; }
            }
            if (!ok) continue;
            foreach (var combo in combos)
                triggers.Add(Make([verb, .. combo.Select(w => w.ToLowerInvariant())], pattern.Groups[2].Value));
        }
        return triggers;
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
        return sets;
    }

    private static Trigger Make(string[] lemmas, string code) =>
        new([.. lemmas], false, PloverType(code), null, [], code, "subj", DefaultTargets, 0.8);

    private static bool IsCode(string code) => code.Length >= 2 && code.All(char.IsDigit);

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

    [GeneratedRegex(@"^---\s+([A-Z_']+)\s+\[([^\]]*)\]\s*---")]
    private static partial Regex Header();

    [GeneratedRegex(@"^-\s+(.*?)\s*\[([^\]]*)\]")]
    private static partial Regex Pattern();
}
