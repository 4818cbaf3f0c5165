using System.Collections.Frozen;

namespace Dateline.Entities;

/// <summary>
/// The gender of a given name, from data/names/given-gender.tsv.gz (Moby Word II's female and male first-name lists via
/// npm, PDDL/CC0; a name in both lists, "Jean", "Kim", is in neither; data/names/README.md): the pronoun resolver reads it
/// so that "she" never stands for "Rem Koolhaas" nor "he" for "Zaha Hadid" when no honorific says so.
/// </summary>
public sealed class GivenNameGender
{
    private const string ResourceName = "Dateline.Entities.Data.given-gender.tsv.gz";

    private static readonly Lazy<GivenNameGender> BuiltInLazy = new(() => NameTable.ReadEmbedded(ResourceName, Read));

    private readonly FrozenDictionary<string, char> _gender;

    /// <param name="gender">Given name (as written, "Margaret") to 'F' or 'M'.</param>
    public GivenNameGender(IReadOnlyDictionary<string, char> gender) => _gender = gender.ToFrozenDictionary(StringComparer.Ordinal);

    public static GivenNameGender BuiltIn => BuiltInLazy.Value;

    /// <summary>No names: every gender unknown.</summary>
    public static GivenNameGender None { get; } = new(new Dictionary<string, char>());

    public int Count => _gender.Count;

    /// <summary>'F' or 'M' for a listed given name, '?' for any other word.</summary>
    public char Of(string givenName) => _gender.TryGetValue(givenName, out var g) ? g : '?';

    /// <summary>Reads the TSV (comment lines, a "name gender" header, then name TAB F|M); another gender is an error.</summary>
    public static GivenNameGender Read(TextReader reader)
    {
        var gender = new Dictionary<string, char>(StringComparer.Ordinal);
        foreach (var (name, g) in NameTable.Rows(reader))
        {
            if (g is not ("F" or "M")) throw new InvalidDataException($"given-gender.tsv: gender '{g}' for '{name}' is not F or M");
            gender[name] = g[0];
        }
        return new GivenNameGender(gender);
    }
}
