namespace Dateline.Entities;

/// <summary>
/// The person-name words and US state names of data/names/persons.tsv.gz (npm packages, PDDL/CC0 and MIT; see
/// data/names/README.md), embedded in the engine and read only by the NER trainer: each row a word and its kind,
/// "first" (a given name), "name" (a surname or rarer given name) or "us-state".
/// </summary>
public sealed class PersonNameList
{
    private const string ResourceName = "Dateline.Entities.Data.persons.tsv.gz";

    private static readonly Lazy<PersonNameList> BuiltInLazy = new(() => NameTable.ReadEmbedded(ResourceName, Read));

    public PersonNameList(IReadOnlyList<string> first, IReadOnlyList<string> other, IReadOnlyList<string> states)
    {
        First = first;
        Other = other;
        States = states;
    }

    public static PersonNameList BuiltIn => BuiltInLazy.Value;

    public IReadOnlyList<string> First { get; }

    public IReadOnlyList<string> Other { get; }

    public IReadOnlyList<string> States { get; }

    /// <summary>Reads the TSV (comment lines, a "name kind" header, then one word a line); unknown kinds are an error.</summary>
    public static PersonNameList Read(TextReader reader)
    {
        List<string> first = [], other = [], states = [];
        foreach (var (word, kind) in NameTable.Rows(reader))
        {
            var list = kind switch
            {
                "first" => first,
                "name" => other,
                "us-state" => states,
                _ => throw new InvalidDataException($"persons.tsv: unknown kind '{kind}' for '{word}'"),
            };
            list.Add(word);
        }
        return new PersonNameList(first, other, states);
    }
}
