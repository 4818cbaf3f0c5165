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
    private static readonly ImmutableArray<string> DefaultTargets = ["obj", "with", "to", "on", "against", "in", "for"];

    public static IReadOnlyList<Trigger> Read(TextReader reader)
    {
        var triggers = new List<Trigger>();
        string? verb = null;
        while (reader.ReadLine() is { } raw)
        {
            var line = raw.Split('#')[0].Trim();
            if (line.Length == 0 || line.StartsWith("<!--", StringComparison.Ordinal)) continue;
            var header = Header().Match(line);
            if (header.Success)
            {
                verb = header.Groups[1].Value.Replace('_', ' ').ToLowerInvariant();
                var code = header.Groups[2].Value;
                if (IsCode(code) && !verb.Contains(' ', StringComparison.Ordinal)) triggers.Add(Make([verb], code));
                continue;
            }
            if (verb is null || !line.StartsWith('-')) continue;
            var pattern = Pattern().Match(line);
            if (!pattern.Success || !IsCode(pattern.Groups[2].Value) || verb.Contains(' ', StringComparison.Ordinal)) continue;
            var words = pattern.Groups[1].Value.Trim();
            if (!words.StartsWith('*')) continue;
            var after = words[1..].Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries);
            if (after.Length == 0 || after.Any(w => w[0] is '&' or '%' or '$' or '+' or '^' || !w.All(char.IsLetter))) continue;
            triggers.Add(Make([verb, .. after.Select(w => w.ToLowerInvariant())], pattern.Groups[2].Value));
        }
        return triggers;
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
