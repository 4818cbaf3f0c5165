using Dateline.Knowledge;

namespace Dateline.Entities;

/// <summary>
/// Word-level name evidence for the tagger, learned at training time from openly licensed lists
/// and stored inside the model file (like the word classes): for each capitalised word, whether it
/// starts, ends or sits inside a known person name, place, region or organisation. Features, not
/// answers: "Pinotti" unseen in any list still gets its tag from context, and "Paris Hilton" can
/// still be a person although "Paris" is a place.
/// </summary>
public sealed class NameLexicon
{
    [Flags]
    public enum Mark : ushort
    {
        None = 0,
        PersonFirst = 1,
        PersonLast = 2,
        PersonInner = 4,
        PlaceWhole = 8,
        PlacePart = 16,
        Region = 32,
        OrgPart = 64,
        OrgAcronym = 128,
        OrgWhole = 256,
    }

    /// <summary>The person marks together (given name, surname, inner word of a person's name).</summary>
    public const int PersonMarks = (int)(Mark.PersonFirst | Mark.PersonLast | Mark.PersonInner);

    private readonly Dictionary<string, ushort> _marks;

    // The capitalised words' marks by their lower-case form, for names written in lower case ("malaysia").
    private readonly Dictionary<string, ushort> _lower;

    public NameLexicon(Dictionary<string, ushort> marks)
    {
        _marks = marks;
        _lower = new Dictionary<string, ushort>(StringComparer.Ordinal);
        foreach (var (word, mark) in marks)
            if (word.Length > 0 && char.IsUpper(word[0]))
            {
                var key = word.ToLowerInvariant();
                _lower[key] = (ushort)(_lower.GetValueOrDefault(key) | mark);
            }
    }

    public static NameLexicon Empty { get; } = new([]);

    public int Count => _marks.Count;

    public IEnumerable<KeyValuePair<string, ushort>> Entries => _marks;

    /// <summary>Marks of a word as written; ALL-CAPS words ("GERMANY" in a headline) also look up their title-case form.</summary>
    public int Of(string word)
    {
        if (_marks.TryGetValue(word, out var m))
            return m;
        if (word.Length > 1 && char.IsUpper(word[0]) && !word.Any(char.IsLower))
        {
            var title = string.Concat(word.AsSpan(0, 1), word.AsSpan(1).ToString().ToLowerInvariant());
            if (_marks.TryGetValue(title, out m))
                return m | 0x8000;
        }
        return 0;
    }

    /// <summary>Marks of the capitalised words whose lower-case form is <paramref name="lower"/> (0 when none).</summary>
    public int OfLower(string lower) => _lower.TryGetValue(lower, out var m) ? m : 0;

