using System.Collections.Immutable;

namespace Dateline.Stories;

/// <summary>
/// A story as the linker sees it: the centroid of its articles' term and entity vectors (summed, capped to the
/// heaviest <see cref="MaxTerms"/> / <see cref="MaxEntities"/>), the dates its articles name with counts, its
/// event keys, its article count and first and last publication days. Immutable; <see cref="Add"/> returns the
/// summary with one more article, at a cost bounded by the caps, whatever the story's size.
/// </summary>
public sealed record StorySummary
{
    public const int MaxTerms = 64;
    public const int MaxEntities = 32;
    public const int MaxDates = 16;

    public required string Id { get; init; }

    public int ArticleCount { get; init; }

    /// <summary>Summed unit term vectors of the articles (divide by <see cref="ArticleCount"/> for the mean).</summary>
    public ImmutableArray<WeightedTerm> Terms { get; init; } = [];

    public ImmutableArray<WeightedTerm> Entities { get; init; } = [];

    /// <summary>TIMEX3 value → articles naming it.</summary>
    public ImmutableDictionary<string, int> Dates { get; init; } = ImmutableDictionary.Create<string, int>(StringComparer.Ordinal);

    public ImmutableDictionary<string, int> EventKeys { get; init; } = ImmutableDictionary.Create<string, int>(StringComparer.Ordinal);

    public DateOnly? FirstPublished { get; init; }

    public DateOnly? LastPublished { get; init; }

    public static StorySummary Start(string id, StoryProfile article) => new StorySummary { Id = id }.Add(article);

    public StorySummary Add(StoryProfile a) => this with
    {
        ArticleCount = ArticleCount + 1,
        Terms = Sum(Terms, a.Terms, MaxTerms),
        Entities = Sum(Entities, a.Entities, MaxEntities),
        Dates = Count(Dates, a.Dates),
        EventKeys = Count(EventKeys, a.EventKeys),
        FirstPublished = Min(FirstPublished, a.Published),
        LastPublished = Max(LastPublished, a.Published),
    };

    private static ImmutableArray<WeightedTerm> Sum(ImmutableArray<WeightedTerm> sum, ImmutableArray<WeightedTerm> add, int max)
    {
        var d = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var t in sum) d[t.Term] = t.Weight;
        foreach (var t in add) d[t.Term] = d.GetValueOrDefault(t.Term) + t.Weight;
        return [.. d.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(max).Select(kv => new WeightedTerm(kv.Key, kv.Value))];
    }

    private static ImmutableDictionary<string, int> Count(ImmutableDictionary<string, int> counts, ImmutableArray<string> add)
    {
        var b = counts.ToBuilder();
        foreach (var k in add) b[k] = b.GetValueOrDefault(k) + 1;
        if (b.Count <= MaxDates) return b.ToImmutable();
        return b.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(MaxDates).ToImmutableDictionary(StringComparer.Ordinal);
    }

    private static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a < b ? a : b);

    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a > b ? a : b);
}
