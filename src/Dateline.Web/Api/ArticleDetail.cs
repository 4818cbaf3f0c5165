using Dateline.Model;
using Dateline.Storage;

namespace Dateline.Web.Api;

/// <summary>`dateline show ID --json`'s record, plus the ids of the events the article reports.</summary>
public sealed record ArticleDetail(long Id, DateTimeOffset IngestedAt, NearDuplicateLink? NearDuplicate, Document Document, IReadOnlyList<string> Events);