    /// <summary>
    /// Builds the lexicon from the shared data sets by path (never shipped as lists): Wikidata office
    /// holders (CC0), CIA Factbook organisations (MIT), SupraVerden organisations (CC BY-SA 4.0),
    /// GeoNames cities15000, countries and admin-1 regions (CC BY 4.0).
    /// </summary>
    public static NameLexicon Build(string datasets, Action<string>? log = null)
    {
        var marks = new Dictionary<string, ushort>(StringComparer.Ordinal);
        int persons = 0, places = 0, orgs = 0;

        void AddName(string name, Mark first, Mark inner, Mark last, Mark whole) => Add(marks, name, first, inner, last, whole);

        IEnumerable<List<string>> Rows(string file, char separator)
        {
            var path = Path.Combine(datasets, file);
            if (!File.Exists(path))
            {
                log?.Invoke($"missing (skipped): {path}");
                yield break;
            }
            foreach (var line in File.ReadLines(path))
                if (line.Length > 0 && line[0] != '#')
                    yield return DelimitedText.SplitLine(line, separator);
        }

        void People(string file, string column)
        {
            var index = -1;
            foreach (var row in Rows(file, ','))
            {
                if (index < 0)
                {
                    index = row.IndexOf(column);
                    if (index < 0)
                        return;
                    continue;
                }
                if (index < row.Count && row[index].Length > 0 && !row[index].StartsWith('Q'))
                {
                    AddName(row[index], Mark.PersonFirst, Mark.PersonInner, Mark.PersonLast, Mark.PersonLast);
                    persons++;
                }
            }
        }

        People("wikidata-officeholders/officeholders.csv", "person");
        People("wikidata-officeholders/current_cabinets.csv", "person");
        People("wikidata-officeholders/heads_of_state_government_2022.csv", "officeholderLabel");
        People("wikidata-officeholders/foreign_ministers_2023.csv", "name");
        People("wikidata-officeholders/io_officeholders.csv", "person");

        foreach (var row in Rows("intl-orgs/factbook_orgs.tsv", '\t').Skip(1))
        {
            if (row.Count < 2)
                continue;
            AddName(row[0], Mark.OrgAcronym, Mark.OrgAcronym, Mark.OrgAcronym, Mark.OrgAcronym);
            AddName(row[1], Mark.OrgPart, Mark.OrgPart, Mark.OrgPart, Mark.OrgWhole);
            orgs++;
        }
        foreach (var row in Rows("intl-orgs/supraverden_orgs.tsv", '\t').Skip(1))
        {
            if (row.Count < 7)
                continue;
            AddName(row[3], Mark.OrgPart, Mark.OrgPart, Mark.OrgPart, Mark.OrgWhole);
            foreach (var a in row[4].Split('|').Concat(row[5].Split('|')))
                if (a.Length > 1)
                    AddName(a, Mark.OrgAcronym, Mark.OrgAcronym, Mark.OrgAcronym, Mark.OrgAcronym);
            foreach (var n in row[6].Split('|'))
                AddName(n, Mark.OrgPart, Mark.OrgPart, Mark.OrgPart, Mark.OrgWhole);
            orgs++;
        }

        foreach (var row in Rows("geonames-cities15000/cities15000.txt", '\t'))
        {
            if (row.Count < 4)
                continue;
            var names = new HashSet<string>(StringComparer.Ordinal) { row[1], row[2] };
            // Other spellings only for large cities: the long tail of transliterations is mostly noise and load time.
            if (row.Count > 14 && long.TryParse(row[14], System.Globalization.CultureInfo.InvariantCulture, out var population) && population >= 100_000)
                foreach (var alt in row[3].Split(','))
                    if (alt.Length > 2 && alt.All(IsLatinNameChar))
                        names.Add(alt);
            foreach (var name in names)
                AddName(name, Mark.PlacePart, Mark.PlacePart, Mark.PlacePart, Mark.PlaceWhole);
            places++;
        }
        foreach (var row in Rows("geonames-cities15000/countryInfo.tsv", '\t'))
            if (row.Count > 5)
            {
                AddName(row[4], Mark.Region, Mark.Region, Mark.Region, Mark.Region);
                AddName(row[5], Mark.PlacePart, Mark.PlacePart, Mark.PlacePart, Mark.PlaceWhole);
            }
        foreach (var row in Rows("geonames-cities15000/regionInfo.tsv", '\t'))
            if (row.Count > 2)
            {
                AddName(row[1], Mark.Region, Mark.Region, Mark.Region, Mark.Region);
                AddName(row[2], Mark.Region, Mark.Region, Mark.Region, Mark.Region);
            }
        log?.Invoke($"name lexicon: {marks.Count} words from {persons} person rows, {orgs} organisations, {places} places");
        return new NameLexicon(marks);
    }

    /// <summary>
    /// Builds the lexicon from what the product ships only: the GeoNames-derived gazetteer
    /// (data/gazetteer, CC BY 4.0 via npm) for places of at least <paramref name="minPopulation"/> people
    /// (capitals whatever their size), their alternate names on request, and the team-written knowledge
    /// (country names and capitals as places, organisation names and acronyms). No person list: none ships.
    /// </summary>
    public static NameLexicon BuildShipped(Places.Gazetteer places, KnowledgeBase knowledge, long minPopulation, bool alternates, Action<string>? log = null)
    {
        var marks = new Dictionary<string, ushort>(StringComparer.Ordinal);
        var kept = 0;
        foreach (var p in places.Places)
        {
            if (p.Population < minPopulation && !p.IsCapital)
                continue;
            Add(marks, p.Name, Mark.PlacePart, Mark.PlacePart, Mark.PlacePart, Mark.PlaceWhole);
            if (alternates)
                foreach (var alt in p.AlternateNames)
                    if (alt.All(IsLatinNameChar))
                        Add(marks, alt, Mark.PlacePart, Mark.PlacePart, Mark.PlacePart, Mark.PlaceWhole);
            kept++;
        }
        foreach (var c in knowledge.Countries)
        {
            foreach (var name in c.Aliases.Add(c.Name).AddRange(c.Capitals))
                Add(marks, name, Mark.PlacePart, Mark.PlacePart, Mark.PlacePart, Mark.PlaceWhole);
        }
        foreach (var o in knowledge.Organisations.Where(o => o.InTaggerLists))
        {
            Add(marks, o.Name, Mark.OrgPart, Mark.OrgPart, Mark.OrgPart, Mark.OrgWhole);
            foreach (var a in o.Aliases)
                Add(marks, a, Mark.OrgPart, Mark.OrgPart, Mark.OrgPart, Mark.OrgWhole);
            if (o.Acronym.Length > 1)
                Add(marks, o.Acronym, Mark.OrgAcronym, Mark.OrgAcronym, Mark.OrgAcronym, Mark.OrgAcronym);
        }
        log?.Invoke($"name lexicon (shipped sources): {marks.Count} words from {kept} gazetteer places, {knowledge.Countries.Length} countries, {knowledge.Organisations.Count(o => o.InTaggerLists)} organisations");
        return new NameLexicon(marks);
    }

