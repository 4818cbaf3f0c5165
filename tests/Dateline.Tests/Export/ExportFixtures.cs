using Dateline.Export;
using Dateline.Knowledge;
using Dateline.Linking;

namespace Dateline.Tests.Export;

/// <summary>
/// Hand-built cross-document events for the writer tests (fictional outlets and URLs): a meeting reported by two
/// outlets and a syndicated copy of one of them on a third site, a month-dated visit without a target, and a claim
/// whose quote holds a comma, quotes, a tab and a line break.
/// </summary>
public static class ExportFixtures
{
    public static readonly ArticleRef Observer = new(1, "Example Observer", "2019-05-17");
    public static readonly ArticleRef Wire = new(2, "Example Wire", "2019-05-16");
    public static readonly ArticleRef WireCopy = new(3, "Copy Site", "2019-05-16", Copy: true);
    public static readonly ArticleRef Gazette = new(4, null, "2019-06-02");

    public static EventView Meeting { get; } = new(
        Id: 7, Type: "CONSULT", Mode: "meeting", Cameo: "040", Date: "2019-05-16", Precision: "day", Place: "Rome", PlaceCountry: "ITA",
        Participants:
        [
            new ParticipantView(11, "Haftar", "LBYMIL", "source", [Observer, Wire, WireCopy]),
            new ParticipantView(12, "Conte", "ITAGOV", "target", [Observer, Wire, WireCopy]),
            new ParticipantView(13, "Pinotti", "ITAGOV", "target", [Wire]),
        ],
        Outlets: ["Example Observer", "Example Wire"], Sources: 2, Copies: 1,
        Dates: [new VersionView("2019-05-16", "day", false, [Wire, WireCopy, Observer])],
        Places: [new VersionView("Rome", "ITA", false, [Wire, WireCopy, Observer])],
        Statuses: [new VersionView("happened", null, false, [Wire, WireCopy, Observer])],
        Disagreements: [],
        Mentions:
        [
            new MentionView(Observer, "e2", "Haftar met Conte in Rome on Thursday.", 120, 158, "2019-05-16", "Rome", "happened", null, 0.8, "participants and date"),
            new MentionView(Wire, "e1", "Haftar held talks with Conte in Rome on Thursday.", 0, 49, "2019-05-16", "Rome", "happened", null, 0.9, "first report"),
            new MentionView(WireCopy, "e1", "Haftar held talks with Conte in Rome on Thursday.", 0, 49, "2019-05-16", "Rome", "happened", null, 0.9, "syndicated copy of #2"),
        ],
        Story: 30);

    public static EventView Visit { get; } = new(
        Id: 8, Type: "CONSULT", Mode: "visit", Cameo: "042", Date: "2019-05", Precision: "month", Place: null, PlaceCountry: null,
        Participants: [new ParticipantView(12, "Conte", "ITAGOV", "source", [Gazette])],
        Outlets: [], Sources: 1, Copies: 0,
        Dates: [new VersionView("2019-05", "month", false, [Gazette])], Places: [],
        Statuses: [new VersionView("planned", null, false, [Gazette])], Disagreements: [],
        Mentions: [new MentionView(Gazette, "e1", "Conte will visit in May.", 10, 34, "2019-05", null, "planned", null, 0.7, "first report")],
        Story: null);

    public static EventView Claim { get; } = new(
        Id: 9, Type: "ACCUSE", Mode: null, Cameo: "112", Date: "2019-05-17", Precision: "day", Place: null, PlaceCountry: null,
        Participants: [new ParticipantView(null, "officials, \"senior\"", null, "source", [Observer])],
        Outlets: ["Example Observer"], Sources: 1, Copies: 0,
        Dates: [new VersionView("2019-05-17", "day", true, [Observer])], Places: [],
        Statuses: [new VersionView("claimed", null, false, [Observer])], Disagreements: ["date: a vs b"],
        Mentions: [new MentionView(Observer, "e5", "\"He lied,\"\tofficials said,\nadding more.", 300, 345, "2019-05-17", null, "claimed", "officials", 0.5, "first report")],
        Story: 30);

    public static IReadOnlyDictionary<long, ExportArticle> Articles { get; } = new Dictionary<long, ExportArticle>
    {
        [1] = Article(1, "https://observer.example/haftar", "Example Observer", 2, new Dictionary<string, ExportMentionDetail>(StringComparer.Ordinal)
        {
            ["e2"] = new() { Sentence = 3, SourceStart = 120, TargetStart = 131, TriggerStart = 127, Context = ["diplomatic"], DateText = "Thursday" },
            ["e5"] = new() { Sentence = 9, SourceStart = 312, TriggerStart = 306, InRawText = false },
        }),
        [2] = Article(2, "https://wire.example/rome", "Example Wire", 0, new Dictionary<string, ExportMentionDetail>(StringComparer.Ordinal)
        {
            ["e1"] = new() { Sentence = 1, SourceStart = 0, TargetStart = 23, TriggerStart = 7, LeadParagraph = true, Context = ["diplomatic"], DateText = "Thursday" },
        }),
        [3] = Article(3, "https://copy.example/rome", "Copy Site", 1, new Dictionary<string, ExportMentionDetail>(StringComparer.Ordinal)
        {
            ["e1"] = new() { Sentence = 1, SourceStart = 0, TargetStart = 23, TriggerStart = 7, LeadParagraph = true },
        }) with { CopyOf = 2 },
        [4] = Article(4, null, null, 3, new Dictionary<string, ExportMentionDetail>(StringComparer.Ordinal)) with { Title = "Conte's plans", Published = "2019-06-02" },
    };

    public static IReadOnlyDictionary<long, ExportEntity> Entities { get; } = new Dictionary<long, ExportEntity>
    {
        [11] = new(11, "Khalifa Haftar", "PER", "LBY"),
        [12] = new(12, "Giuseppe Conte", "PER", "ITA"),
        [13] = new(13, "Roberta Pinotti", "PER", "ITA"),
    };

    public static KnowledgeBase Knowledge { get; } = KnowledgeBase.Load(
        new StringReader("iso3\tiso2\tname\taliases\tadjectives\tcapital\nITA\tIT\tItaly\t\tItalian\tRome\nLBY\tLY\tLibya\t\tLibyan\tTripoli\n"),
        new StringReader("id\tacronym\tname\taliases\tkind\n"),
        new StringReader("title\tkind\tvariants\n"));

    public static ExportSet Set(params EventView[] events) =>
        new ExportSet(events.Length == 0 ? [Meeting, Visit, Claim] : events, Articles, Entities) { Knowledge = Knowledge };

    private static ExportArticle Article(long id, string? url, string? outlet, int minutes, Dictionary<string, ExportMentionDetail> mentions) => new(id)
    {
        Url = url,
        Outlet = outlet,
        Title = $"Article {id}",
        IngestedAt = new DateTimeOffset(2026, 11, 23, 9, minutes, 0, TimeSpan.Zero),
        TextLength = 1000 + (int)id,
        Mentions = mentions,
    };

    /// <summary>Writes one part of a format to a string.</summary>
    public static string Write(IExportFormat format, ExportSet set, ExportPart? part = null)
    {
        var writer = new StringWriter();
        format.Write(set, part ?? format.Parts[0], writer);
        return writer.ToString();
    }
}
