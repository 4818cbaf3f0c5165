using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Reflection;
using Dateline.Model;

namespace Dateline.Knowledge;

/// <summary>
/// The built-in knowledge: countries, organisations, titles and regions written by the team
/// (data/knowledge/*.tsv, embedded in the assembly so the engine never depends on a path).
/// Lookups are case-sensitive on purpose for names ("US" the country, "us" the pronoun) and
/// case-insensitive only where noted.
/// </summary>
public sealed class KnowledgeBase
{
    public static readonly string[] CountryHeader = ["iso3", "iso2", "name", "aliases", "adjectives", "capital"];
    public static readonly string[] OrganisationHeader = ["id", "acronym", "name", "aliases", "kind", "country"];
    public static readonly string[] TitleHeader = ["title", "kind", "variants"];
    public static readonly string[] RegionHeader = ["name", "aliases", "kind", "country"];

    private static readonly Lazy<KnowledgeBase> BuiltInLazy = new(LoadBuiltIn);

    private readonly FrozenDictionary<string, Country> _countryByName;
    private readonly FrozenDictionary<string, Country> _countryByAdjective;
    private readonly FrozenDictionary<string, Country> _countryByCapital;
    private readonly FrozenDictionary<string, Country> _countryByCode;
    private readonly FrozenDictionary<string, Organisation> _organisationByName;
    private readonly FrozenDictionary<string, Title> _titleByForm;
    private readonly FrozenDictionary<string, ImmutableArray<Region>> _regionsByForm;

