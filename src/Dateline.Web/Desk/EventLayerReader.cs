using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Dateline.Model;
using Dateline.Storage;

namespace Dateline.Web.Desk;

/// <summary>
/// Reads a document's event layer (`Document.EventMentions`, PRODUCT.md's event JSON) without a compile-time
/// dependency on it: the layer is serialised as the store would and read back by field name, so the desk lights up
/// as soon as the events stage lands and keeps working (with no events) before. Actors may be plain names or
/// objects with a name; dates an object {value, precision, text} or a string.
/// </summary>
public static class EventLayerReader
{
    private static readonly PropertyInfo? Layer = typeof(Document).GetProperty("EventMentions");

    public static bool LayerExists => Layer is not null;

    public static IReadOnlyList<DeskEvent> Read(long documentId, Document document)
    {
        if (Layer?.GetValue(document) is not { } value) return [];
        var json = JsonSerializer.SerializeToElement(value, Layer.PropertyType, DocumentSerializer.Options);
        return Parse(documentId, document, json);
    }

    /// <summary>The pure part: an event-layer JSON array to desk events (ids "{document}-{index}").</summary>
    public static IReadOnlyList<DeskEvent> Parse(long documentId, Document document, JsonElement layer)
    {
        if (layer.ValueKind != JsonValueKind.Array) return [];
        var m = document.Metadata;
        var events = new List<DeskEvent>();
        int i = 0;
        foreach (var e in layer.EnumerateArray())
        {
            i++;
            if (e.ValueKind != JsonValueKind.Object) continue;
            var mentions = new List<EventCitation>();
            if (e.TryGetProperty("mentions", out var ms) && ms.ValueKind == JsonValueKind.Array)
                foreach (var x in ms.EnumerateArray())
                {
                    int start = Int(x, "start") ?? 0, end = Int(x, "end") ?? start;
                    long doc = x.TryGetProperty("document", out var d) && d.ValueKind == JsonValueKind.Number && d.TryGetInt64(out var dl) ? dl : documentId;
                    string quote = Str(x, "quote") ?? (doc == documentId && start >= 0 && end <= document.Text.Length && start <= end ? document.Text[start..end] : "");
                    mentions.Add(new EventCitation(doc, start, end, quote)
                    {
                        Outlet = doc == documentId ? m.Outlet?.Value : null,
                        Url = doc == documentId ? m.Url?.Value : null,
                        Title = doc == documentId ? m.Title?.Value : null,
                        Published = doc == documentId ? m.Published?.Value : null,
                    });
                }
            EventDate? date = null;
            if (e.TryGetProperty("date", out var dt))
                date = dt.ValueKind switch
                {
                    JsonValueKind.Object => new EventDate(Str(dt, "value"), Str(dt, "precision"), Str(dt, "text")),
                    JsonValueKind.String => new EventDate(dt.GetString(), null, null),
                    _ => null,
                };
            events.Add(new DeskEvent
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"{documentId}-{i}"),
                Event = (Str(e, "event") ?? Str(e, "type") ?? "EVENT").ToUpperInvariant(),
                Mode = Str(e, "mode"),
                Context = Str(e, "context"),
                Source = Actors(e, "source"),
                Target = Actors(e, "target"),
                Date = date,
                EventLoc = Str(e, "eventLoc"),
                Cameo = Str(e, "cameo"),
                Status = Str(e, "status"),
                Confidence = e.TryGetProperty("confidence", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetDouble() : null,
                Mentions = mentions,
                Day = DeskDates.Day(date?.Value) ?? m.PublishedOn,
            });
        }
        return events;
    }

    private static int? Int(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int n) ? n : null;

    /// <summary>A string field; an array of strings is joined, an object gives its name/text/value.</summary>
    private static string? Str(JsonElement o, string name) => o.TryGetProperty(name, out var v) ? Text(v) : null;

    private static string? Text(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Number => v.GetRawText(),
        JsonValueKind.Array => string.Join(", ", v.EnumerateArray().Select(Text).Where(s => !string.IsNullOrEmpty(s))),
        JsonValueKind.Object => Str(v, "name") ?? Str(v, "text") ?? Str(v, "value") ?? Str(v, "actor"),
        _ => null,
    };

    private static IReadOnlyList<string> Actors(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v)) return [];
        var list = v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(Text) : [Text(v)];
        return list.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!).ToList();
    }
}
