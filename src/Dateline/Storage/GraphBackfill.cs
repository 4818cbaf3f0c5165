using Dateline.Linking;

namespace Dateline.Storage;

/// <summary>Stores made before the cross-document graph (schema 5) get their articles linked once, oldest first, one transaction each.</summary>
internal static class GraphBackfill
{
    public static void Run(IArticleStore store)
    {
        const int page = 256;
        for (int offset = 0; ; offset += page)
        {
            var summaries = store.List(offset, page);
            foreach (var summary in summaries)
            {
                if (store.Get(summary.Id) is not { } article) continue;
                store.Graph(s => s.LinksOfArticle(article.Id, GraphKinds.Story).Count > 0
                    ? null
                    : CrossDocumentLinker.Link(s, article.Id, article.Document, article.NearDuplicate), write: true);
            }
            if (summaries.Count < page) break;
        }
    }
}
