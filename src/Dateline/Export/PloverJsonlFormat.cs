using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dateline.Linking;

namespace Dateline.Export;

/// <summary>
/// PLOVER records as JSON lines (the PLOVER manual's suggested form: one event a line), one per cross-document
/// event, every report listed in `mentions` (<see cref="PloverRecord"/>). camelCase, nulls left out, UTF-8 text
/// unescaped.
/// </summary>
public sealed class PloverJsonlFormat : IExportFormat
{
    public static readonly ExportPart Lines = new("", "one PLOVER record per event, one a line");

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Name => "plover-jsonl";

    public string Description => "one PLOVER record per event, a JSON object a line, with every mention; stdout unless --out PATH";

    public IReadOnlyList<ExportPart> Parts { get; } = [Lines];

    public IReadOnlyList<string>? DefaultStatuses => null;

    public void Write(ExportSet set, ExportPart part, TextWriter writer)
    {
        foreach (var view in set.Events)
        {
            writer.Write(JsonSerializer.Serialize(Record(ExportedEvent.Of(view, set), set), Options));
            writer.Write('\n');
        }
    }

    public static PloverRecord Record(ExportedEvent x, ExportSet set)
    {
        var e = x.Event;
        PloverActor Actor(ParticipantView p)
        {
            var entity = set.Entity(p.Entity);
            return new PloverActor
            {
                Name = entity?.Name ?? p.Name, Entity = p.Entity, Type = entity?.Type, Country = entity?.Country, Code = p.Code,
                Articles = [.. p.Sources.Select(s => s.Article)],
            };
        }
        IReadOnlyList<PloverVersion> Versions(IReadOnlyList<VersionView> vs) =>
            [.. vs.Select(v => new PloverVersion(v.Value, v.Qualifier, v.Assumed ? true : null, [.. v.Sources.Select(s => s.Article)],
                [.. v.Sources.Select(s => s.Outlet).OfType<string>().Distinct(StringComparer.Ordinal)]))];
        return new PloverRecord
        {
            Id = e.Id.ToString(CultureInfo.InvariantCulture),
            Date = new PloverDate(e.Date, e.Precision, x.DateText),
            Event = e.Type,
            Mode = e.Mode,
            Context = x.Context,
            Source = [.. e.Participants.Where(p => p.Side == "source").Select(Actor)],
            Target = [.. e.Participants.Where(p => p.Side == "target").Select(Actor)],
            EventLoc = e.Place is { } place ? new PloverPlace(place, e.PlaceCountry, x.Latitude, x.Longitude) : null,
            Cameo = x.Cameo.Code,
            QuadClass = x.Cameo.QuadClass,
            CameoNote = x.Cameo.Note,
            Status = x.Status,
            Confidence = new PloverConfidence(x.Confidence ?? 0,
                x.NumMentions == 0 ? "no reports" : $"the highest of its {x.NumMentions.ToString(CultureInfo.InvariantCulture)} report(s)"),
            NumMentions = x.NumMentions,
            NumArticles = x.NumArticles,
            NumSources = x.NumSources,
            Copies = x.Mentions.Where(m => m.Article.Copy).Select(m => m.Article.Article).Distinct().Count(),
            Outlets = e.Outlets,
            Dates = Versions(e.Dates),
            Places = Versions(e.Places),
            Statuses = Versions(e.Statuses),
            Figures = Versions(e.Figures),
            Disagreements = e.Disagreements,
            Story = e.Story,
            Mentions = [.. x.Mentions.Select(m => Mention(m, set))],
        };
    }

    private static PloverMention Mention(MentionView m, ExportSet set)
    {
        var article = set.Article(m.Article.Article);
        return new PloverMention
        {
            Document = m.Article.Article,
            Start = m.Start,
            End = m.End,
            Quote = m.Quote,
            EventId = m.EventId,
            Outlet = m.Article.Outlet ?? article?.Outlet,
            Published = m.Article.Published ?? article?.Published,
            Url = article?.Url,
            Title = article?.Title,
            Copy = m.Article.Copy,
            Sentence = set.Detail(m)?.Sentence,
            Status = m.Status,
            Date = m.Date,
            Place = m.Place,
            Attribution = m.Attribution,
            Confidence = m.Confidence,
            Reason = m.Reason,
        };
    }
}
