using System.Collections.Immutable;

namespace Dateline.Knowledge;

/// <summary>
/// Reads the Wikidata office-holder files (../shared/datasets/wikidata-officeholders, CC0) by path:
/// officeholders.csv (dated tenures), heads_of_state_government_2022.csv, foreign_ministers_2023.csv
/// and io_officeholders.csv. One actor per Wikidata person id, one role per tenure.
/// </summary>
public static class OfficeholderImporter
{
    public const string Source = "wikidata-officeholders";

    /// <summary>The files a folder must hold at least one of (the CLI names them when it holds none).</summary>
    public static IReadOnlyList<string> Files { get; } = ["officeholders.csv", "heads_of_state_government_2022.csv", "foreign_ministers_2023.csv", "io_officeholders.csv"];

    public static int ImportFolder(string folder, IKnowledgeStore store)
    {
        var before = store.ActorCount;
        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        var countriesFile = Path.Combine(folder, "countries.csv");
        if (File.Exists(countriesFile))
            using (var reader = File.OpenText(countriesFile))
                foreach (var row in DelimitedText.Read(reader, ','))
                    if (row.GetValueOrDefault("iso3") is { Length: 3 } iso3)
                        countries[row["country_qid"]] = iso3;

        Import(folder, "officeholders.csv", reader => ReadTenures(reader), store);
        Import(folder, "heads_of_state_government_2022.csv", reader => ReadHeads(reader, countries), store);
        Import(folder, "foreign_ministers_2023.csv", reader => ReadForeignMinisters(reader, countries), store);
        Import(folder, "io_officeholders.csv", ReadInternational, store);
        return store.ActorCount - before;
    }

    private static void Import(string folder, string file, Func<TextReader, IEnumerable<KnownActor>> read, IKnowledgeStore store)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
            return;
        using var reader = File.OpenText(path);
        foreach (var actor in read(reader))
            store.AddActor(actor);
    }

    /// <summary>officeholders.csv: country_qid,country,country_iso3,position_qid,position,person_qid,person,start,end,...</summary>
    public static IEnumerable<KnownActor> ReadTenures(TextReader reader)
    {
        foreach (var row in DelimitedText.Read(reader, ','))
        {
            var person = row.GetValueOrDefault("person", "");
            var id = row.GetValueOrDefault("person_qid", "");
            if (person.Length == 0 || id.Length == 0)
                continue;
            var office = row.GetValueOrDefault("position") is { Length: > 0 } p ? p : row.GetValueOrDefault("position_qid");
            var role = new ActorRole(office, Blank(row.GetValueOrDefault("country_iso3")), null,
                DelimitedText.ParsePartialDate(row.GetValueOrDefault("start", ""), end: false),
                DelimitedText.ParsePartialDate(row.GetValueOrDefault("end", ""), end: true));
            yield return new KnownActor("wd:" + id, person, [], [role], Source);
        }
    }

    /// <summary>heads_of_state_government_2022.csv: countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year.</summary>
    public static IEnumerable<KnownActor> ReadHeads(TextReader reader, IReadOnlyDictionary<string, string> countries)
    {
        foreach (var row in DelimitedText.Read(reader, ','))
        {
            var id = row.GetValueOrDefault("officeholder", "");
            var name = row.GetValueOrDefault("officeholderLabel", "");
            if (id.Length == 0 || name.Length == 0)
                continue;
            var role = new ActorRole(row.GetValueOrDefault("positionLabel"), countries.GetValueOrDefault(row.GetValueOrDefault("countryid", "")), null,
                DelimitedText.ParsePartialDate(row.GetValueOrDefault("start_year", ""), end: false),
                DelimitedText.ParsePartialDate(row.GetValueOrDefault("end_year", ""), end: true));
            yield return new KnownActor("wd:" + id, name, [], [role], Source);
        }
    }

    /// <summary>foreign_ministers_2023.csv: person,name,country,countryLabel,position,positionLabel,start,psid.</summary>
    public static IEnumerable<KnownActor> ReadForeignMinisters(TextReader reader, IReadOnlyDictionary<string, string> countries)
    {
        foreach (var row in DelimitedText.Read(reader, ','))
        {
            var id = row.GetValueOrDefault("person", "");
            var name = row.GetValueOrDefault("name", "");
            if (id.Length == 0 || name.Length == 0)
                continue;
            var qid = id[(id.LastIndexOf('/') + 1)..];
            var country = row.GetValueOrDefault("country", "");
            var role = new ActorRole(row.GetValueOrDefault("positionLabel"), countries.GetValueOrDefault(country[(country.LastIndexOf('/') + 1)..]), null,
                DelimitedText.ParsePartialDate(row.GetValueOrDefault("start", ""), end: false), null);
            yield return new KnownActor("wd:" + qid, name, [], [role], Source);
        }
    }

    /// <summary>io_officeholders.csv: position,person,personID,start,end (UN, ICJ, WTO, OSCE offices).</summary>
    public static IEnumerable<KnownActor> ReadInternational(TextReader reader)
    {
        foreach (var row in DelimitedText.Read(reader, ','))
        {
            var id = row.GetValueOrDefault("personID", "");
            var name = row.GetValueOrDefault("person", "");
            if (id.Length == 0 || name.Length == 0)
                continue;
            var role = new ActorRole(row.GetValueOrDefault("position"), null, null,
                DelimitedText.ParsePartialDate(row.GetValueOrDefault("start", ""), end: false),
                DelimitedText.ParsePartialDate(row.GetValueOrDefault("end", ""), end: true));
            yield return new KnownActor("wd:" + id, name, [], [role], Source);
        }
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
