using Dateline.Model;

namespace Dateline.Extraction;

/// <summary>Collects the first value found for each metadata field, in the order the rules run.</summary>
internal sealed class MetadataCollector
{
    public MetadataValue? Title { get; set; }
    public MetadataValue? Outlet { get; set; }
    public MetadataValue? Author { get; set; }
    public MetadataValue? Url { get; set; }
    public MetadataValue? Published { get; set; }
    public MetadataValue? Language { get; set; }

    /// <summary>The date of an embedded post: a last resort for the publication date (the article is at least as recent).</summary>
    public MetadataValue? EmbeddedPostDate { get; set; }

    public ArticleMetadata ToMetadata() => new()
    {
        Title = Title,
        Outlet = Outlet,
        Author = Author,
        Url = Url,
        Published = Published ?? EmbeddedPostDate,
        Language = Language,
    };
}
