namespace Dateline.Stories;

/// <summary>
/// Document frequencies for IDF weighting: how many articles the store holds and how many use a term. The store
/// keeps them as one counter per term, bumped when an article is stored (cost: the article's distinct terms),
/// so weighting a new article never reads the archive. <see cref="TermStatistics"/> is the in-memory one.
/// </summary>
public interface ITermStatistics
{
    long DocumentCount { get; }

    long DocumentFrequency(string term);
}
