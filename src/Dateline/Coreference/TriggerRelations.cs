using System.Globalization;
using System.Reflection;

namespace Dateline.Coreference;

/// <summary>
/// Learned evidence on trigger lemmas (data/coref/trigger-pairs.tsv, built from the ECB+ training topics; card
/// in data/models/coref-trigger-pairs.md): for two different lemmas, how often mentions with them in one story
/// report the same event ("die"/"death", "win"/"victory", "quake"/"earthquake"); for one lemma, how often two of
/// its mentions in one story do ("say" rarely, "arrest" usually). Read-only after loading.
/// </summary>
public sealed class TriggerRelations
{
    private readonly Dictionary<(string, string), (int Same, int Pairs)> _pairs;

    private TriggerRelations(Dictionary<(string, string), (int, int)> pairs) => _pairs = pairs;

    public static TriggerRelations Empty { get; } = new([]);

    /// <summary>The table that ships in the engine.</summary>
    public static TriggerRelations BuiltIn { get; } = LoadBuiltIn();

    public int Count => _pairs.Count;

    /// <summary>Pairs of mentions seen in one story with these lemmas, and how many of them corefer; null when never seen.</summary>
    public (int Same, int Pairs)? Lookup(string a, string b) =>
        _pairs.TryGetValue(Order(a, b), out var v) ? v : null;

    /// <summary>
    /// How much two trigger lemmas say "same event", 0..1: a form relation (<see cref="TriggerForms"/>) or a learned
    /// pair (its smoothed coreference rate, scaled so a pair that corefers half the time counts fully); one lemma
    /// counts 1 unless the table knows it to corefer rarely ("say").
    /// </summary>
    public double Similarity(string a, string b)
    {
        double form = TriggerForms.Similarity(a, b);
        var seen = Lookup(a, b);
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            if (seen is not { } self || self.Pairs < MinPairsForSelf) return 1;
            return Math.Clamp(0.4 + 0.6 * Rate(self) / 0.5, 0.4, 1);
        }
        if (seen is not { } pair || pair.Same < MinSame) return form;
        return Math.Max(form, Math.Min(1, Rate(pair) / 0.5));
    }

    public const int MinSame = 2;
    public const int MinPairsForSelf = 10;

    private static double Rate((int Same, int Pairs) v) => (v.Same + 0.0) / (v.Pairs + 2.0);

    private static (string, string) Order(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    /// <summary>Reads "lemma-a TAB lemma-b TAB same TAB pairs" lines; '#' lines are comments.</summary>
    public static TriggerRelations Read(TextReader reader)
    {
        var d = new Dictionary<(string, string), (int, int)>();
        string? line;
        int n = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            n++;
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("lemma_a\t", StringComparison.Ordinal)) continue;
            var f = line.Split('\t');
            if (f.Length < 4 || !int.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out int same) || !int.TryParse(f[3], NumberStyles.None, CultureInfo.InvariantCulture, out int pairs))
                throw new InvalidDataException($"trigger-pairs line {n}: expected lemma_a, lemma_b, same, pairs");
            d[Order(f[0], f[1])] = (same, pairs);
        }
        return new TriggerRelations(d);
    }

    /// <summary>A table from learned rows (<see cref="Learn"/>), keeping those the shipped file keeps.</summary>
    public static TriggerRelations From(IEnumerable<(string A, string B, int Same, int Pairs)> rows) =>
        new(Kept(rows).ToDictionary(r => Order(r.A, r.B), r => (r.Same, r.Pairs)));

    /// <summary>Different lemmas when at least <see cref="MinSame"/> pairs corefer; one lemma when seen in <see cref="MinPairsForSelf"/> pairs.</summary>
    public static IEnumerable<(string A, string B, int Same, int Pairs)> Kept(IEnumerable<(string A, string B, int Same, int Pairs)> rows) =>
        rows.Where(r => string.Equals(r.A, r.B, StringComparison.Ordinal) ? r.Pairs >= MinPairsForSelf : r.Same >= MinSame);

    /// <summary>Counts, from mentions grouped by story with their gold events, the pairs this table holds.</summary>
    public static IEnumerable<(string A, string B, int Same, int Pairs)> Learn(IEnumerable<IReadOnlyList<(string Lemma, string Event)>> stories)
    {
        var d = new Dictionary<(string, string), (int Same, int Pairs)>();
        foreach (var story in stories)
            for (int i = 0; i < story.Count; i++)
                for (int j = i + 1; j < story.Count; j++)
                {
                    var k = Order(story[i].Lemma, story[j].Lemma);
                    var (s, p) = d.GetValueOrDefault(k);
                    d[k] = (s + (string.Equals(story[i].Event, story[j].Event, StringComparison.Ordinal) ? 1 : 0), p + 1);
                }
        return d.Select(kv => (kv.Key.Item1, kv.Key.Item2, kv.Value.Same, kv.Value.Pairs));
    }

    private static TriggerRelations LoadBuiltIn()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Dateline.Coreference.Data.trigger-pairs.tsv");
        if (stream is null) return Empty;
        using var reader = new StreamReader(stream);
        return Read(reader);
    }
}
