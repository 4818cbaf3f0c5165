using Dateline.Model;

namespace Dateline.Storage;

/// <summary>The rows of the events index for a document, shared by both stores so they index alike.</summary>
internal static class EventIndex
{
    public static IEnumerable<EventIndexRow> Rows(long articleId, Document document) =>
        document.EventMentions.Select(e => new EventIndexRow(
            articleId, e.Id, e.Event, e.Date.Value,
            "|" + string.Join("|", e.Source.Concat(e.Target).SelectMany(a => new[] { a.Name, a.Text }).Select(n => n.ToLowerInvariant()).Distinct(StringComparer.Ordinal)) + "|"));

    /// <summary>The lower-case text searched for inside the actors column; null for every event.</summary>
    public static string? Needle(string? actor) => string.IsNullOrWhiteSpace(actor) ? null : actor.Trim().ToLowerInvariant();
}