    /// <summary>
    /// This lexicon plus person-name evidence from <paramref name="names"/> (data/names): given names as
    /// <see cref="Mark.PersonFirst"/>, with <paramref name="others"/> the list's other name words (surnames) as
    /// <see cref="Mark.PersonLast"/>, and the US states as places ("texas" in lower case then reaches the
    /// lower-case place rule). A name word that running text writes mostly in lower case (<paramref name="cases"/>:
    /// "the", "people", "will", scraped into the surname list) is left out, and with <paramref name="dropMixed"/> one
    /// written both ways ("brown", "rich") too: a flag on half the dictionary would say nothing.
    /// </summary>
    public NameLexicon WithPersonNames(PersonNameList names, bool others, CaseProfile cases, bool dropMixed, Action<string>? log = null)
    {
        var marks = new Dictionary<string, ushort>(_marks, StringComparer.Ordinal);
        int kept = 0, dropped = 0;
        void Person(string word, Mark mark)
        {
            var profile = cases.Of(word.ToLowerInvariant());
            if (profile == CaseProfile.Lower || (dropMixed && profile == CaseProfile.Mixed))
            {
                dropped++;
                return;
            }
            marks[word] = (ushort)(marks.GetValueOrDefault(word) | (ushort)mark);
            kept++;
        }
        foreach (var w in names.First)
            Person(w, Mark.PersonFirst);
        if (others)
            foreach (var w in names.Other)
                Person(w, Mark.PersonLast);
        foreach (var state in names.States)
            Add(marks, state, Mark.PlacePart, Mark.PlacePart, Mark.PlacePart, Mark.PlaceWhole);
        log?.Invoke($"name lexicon: {kept} person-name words added, {dropped} left out as written in lower case in running text, {names.States.Count} US states; {marks.Count} words");
        return new NameLexicon(marks);
    }

    /// <summary>
    /// A copy without the person marks of a fixed share of the words (chosen by a hash of the word, so the same words in
    /// every run): for training only, so the tagger also meets persons whose names no list holds ("Haftar") and does not
    /// learn that a person without a mark is no person. The saved model keeps every mark.
    /// </summary>
    public NameLexicon WithoutPersonMarksOf(double share)
    {
        var marks = new Dictionary<string, ushort>(_marks.Count, StringComparer.Ordinal);
        foreach (var (word, mark) in _marks)
        {
            var bucket = (int)(Language.FeatureHash.Mix(Language.FeatureHash.Of(word)) % 1000);
            marks[word] = (mark & PersonMarks) != 0 && bucket < share * 1000 ? (ushort)(mark & ~PersonMarks) : mark;
        }
        return new NameLexicon(marks);
    }

    private static void Add(Dictionary<string, ushort> marks, string name, Mark first, Mark inner, Mark last, Mark whole)
    {
        var words = WordSplitter.SplitWords(name).Where(w => w.Length > 0).ToList();
        if (words.Count == 0)
            return;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            // Only capitalised words: "of", "de", "la" say nothing about a name.
            if (!char.IsUpper(w[0]))
                continue;
            var m = words.Count == 1 ? whole : i == 0 ? first : i == words.Count - 1 ? last : inner;
            marks[w] = (ushort)(marks.GetValueOrDefault(w) | (ushort)m);
        }
    }

    private static bool IsLatinNameChar(char c) => c is ' ' or '-' or '\'' or '.' || (char.IsLetter(c) && c < '\u0250');
}
