namespace Dateline.Linking;

/// <summary>Names of the graph's bookkeeping values (<see cref="IGraphSession.GetMarker"/>).</summary>
public static class GraphMarkers
{
    /// <summary>Articles counted in the document frequencies (the N of IDF).</summary>
    public const string TermDocuments = "term-documents";

    /// <summary>Present while a store linked before schema 6 still has story and event nodes without the linkers'
    /// summaries: the id of the last article whose summaries were rebuilt.</summary>
    public const string SummaryBackfill = "summary-backfill";
}
