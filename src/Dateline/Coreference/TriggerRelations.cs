using System.Collections.Concurrent;
using System.Globalization;
using System.Numerics.Tensors;
using System.Reflection;
using Dateline.Language;

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

    /// <summary>
    /// The coreference rate of two different trigger lemmas read through their neighbours in word-vector space: every pair
    /// of the table counts with weight (cos(a, a′)·cos(b, b′))², matched either way round, negative cosines as 0, so a pair
    /// the table never saw ("announce"/"unveil") borrows the rate of near pairs ("issue"/"release") and a near pair of
    /// lemmas the table knows to be different happenings ("kill"/"shooting") passes on a low rate. Shrunk towards 0 by
    /// <see cref="SmoothingPrior"/> pairs of weight, so a lemma pair with no near row says nothing. 0 for one lemma.
    /// </summary>
    public double SmoothedRate(WordVectors v, string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal)) return 0;
        var key = Order(a, b);
        if (_smoothed.TryGetValue(key, out var cached)) return cached;
        var (lemmas, rows) = _rowsByVector.Value;
        var ca = CosinesTo(v, a, lemmas);
        var cb = CosinesTo(v, b, lemmas);
        double num = 0, den = SmoothingPrior;
        if (ca is not null && cb is not null)
            foreach (var (i, j, same, pairs) in rows)
            {
                double k = Math.Max(ca[i] * cb[j], ca[j] * cb[i]);
                if (k <= 0) continue;
                k *= k;
                num += k * same;
                den += k * (pairs + 2.0);
            }
        double rate = num / den;
        _smoothed[key] = rate;
        return rate;
    }

    /// <summary>The weight, in pairs at rate 0, that <see cref="SmoothedRate"/> starts from.</summary>
    public const double SmoothingPrior = 0.5;

    private readonly ConcurrentDictionary<(string, string), double> _smoothed = new();
    private readonly ConcurrentDictionary<string, float[]?> _cosines = new(StringComparer.Ordinal);

    private Lazy<(string[] Lemmas, (int A, int B, int Same, int Pairs)[] Rows)> _rowsByVector => _rowsLazy ??= new(() =>
    {
        var lemmas = _pairs.Keys.SelectMany(k => new[] { k.Item1, k.Item2 }).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var index = lemmas.Select((l, i) => (l, i)).ToDictionary(t => t.l, t => t.i, StringComparer.Ordinal);
        var rows = _pairs.Where(kv => !string.Equals(kv.Key.Item1, kv.Key.Item2, StringComparison.Ordinal))
            .OrderBy(kv => kv.Key.Item1, StringComparer.Ordinal).ThenBy(kv => kv.Key.Item2, StringComparer.Ordinal)
            .Select(kv => (index[kv.Key.Item1], index[kv.Key.Item2], kv.Value.Same, kv.Value.Pairs)).ToArray();
        return (lemmas, rows);
    });

    private Lazy<(string[] Lemmas, (int A, int B, int Same, int Pairs)[] Rows)>? _rowsLazy;

    /// <summary>A lemma's cosine (negative as 0) with each lemma of the table; null when the vectors do not hold it.</summary>
    private float[]? CosinesTo(WordVectors v, string lemma, string[] lemmas) => _cosines.GetOrAdd(lemma, l =>
    {
        var x = v.Of(l);
        if (x.IsEmpty) return null;
        var c = new float[lemmas.Length];
        for (int i = 0; i < lemmas.Length; i++)
        {
            var y = v.Of(lemmas[i]);
            c[i] = y.IsEmpty ? 0 : Math.Max(0, TensorPrimitives.Dot(x, y));
        }
        return c;
    });

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
