using Dateline.Linking;

namespace Dateline.Storage;

/// <summary>
/// Brings an older store's cross-document graph up to date when it is opened, oldest article first, one
/// transaction each, resumable: stores made before the graph (schema 5) get their articles linked
/// (<see cref="Run"/>); stores linked before schema 6 keep every node, link and user override and get the
/// story and event linkers' summaries and the document frequencies rebuilt from their articles (<see cref="Summaries"/>).
/// </summary>
internal static class GraphBackfill
{
    private const int Page = 256;

    public static void Run(IArticleStore store)
    {
        for (int offset = 0; ; offset += Page)
        {
            var summaries = store.List(offset, Page);
            foreach (var summary in summaries)
            {
                if (store.Get(summary.Id) is not { } article) continue;
                store.Graph(s => s.LinksOfArticle(article.Id, GraphKinds.Story).Count > 0
                    ? null
                    : CrossDocumentLinker.Link(s, article.Id, article.Document, article.NearDuplicate), write: true);
            }
            if (summaries.Count < Page) break;
        }
    }

    /// <summary>Runs while the <see cref="GraphMarkers.SummaryBackfill"/> marker is set (schema 6 sets it on a linked store); the
    /// marker records the last article done in the same transaction, so an interrupted backfill resumes where it stopped.</summary>
    public static void Summaries(IArticleStore store)
    {
        if (store.Graph(s => s.GetMarker(GraphMarkers.SummaryBackfill)) is not long done) return;
        for (int offset = 0; ; offset += Page)
        {
            var summaries = store.List(offset, Page);
            foreach (var summary in summaries)
            {
                if (summary.Id <= done || store.Get(summary.Id) is not { } article) continue;
                store.Graph(s =>
                {
                    CrossDocumentLinker.Summarise(s, article.Id, article.Document);
                    s.SetMarker(GraphMarkers.SummaryBackfill, article.Id);
                    return 0;
                }, write: true);
            }
            if (summaries.Count < Page) break;
        }
        store.Graph(s => { s.SetMarker(GraphMarkers.SummaryBackfill, null); return 0; }, write: true);
    }
}
