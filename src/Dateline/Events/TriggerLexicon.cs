using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using Dateline.Model;

namespace Dateline.Events;

/// <summary>
/// The trigger table (data/events/triggers.tsv, embedded in the assembly), indexed by head lemma and
/// part of speech; the longest form (words before and after the head) is tried first ("hold talk" before "hold").
/// </summary>
public sealed class TriggerLexicon
{
    public const string Stage = "events";

    private static readonly Lazy<TriggerLexicon> BuiltInLazy = new(LoadBuiltIn);

    private readonly FrozenDictionary<string, ImmutableArray<Trigger>> _verbs;
    private readonly FrozenDictionary<string, ImmutableArray<Trigger>> _nouns;

    public TriggerLexicon(IEnumerable<Trigger> triggers, IReadOnlyList<Diagnostic>? diagnostics = null)
    {
        Triggers = [.. triggers];
        Diagnostics = [.. diagnostics ?? []];
        _verbs = Index(Triggers.Where(t => !t.IsNoun));
        _nouns = Index(Triggers.Where(t => t.IsNoun));
    }

    public static TriggerLexicon BuiltIn => BuiltInLazy.Value;

    public ImmutableArray<Trigger> Triggers { get; }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Triggers whose head is this lemma, longest first.</summary>
    public ImmutableArray<Trigger> ForHead(string lemma, bool noun) =>
        (noun ? _nouns : _verbs).TryGetValue(lemma, out var list) ? list : [];

    /// <summary>Heads are looked up case-insensitively without allocating (the coder asks for every verb and noun).</summary>
    private static FrozenDictionary<string, ImmutableArray<Trigger>> Index(IEnumerable<Trigger> triggers) => triggers
        .GroupBy(t => t.Head, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(t => t.Weight).ToImmutableArray(), StringComparer.OrdinalIgnoreCase);

    public static TriggerLexicon Load(TextReader reader, string source)
    {
        var triggers = new List<Trigger>();
        var diagnostics = new List<Diagnostic>();
        int lineNumber = 0;
        bool header = true;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var f = line.Split('\t');
            if (header)
            {
                header = false;
                if (f[0] == "form") continue;
            }
            if (f.Length != 9 || !double.TryParse(f[8], NumberStyles.Float, CultureInfo.InvariantCulture, out var certainty))
            {
                diagnostics.Add(new Diagnostic("events.bad-trigger", Stage, DiagnosticSeverity.Error, $"{source}:{lineNumber}: expected 9 tab-separated columns with a numeric certainty"));
                continue;
            }
            triggers.Add(new Trigger(
                [.. f[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)],
                f[1] == "noun",
                f[2],
                f[3] == "-" ? null : f[3],
                f[4] == "-" ? [] : [.. f[4].Split('|')],
                f[5],
                f[6],
                f[7] == "-" ? [] : [.. f[7].Split('|')],
                certainty));
        }
        return new TriggerLexicon(triggers, diagnostics);
    }

    private static TriggerLexicon LoadBuiltIn()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Dateline.Events.Data.triggers.tsv")
            ?? throw new InvalidOperationException("embedded data/events/triggers.tsv is missing from the build");
        using var reader = new StreamReader(stream);
        return Load(reader, "triggers.tsv");
    }
}
