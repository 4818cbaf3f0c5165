using Dateline.Stories;

namespace Dateline.Linking;

/// <summary>The store's document frequencies for one article's terms, read in one look-up (the story linker's IDF).</summary>
internal sealed class GraphTermStatistics : ITermStatistics
{
    private readonly IReadOnlyDictionary<string, long> _df;

    public GraphTermStatistics(IGraphSession session, IReadOnlyCollection<string> terms)
    {
        DocumentCount = session.TermDocumentCount();
        _df = DocumentCount == 0 ? new Dictionary<string, long>() : session.DocumentFrequencies(terms);
    }

    public long DocumentCount { get; }

    public long DocumentFrequency(string term) => _df.GetValueOrDefault(term);
}
