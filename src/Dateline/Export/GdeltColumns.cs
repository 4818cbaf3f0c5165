namespace Dateline.Export;

/// <summary>
/// GDELT 2.0's column names and order (Event and Mentions codebooks V2.0): the events table has 61 columns,
/// the mentions table 16. GDELT's files carry no header row; neither do ours, so they load with GDELT's own
/// schemas; these names are the schema.
/// </summary>
public static class GdeltColumns
{
    private static readonly string[] ActorFields =
        ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"];

    private static readonly string[] GeoFields =
        ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"];

    public static IReadOnlyList<string> Events { get; } =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        .. ActorFields.Select(f => "Actor1" + f),
        .. ActorFields.Select(f => "Actor2" + f),
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
        .. GeoFields.Select(f => "Actor1Geo_" + f),
        .. GeoFields.Select(f => "Actor2Geo_" + f),
        .. GeoFields.Select(f => "ActionGeo_" + f),
        "DATEADDED", "SOURCEURL",
    ];

    public static IReadOnlyList<string> Mentions { get; } =
    [
        "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier",
        "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
        "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
    ];

    public static int EventIndex(string name) => IndexOf(Events, name);

    public static int MentionIndex(string name) => IndexOf(Mentions, name);

    private static int IndexOf(IReadOnlyList<string> columns, string name)
    {
        for (int i = 0; i < columns.Count; i++)
            if (string.Equals(columns[i], name, StringComparison.Ordinal)) return i;
        throw new ArgumentException($"no GDELT column '{name}'", nameof(name));
    }
}
