using System.Globalization;
using Dateline.Linking;

namespace Dateline.Export;

/// <summary>
/// GDELT 2.0-style tables, tab-separated, no header, GDELT's column order (<see cref="GdeltColumns"/>): the events
/// table (one row per cross-document event, 61 columns) and the mentions table (one row per report, 16 columns).
/// A cell is empty where Dateline has no value (Goldstein scale, tone, actors' locations, FIPS country codes of
/// places); nothing is invented. Details in src/Dateline/Export/README.md.
/// </summary>
public sealed class GdeltTsvFormat : IExportFormat
{
    public static readonly ExportPart EventsPart = new(".export.tsv", "GDELT events table (61 columns)");

    public static readonly ExportPart MentionsPart = new(".mentions.tsv", "GDELT mentions table (16 columns)");

    public string Name => "gdelt-tsv";

    public string Description => "GDELT 2.0 events and mentions tables; needs --out PREFIX, writes PREFIX.export.tsv and PREFIX.mentions.tsv";

    public IReadOnlyList<ExportPart> Parts { get; } = [EventsPart, MentionsPart];

    public IReadOnlyList<string>? DefaultStatuses { get; } = [Events.EventStatus.Happened, Events.EventStatus.Claimed];

    public void Write(ExportSet set, ExportPart part, TextWriter writer)
    {
        bool events = part == EventsPart;
        if (!events && part != MentionsPart) throw new ArgumentException($"gdelt-tsv has no part '{part.Suffix}'", nameof(part));
        foreach (var view in set.Events)
        {
            var e = ExportedEvent.Of(view, set);
            if (events) WriteRow(writer, EventRow(e, set));
            else
                foreach (var m in e.Mentions)
                    WriteRow(writer, MentionRow(e, m, set));
        }
    }

