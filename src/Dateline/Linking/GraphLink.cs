namespace Dateline.Linking;

/// <summary>
/// A link from an article's item to a cross-document node (GDELT's mentions table, generalised): an entity
/// chain ("3"), an event mention ("e2") or the article itself ("") in a story. <see cref="Detail"/> is JSON
/// with what a reader needs without opening the article (outlet, date, quote, offsets, score, reason).
/// </summary>
public sealed record GraphLink(long NodeId, string Kind, long ArticleId, string Item, string Detail);