    public KnowledgeBase(IReadOnlyList<Country> countries, IReadOnlyList<Organisation> organisations, IReadOnlyList<Title> titles, IReadOnlyList<Diagnostic>? diagnostics = null,
        IReadOnlyList<Region>? regions = null)
    {
        Countries = [.. countries];
        Organisations = [.. organisations];
        Titles = [.. titles];
        Regions = regions is null ? [] : [.. regions];
        Diagnostics = diagnostics is null ? [] : [.. diagnostics];
        _countryByName = Index(countries, c => [c.Name, .. c.Aliases], StringComparer.Ordinal);
        _countryByAdjective = Index(countries, c => c.Adjectives, StringComparer.Ordinal);
        _countryByCapital = Index(countries, c => c.Capitals, StringComparer.Ordinal);
        _countryByCode = Index(countries, c => [c.Iso3, c.Iso2], StringComparer.OrdinalIgnoreCase);
        _organisationByName = Index(organisations, o => o.Acronym.Length > 0 ? [o.Acronym, o.Name, .. o.Aliases] : [o.Name, .. o.Aliases], StringComparer.Ordinal);
        _titleByForm = Index(titles, t => [t.Canonical, .. t.Variants], StringComparer.OrdinalIgnoreCase);
        _regionsByForm = Regions.SelectMany(r => r.Forms.Distinct(StringComparer.Ordinal).Select(f => (Form: f, Region: r)))
            .GroupBy(p => p.Form, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Region).ToImmutableArray(), StringComparer.Ordinal);
        MaxTitleWords = titles.SelectMany(t => t.Variants.Add(t.Canonical)).Select(WordCount).DefaultIfEmpty(1).Max();
    }

    /// <summary>The team's files, loaded once per process from the assembly's embedded copies.</summary>
    public static KnowledgeBase BuiltIn => BuiltInLazy.Value;

    public static KnowledgeBase Empty { get; } = new([], [], []);

    public ImmutableArray<Country> Countries { get; }

    public ImmutableArray<Organisation> Organisations { get; }

    public ImmutableArray<Title> Titles { get; }

    /// <summary>First-level divisions and contested territories (data/knowledge/regions.tsv): not in the tagger's trained lists.</summary>
    public ImmutableArray<Region> Regions { get; }

    /// <summary>Problems found while loading (bad rows, missing header); empty for the shipped files.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public int MaxTitleWords { get; }

    public Country? FindCountryByName(string name) => _countryByName.GetValueOrDefault(name);

    /// <summary>"Italian", "Italians" -> Italy.</summary>
    public Country? FindCountryByAdjective(string adjective) => _countryByAdjective.GetValueOrDefault(adjective);

    public Country? FindCountryByCapital(string city) => _countryByCapital.GetValueOrDefault(city);

    public Country? FindCountryByCode(string code) => _countryByCode.GetValueOrDefault(code);

    /// <summary>Name, alias or adjective: what a text can call a country ("Italy", "Italian", "U.S.").</summary>
    public Country? FindCountry(string text) =>
        FindCountryByName(text) ?? FindCountryByAdjective(text) ?? (text.EndsWith("'s", StringComparison.Ordinal) ? FindCountryByName(text[..^2]) : null);

    public Organisation? FindOrganisation(string nameOrAcronym) => _organisationByName.GetValueOrDefault(nameOrAcronym);

    /// <summary>
    /// The region a name or alias stands for ("Crimea", "Bayern" -> Bavaria; case-sensitive), or null: also when the name is
    /// listed for regions of two countries ("Punjab", India and Pakistan) and the text alone cannot say which. A country of
    /// the same name is the caller's to prefer ("Georgia").
    /// </summary>
    public Region? FindRegion(string name) =>
        _regionsByForm.TryGetValue(name, out var found) && found.All(r => r.Country == found[0].Country) ? found[0] : null;

    /// <summary>
    /// The region a place name stands for rather than the gazetteer's town of that name (<paramref name="townCountry"/>, ISO3,
    /// null when the gazetteer has none): "Florida" is the US state, not Florida, Cuba; a town in the region's own country keeps
    /// its point ("Idlib", "New York"); a capital's name is never a region ("Victoria"). Null when the town wins.
    /// </summary>
    public Region? RegionOverTown(string name, string? townCountry) =>
        FindCountryByCapital(name) is null && FindRegion(name) is { } region && townCountry != region.Country ? region : null;

    /// <summary>Every region a name or alias is listed for ("Punjab": two).</summary>
    public ImmutableArray<Region> FindRegions(string name) => _regionsByForm.GetValueOrDefault(name, []);

    /// <summary>"Gen." -> General, "defence minister" -> Defence Minister (case-insensitive).</summary>
    public Title? FindTitle(string form) => _titleByForm.GetValueOrDefault(form);

    public static KnowledgeBase Load(TextReader countries, TextReader organisations, TextReader titles, TextReader? regions = null)
    {
        var diagnostics = new List<Diagnostic>();
        var countryTable = KnowledgeFile.Read("countries.tsv", countries, CountryHeader);
        var organisationTable = KnowledgeFile.Read("organisations.tsv", organisations, OrganisationHeader, required: 5);
        var titleTable = KnowledgeFile.Read("titles.tsv", titles, TitleHeader);
        diagnostics.AddRange(countryTable.Diagnostics);
        diagnostics.AddRange(organisationTable.Diagnostics);
        diagnostics.AddRange(titleTable.Diagnostics);

        var countryList = new List<Country>();
        foreach (var row in countryTable.Rows)
        {
            if (row[0].Length != 3 || row[1].Length != 2 || row[2].Length == 0 || !row[0].All(char.IsAsciiLetterUpper) || !row[1].All(char.IsAsciiLetterUpper))
            {
                diagnostics.Add(KnowledgeFile.Problem("countries.tsv", row.Line, "needs a 3-letter and a 2-letter upper-case code and a name"));
                continue;
            }
            if (row.List(4).Length == 0 || row.List(5).Length == 0)
                diagnostics.Add(KnowledgeFile.Problem("countries.tsv", row.Line, $"{row[2]} has no adjective or no capital"));
            countryList.Add(new Country(row[0], row[1], row[2], row.List(3), row.List(4), row.List(5)));
        }
        Unique(countryList.Select(c => (c.Iso3, 0)), "countries.tsv", "iso3", diagnostics);
        Unique(countryList.Select(c => (c.Iso2, 0)), "countries.tsv", "iso2", diagnostics);

        var organisationList = new List<Organisation>();
        foreach (var row in organisationTable.Rows)
        {
            if (row[0].Length == 0 || row[2].Length == 0 || row[4].Length == 0)
            {
                diagnostics.Add(KnowledgeFile.Problem("organisations.tsv", row.Line, "needs an id, a name and a kind"));
                continue;
            }
            organisationList.Add(new Organisation(row[0], row[1], row[2], row.List(3), row[4], row[5].Length == 0 ? null : row[5]));
        }
        Unique(organisationList.Select(o => (o.Id, 0)), "organisations.tsv", "id", diagnostics);

        string[] kinds = ["honorific", "political", "legislative", "military", "religious", "royal", "judicial", "diplomatic", "academic"];
        var titleList = new List<Title>();
        foreach (var row in titleTable.Rows)
        {
            if (row[0].Length == 0 || !kinds.Contains(row[1], StringComparer.Ordinal))
            {
                diagnostics.Add(KnowledgeFile.Problem("titles.tsv", row.Line, $"needs a title and one of the kinds {string.Join(",", kinds)}"));
                continue;
            }
            titleList.Add(new Title(row[0], row[1], row.List(2)));
        }
        Unique(titleList.Select(t => (t.Canonical, 0)), "titles.tsv", "title", diagnostics);
        var regionList = regions is null ? [] : ReadRegions(regions, countryList, diagnostics);
        return new KnowledgeBase(countryList, organisationList, titleList, diagnostics, regionList);
    }

    private static List<Region> ReadRegions(TextReader reader, List<Country> countries, List<Diagnostic> diagnostics)
    {
        var table = KnowledgeFile.Read("regions.tsv", reader, RegionHeader);
        diagnostics.AddRange(table.Diagnostics);
        var codes = countries.Select(c => c.Iso3).ToHashSet(StringComparer.Ordinal);
        var list = new List<Region>();
        foreach (var row in table.Rows)
        {
            if (row[0].Length == 0 || !Region.Kinds.Contains(row[2], StringComparer.Ordinal) || !codes.Contains(row[3]))
            {
                diagnostics.Add(KnowledgeFile.Problem("regions.tsv", row.Line, $"needs a name, one of the kinds {string.Join(",", Region.Kinds)} and a country of countries.tsv"));
                continue;
            }
            list.Add(new Region(row[0], row.List(1), row[2], row[3]));
        }
        Unique(list.Select(r => (r.Name + " " + r.Country, 0)), "regions.tsv", "name and country", diagnostics);
        return list;
    }

    public static KnowledgeBase LoadDirectory(string directory)
    {
        using var countries = File.OpenText(Path.Combine(directory, "countries.tsv"));
        using var organisations = File.OpenText(Path.Combine(directory, "organisations.tsv"));
        using var titles = File.OpenText(Path.Combine(directory, "titles.tsv"));
        var regionPath = Path.Combine(directory, "regions.tsv");
        using var regions = File.Exists(regionPath) ? File.OpenText(regionPath) : null;
        return Load(countries, organisations, titles, regions);
    }

    private static KnowledgeBase LoadBuiltIn()
    {
        var assembly = typeof(KnowledgeBase).Assembly;
        using var countries = Open(assembly, "countries.tsv");
        using var organisations = Open(assembly, "organisations.tsv");
        using var titles = Open(assembly, "titles.tsv");
        using var regions = Open(assembly, "regions.tsv");
        return Load(countries, organisations, titles, regions);
    }

    private static StreamReader Open(Assembly assembly, string file) =>
        new(assembly.GetManifestResourceStream("Dateline.Knowledge.Data." + file)
            ?? throw new InvalidOperationException($"embedded knowledge file {file} is missing from the build"));

    private static void Unique(IEnumerable<(string Key, int _)> keys, string file, string column, List<Diagnostic> diagnostics)
    {
        foreach (var group in keys.GroupBy(k => k.Key, StringComparer.Ordinal).Where(g => g.Count() > 1))
            diagnostics.Add(new Diagnostic("knowledge.duplicate", KnowledgeFile.Stage, DiagnosticSeverity.Error, $"{file}: {column} '{group.Key}' appears {group.Count()} times"));
    }

    private static FrozenDictionary<string, T> Index<T>(IEnumerable<T> items, Func<T, IEnumerable<string>> keys, StringComparer comparer)
    {
        // First entry wins: "Dominican" stays with the Dominican Republic row only if it comes first.
        var map = new Dictionary<string, T>(comparer);
        foreach (var item in items)
            foreach (var key in keys(item))
                if (key.Length > 0)
                    map.TryAdd(key, item);
        return map.ToFrozenDictionary(comparer);
    }

    internal static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