    public static string[] EventRow(ExportedEvent x, ExportSet set)
    {
        var row = new string[GdeltColumns.Events.Count];
        Array.Fill(row, "");
        void Set(string column, string? value) => row[GdeltColumns.EventIndex(column)] = value ?? "";
        var e = x.Event;
        Set("GLOBALEVENTID", Int(e.Id));
        if (x.Range is { } r)
        {
            if (r.Days == 1)
            {
                Set("SQLDATE", r.Start.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
                // GDELT's files: the share of the year gone by that day (2019-01-25 -> 2019.0685).
                Set("FractionDate", (r.Start.Year + r.Start.DayOfYear / 365.0).ToString("0.0000", CultureInfo.InvariantCulture));
            }
            if (r.Start.Year == r.End.AddDays(-1).Year && r.Start.Month == r.End.AddDays(-1).Month) Set("MonthYear", r.Start.ToString("yyyyMM", CultureInfo.InvariantCulture));
            if (r.Start.Year == r.End.AddDays(-1).Year) Set("Year", Int(r.Start.Year));
        }
        Actor("Actor1", x.Actor1, set, Set);
        Actor("Actor2", x.Actor2, set, Set);
        if (x.Mentions.Any(m => set.Detail(m) is not null)) Set("IsRootEvent", x.InLead ? "1" : "0");
        Set("EventCode", x.Cameo.Code);
        Set("EventBaseCode", x.Cameo.Base);
        Set("EventRootCode", x.Cameo.Root);
        Set("QuadClass", x.Cameo.QuadClass is int q ? Int(q) : null);
        Set("NumMentions", Int(x.NumMentions));
        Set("NumSources", Int(x.NumSources));
        Set("NumArticles", Int(x.NumArticles));
        if (e.Place is { } place)
        {
            Set("ActionGeo_Type", PlaceType(place, e.PlaceCountry, set));
            var country = e.PlaceCountry is { } c ? set.Knowledge.FindCountryByCode(c)?.Name : null;
            Set("ActionGeo_FullName", country is null || string.Equals(country, place, StringComparison.OrdinalIgnoreCase) ? place : $"{place}, {country}");
        }
        Set("ActionGeo_Lat", Coordinate(x.Latitude));
        Set("ActionGeo_Long", Coordinate(x.Longitude));
        Set("DATEADDED", Stamp(x.Added));
        Set("SOURCEURL", x.First is { } first ? Identifier(first, set) : null);
        return row;
    }

    public static string[] MentionRow(ExportedEvent x, MentionView m, ExportSet set)
    {
        var row = new string[GdeltColumns.Mentions.Count];
        Array.Fill(row, "");
        void Set(string column, string? value) => row[GdeltColumns.MentionIndex(column)] = value ?? "";
        var article = set.Article(m.Article.Article);
        var detail = set.Detail(m);
        Set("GLOBALEVENTID", Int(x.Event.Id));
        Set("EventTimeDate", Stamp(x.Added));
        Set("MentionTimeDate", Stamp(article?.IngestedAt));
        Set("MentionType", Url(m, set) is null ? "2" : "1");
        Set("MentionSourceName", m.Article.Outlet ?? Host(article?.Url));
        Set("MentionIdentifier", Identifier(m, set));
        if (detail is not null)
        {
            Set("SentenceID", detail.Sentence is int s ? Int(s) : null);
            // GDELT writes -1 for an actor the mention does not name.
            Set("Actor1CharOffset", Int(detail.SourceStart ?? -1));
            Set("Actor2CharOffset", Int(detail.TargetStart ?? -1));
            Set("ActionCharOffset", detail.TriggerStart is int t ? Int(t) : null);
            Set("InRawText", detail.InRawText ? "1" : "0");
        }
        Set("Confidence", Int((int)Math.Round(m.Confidence * 100, MidpointRounding.AwayFromZero)));
        Set("MentionDocLen", article?.TextLength is int len ? Int(len) : null);
        return row;
    }

    /// <summary>GDELT's geographic type: 1 a country, 3 a US city, 4 a city elsewhere (only capitals are known to be cities); empty when unknown.</summary>
    private static string? PlaceType(string place, string? country, ExportSet set)
    {
        if (set.Knowledge.FindCountryByName(place) is not null) return "1";
        if (set.Knowledge.FindCountryByCapital(place) is { } capitalOf) return capitalOf.Iso3 == "USA" || country == "USA" ? "3" : "4";
        return null;
    }

    private static void Actor(string prefix, ParticipantView? p, ExportSet set, Action<string, string?> put)
    {
        if (p is null) return;
        var entity = set.Entity(p.Entity);
        var parts = CameoActorCode.Parse(p.Code, c => set.Knowledge.FindCountryByCode(c) is not null, entity?.Country);
        put(prefix + "Code", p.Code);
        put(prefix + "Name", entity?.Name ?? p.Name);
        put(prefix + "CountryCode", parts.Country ?? entity?.Country);
        put(prefix + "KnownGroupCode", parts.KnownGroup);
        for (int i = 0; i < Math.Min(3, parts.Types.Count); i++)
            put($"{prefix}Type{(i + 1).ToString(CultureInfo.InvariantCulture)}Code", parts.Types[i]);
    }

    /// <summary>The article's URL, else a citation (outlet, title, date, Dateline's article id): GDELT's MentionType 2, CITATIONONLY.</summary>
    internal static string Identifier(MentionView m, ExportSet set)
    {
        if (Url(m, set) is { } url) return url;
        var a = set.Article(m.Article.Article);
        var parts = new[] { m.Article.Outlet ?? a?.Outlet, a?.Title, m.Article.Published ?? a?.Published }.Where(s => !string.IsNullOrWhiteSpace(s));
        return string.Join(", ", parts.Append($"Dateline article {Int(m.Article.Article)}"));
    }

    private static string? Url(MentionView m, ExportSet set) => set.Article(m.Article.Article)?.Url is { Length: > 0 } url ? url : null;

    private static string? Host(string? url) => Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.Host : null;

    internal static string? Stamp(DateTimeOffset? t) => t?.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

    private static string? Coordinate(double? v) => v?.ToString("0.######", CultureInfo.InvariantCulture);

    private static string Int(long v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary>One row: tabs and line breaks inside a value become spaces (GDELT's files have no quoting).</summary>
    private static void WriteRow(TextWriter writer, string[] cells)
    {
        for (int i = 0; i < cells.Length; i++)
        {
            if (i > 0) writer.Write('\t');
            var cell = cells[i];
            writer.Write(cell.AsSpan().IndexOfAny('\t', '\r', '\n') >= 0 ? cell.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ') : cell);
        }
        writer.Write('\n');
    }
}
