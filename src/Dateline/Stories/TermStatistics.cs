namespace Dateline.Stories;

/// <summary>In-memory, incremental <see cref="ITermStatistics"/>: <see cref="Add"/> one article's distinct terms at a time.</summary>
public sealed class TermStatistics : ITermStatistics
{
    private readonly Dictionary<string, long> _df = new(StringComparer.Ordinal);

    public long DocumentCount { get; private set; }

    public long DocumentFrequency(string term) => _df.GetValueOrDefault(term);

    public void Add(IEnumerable<string> distinctTerms)
    {
        DocumentCount++;
        foreach (var t in distinctTerms.Distinct(StringComparer.Ordinal))
            _df[t] = _df.GetValueOrDefault(t) + 1;
    }
}
