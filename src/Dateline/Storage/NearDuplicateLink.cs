namespace Dateline.Storage;

/// <summary>This article is a near copy (syndicated, the same wire story) of article <see cref="OriginalId"/>.</summary>
public sealed record NearDuplicateLink(long OriginalId, double Similarity);
