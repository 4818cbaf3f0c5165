namespace Dateline.Linking;

/// <summary>Names of the graph's bookkeeping values (<see cref="IGraphSession.GetMarker"/>).</summary>
public static class GraphMarkers
{
    /// <summary>Articles counted in the document frequencies (the N of IDF).</summary>
    public const string TermDocuments = "term-documents";

    /// <summary>Present while a store linked before schema 6 still has story and event nodes without the linkers'
    /// summaries: the id of the last article whose summaries were rebuilt.</summary>
    public const string SummaryBackfill = "summary-backfill";

    /// <summary>How many user corrections (entity merges, unmerges, splits) the graph has had: they change profiles and
    /// links but no node count, so a reader keeping a snapshot compares this too.</summary>
    public const string Corrections = "corrections";
}
