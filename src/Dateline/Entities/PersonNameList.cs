using System.IO.Compression;

namespace Dateline.Entities;

/// <summary>
/// The person-name words and US state names of data/names/persons.tsv.gz (npm packages, PDDL/CC0 and MIT; see
/// data/names/README.md), embedded in the engine and read only by the NER trainer: each row a word and its kind,
/// "first" (a given name), "name" (a surname or rarer given name) or "us-state".
/// </summary>
public sealed class PersonNameList
{
    private const string ResourceName = "Dateline.Entities.Data.persons.tsv.gz";

    private static readonly Lazy<PersonNameList> BuiltInLazy = new(() =>
    {
        using var stream = typeof(PersonNameList).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} missing");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        return Read(new StreamReader(gzip));
    });

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
        var header = false;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            if (!header)
            {
                header = true;
                continue;
            }
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var (word, kind) = tab < 0 ? (line, "") : (line[..tab], line[(tab + 1)..]);
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
