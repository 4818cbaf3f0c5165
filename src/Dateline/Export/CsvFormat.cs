using System.Globalization;
using Dateline.Linking;

namespace Dateline.Export;

/// <summary>
/// One row per cross-document event with a header row, RFC 4180: comma-separated, CRLF line ends, a field holding
/// a comma, quote or line break is quoted and its quotes doubled. Lists (actors, outlets, disagreements) are joined
/// with "; ". Columns: <see cref="Columns"/>.
/// </summary>
public sealed class CsvFormat : IExportFormat
{
    public static readonly ExportPart Table = new("", "one row per event, with a header");

    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "date", "datePrecision", "event", "mode", "context", "cameo", "cameoRoot", "quadClass", "status",
        "source", "sourceCodes", "target", "targetCodes", "place", "placeCountry", "latitude", "longitude",
        "mentions", "articles", "sources", "copies", "outlets", "confidence", "firstReported", "firstUrl", "quote",
        "disagreements", "story",
    ];

    public string Name => "csv";

    public string Description => "one row per event with a header, RFC 4180; stdout unless --out PATH";

    public IReadOnlyList<ExportPart> Parts { get; } = [Table];

    public IReadOnlyList<string>? DefaultStatuses => null;

    public void Write(ExportSet set, ExportPart part, TextWriter writer)
    {
        WriteRow(writer, Columns);
        foreach (var view in set.Events)
            WriteRow(writer, Row(ExportedEvent.Of(view, set), set));
    }

    public static IReadOnlyList<string?> Row(ExportedEvent x, ExportSet set)
    {
        var e = x.Event;
        var sources = e.Participants.Where(p => p.Side == "source").ToList();
        var targets = e.Participants.Where(p => p.Side == "target").ToList();
        var first = x.First;
        return
        [
            Int(e.Id), e.Date, e.Precision, e.Type, e.Mode, Join(x.Context), x.Cameo.Code, x.Cameo.Root,
            x.Cameo.QuadClass is int q ? Int(q) : null, x.Status,
            Join(sources.Select(p => ActorName(p, set))), Join(sources.Select(p => p.Code ?? "")), Join(targets.Select(p => ActorName(p, set))), Join(targets.Select(p => p.Code ?? "")),
            e.Place, e.PlaceCountry, Number(x.Latitude), Number(x.Longitude),
            Int(x.NumMentions), Int(x.NumArticles), Int(x.NumSources), Int(x.Mentions.Where(m => m.Article.Copy).Select(m => m.Article.Article).Distinct().Count()),
            Join(e.Outlets), Number(x.Confidence), first?.Article.Published, first is null ? null : set.Article(first.Article.Article)?.Url, first?.Quote,
            Join(e.Disagreements), e.Story is long s ? Int(s) : null,
        ];
    }

    private static string ActorName(ParticipantView p, ExportSet set) => set.Entity(p.Entity)?.Name ?? p.Name;

    private static string? Join(IEnumerable<string> values)
    {
        var s = string.Join("; ", values);
        return s.Trim(';', ' ').Length == 0 ? null : s;
    }

    private static string? Number(double? v) => v?.ToString("0.######", CultureInfo.InvariantCulture);

    private static string Int(long v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary>RFC 4180: quote a field holding a comma, a double quote, CR or LF; double its quotes; end the record with CRLF.</summary>
    public static void WriteRow(TextWriter writer, IEnumerable<string?> fields)
    {
        bool firstField = true;
        foreach (var field in fields)
        {
            if (!firstField) writer.Write(',');
            firstField = false;
            writer.Write(Quote(field ?? ""));
        }
        writer.Write("\r\n");
    }

    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
